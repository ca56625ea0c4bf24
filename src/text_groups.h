// Schools' free texts (strengths, limitations, proposals) said once each:
// texts that differ only in case, spacing or final punctuation are one
// group, with the schools that wrote it.
#pragma once
#include <string>
#include <vector>

namespace baocao {

struct TextGroup {
  std::string text;                  // as the first school wrote it, final punctuation dropped
  std::vector<std::string> schools;  // in the order given
};

// The key texts are compared by: case-folded, runs of spaces made one, final
// punctuation (. ; , ! … and spaces) dropped.
std::string text_key(const std::string& text);

// Groups (school, text) pairs, blank texts skipped; the most common text
// first, then in order of first appearance. The keys are made on `jobs`
// threads: a province has a text per school.
std::vector<TextGroup> group_texts(const std::vector<std::pair<std::string, std::string>>& school_texts,
                                   unsigned jobs = 1);

}  // namespace baocao
