// A closed list of codes with their labels (topics, forms, partners, ...),
// and the "did you mean" search shared by codes and keys.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang.h"

namespace baocao {

struct Term {
  std::string code;  // ASCII, e.g. doan_thanh_nien
  std::string vi;    // Đoàn Thanh niên
  std::string en;    // Youth Union
  bool children = false;  // a level whose learners are children ("trẻ"), not pupils
};

class Vocabulary {
 public:
  Vocabulary() = default;
  explicit Vocabulary(std::vector<Term> terms);

  const std::vector<Term>& terms() const { return terms_; }

  // The term whose code or label (either language) matches `text` after
  // NFC and case folding.
  const Term* find(std::string_view text) const;
  const Term* by_code(std::string_view code) const;
  std::size_t index_of(std::string_view code) const;  // position in terms(), or npos
  std::string label(std::string_view code, Lang lang) const;
  std::string codes_list() const;  // "mai_dam, ma_tuy, …"

  // The code nearest to a mistyped value, or empty when nothing is close.
  std::string suggest(std::string_view text) const;

 private:
  std::vector<Term> terms_;
  std::vector<std::string> folded_;  // folded code, vi and en per term, 3 per term
  std::vector<std::string> loose_;   // loose keys, 3 per term
  std::unordered_map<std::string, std::size_t> exact_;  // code or label as written -> term
};

// The candidate nearest to `word` by edit distance over loose keys, if it is
// close enough to be what the user meant; empty otherwise.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace baocao
