#include "text_groups.h"

#include <algorithm>
#include <unordered_map>

#include "parallel.h"
#include "utf8.h"

namespace baocao {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Drops final punctuation and spaces, "…" (U+2026) included.
void drop_final_punctuation(std::string& s) {
  for (;;) {
    if (!s.empty() && (is_space(s.back()) || s.back() == '.' || s.back() == ';' || s.back() == ',' || s.back() == '!'))
      s.pop_back();
    else if (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0)
      s.resize(s.size() - 3);
    else
      return;
  }
}

std::string collapse_spaces(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string text_key(const std::string& text) {
  std::string s = collapse_spaces(fold(text));
  drop_final_punctuation(s);
  return s;
}

std::vector<TextGroup> group_texts(const std::vector<std::pair<std::string, std::string>>& school_texts,
                                   unsigned jobs) {
  std::vector<std::string> keys(school_texts.size());  // "" for a blank text
  parallel_for(keys.size(), jobs, [&](std::size_t i) {
    if (!is_blank(school_texts[i].second)) keys[i] = text_key(school_texts[i].second);
  });
  std::vector<TextGroup> groups;
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < school_texts.size(); ++i) {
    const auto& [school, text] = school_texts[i];
    if (is_blank(text)) continue;
    auto [it, added] = index.emplace(std::move(keys[i]), groups.size());
    if (added) {
      std::string shown = collapse_spaces(trim(text));
      drop_final_punctuation(shown);
      groups.push_back({std::move(shown), {}});
    }
    groups[it->second].schools.push_back(school);
  }
  std::stable_sort(groups.begin(), groups.end(),
                   [](const TextGroup& a, const TextGroup& b) { return a.schools.size() > b.schools.size(); });
  return groups;
}

}  // namespace baocao
