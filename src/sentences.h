// A plan's sentences are mustache texts over its figures. Here: what a plan
// file's sentence may name (checked when the plan loads, so a misspelt figure
// is a located mistake, not a blank in the report), and rendering one to
// plain text, which the report's skeleton then escapes for its format.
#pragma once
#include <kainjow/mustache.hpp>

#include <string>

#include "figures.h"
#include "lang.h"

namespace baocao {

struct SentenceCheck {
  bool syntax = false;      // the text is not valid mustache
  std::string name;         // the unknown name, or the syntax error
  std::size_t position = std::string::npos, length = 0;  // in the text
  std::vector<std::string> known;  // what it could have named
  bool ok() const { return name.empty(); }
  std::string message(Lang lang) const;
  std::string hint(Lang lang) const;
};

// Every tag's first name must be a figure id's first step, a field of the
// value shapes a figure gives (docs/plan-format.md), or one of the plan's
// own words (`subject`, `abbrev`).
SentenceCheck check_sentence_text(const std::string& text, const Figures& figures);

// The text rendered with nothing escaped.
std::string render_sentence(const std::string& text, const kainjow::mustache::data& data);

}  // namespace baocao
