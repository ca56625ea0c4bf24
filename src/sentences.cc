#include "sentences.h"

#include <algorithm>

#include "vocabulary.h"

namespace baocao {

namespace {

namespace mu = kainjow::mustache;

// The fields of the values a figure gives (report_tasks.cc builds them).
constexpr const char* kShapeFields[] = {
    "n",       "one",      "zero",       "many",         "part",     "whole", "pct",     "rest",   "all",
    "none",    "some",     "whole_one",  "rest_one",     "pupils",   "children", "has_pupils", "has_children",
    "has_both", "any",     "used",       "label",        "count",    "comma", "and",     "rows",   "columns",
    "cells",   "code",     "compared",   "before",       "now",      "diff",  "signed",  "has_pct", "up",
    "down",    "same",     "period",     "words",      "is_ratio", "added", "dropped", "has_added", "has_dropped",
    "codes_words", "name"};
constexpr const char* kPlanWords[] = {"subject", "abbrev"};

std::vector<std::string> known_names(const Figures& figures) {
  std::vector<std::string> names(std::begin(kPlanWords), std::end(kPlanWords));
  for (const FigureDef& d : figures.defs()) {
    names.push_back(d.id.substr(0, d.id.find('.')));
    for (const FigureDef::Part& p : d.parts) names.push_back(p.flag);
  }
  names.insert(names.end(), std::begin(kShapeFields), std::end(kShapeFields));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

}  // namespace

SentenceCheck check_sentence_text(const std::string& text, const Figures& figures) {
  SentenceCheck check;
  mu::mustache tmpl{text};
  if (!tmpl.is_valid()) {
    check.syntax = true;
    check.name = tmpl.error_message();
    return check;
  }
  const std::vector<std::string> known = known_names(figures);
  for (std::size_t open = text.find("{{"); open != std::string::npos; open = text.find("{{", open + 2)) {
    std::size_t close = text.find("}}", open + 2);
    if (close == std::string::npos) break;
    std::size_t start = open + 2;
    while (start < close && (text[start] == '{' || text[start] == '#' || text[start] == '^' || text[start] == '/' ||
                             text[start] == '&' || text[start] == ' '))
      ++start;
    if (start < close && (text[start] == '!' || text[start] == '=')) continue;  // a comment, a delimiter change
    std::size_t end = start;
    while (end < close && text[end] != '.' && text[end] != '}' && text[end] != ' ') ++end;
    std::string name = text.substr(start, end - start);
    if (name.empty() || std::binary_search(known.begin(), known.end(), name)) continue;
    check.name = name;
    check.position = start;
    check.length = name.size();
    check.known = known;
    return check;
  }
  return check;
}

std::string SentenceCheck::message(Lang lang) const {
  if (syntax) return say(lang, "câu văn viết sai cú pháp mustache: {}", "the sentence is not valid mustache: {}", name);
  return say(lang, "câu văn nhắc tới `{}`, nhưng kế hoạch không có số liệu này", "the sentence names `{}`, which is no figure of the plan",
             name);
}

std::string SentenceCheck::hint(Lang lang) const {
  if (syntax) return say(lang, "mỗi {{{{#tên}}}} cần một {{{{/tên}}}} đóng lại", "each {{{{#name}}}} needs a closing {{{{/name}}}}");
  std::string near = closest(name, known);
  if (!near.empty()) return say(lang, "có phải ý bạn là `{}`?", "did you mean `{}`?", near);
  return say(lang, "dùng mã của một số liệu trong `figures`", "use the id of a figure under `figures`");
}

std::string render_sentence(const std::string& text, const mu::data& data) {
  mu::mustache tmpl{text};
  tmpl.set_custom_escape([](const std::string& s) { return s; });
  return tmpl.render(data);
}

}  // namespace baocao
