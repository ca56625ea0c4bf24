#include "vocabulary.h"

#include "utf8.h"

namespace baocao {

namespace {

// Close enough to be a slip of the finger, not a different word.
bool near_enough(std::size_t distance, std::size_t length) {
  return distance > 0 ? distance <= std::max<std::size_t>(1, length / 3) : true;
}

}  // namespace

Vocabulary::Vocabulary(std::string name, std::vector<Term> terms) : name_(std::move(name)), terms_(std::move(terms)) {
  for (const Term& t : terms_) {
    for (const std::string* s : {&t.code, &t.vi, &t.en}) {
      folded_.push_back(fold(*s));
      loose_.push_back(loose_key(*s));
    }
  }
  for (std::size_t i = 0; i < terms_.size(); ++i)
    for (const std::string* s : {&terms_[i].code, &terms_[i].vi, &terms_[i].en})
      if (!s->empty()) exact_.emplace(*s, i);
}

const Term* Vocabulary::find(std::string_view text) const {
  // Most values are the code itself: skip the folding for them.
  auto hit = exact_.find(std::string(text));
  if (hit != exact_.end()) return &terms_[hit->second];
  std::string f = fold(trim(text));
  for (std::size_t i = 0; i < folded_.size(); ++i)
    if (!folded_[i].empty() && folded_[i] == f) return &terms_[i / 3];
  return nullptr;
}

const Term* Vocabulary::by_code(std::string_view code) const {
  for (const Term& t : terms_)
    if (t.code == code) return &t;
  return nullptr;
}

std::size_t Vocabulary::index_of(std::string_view code) const {
  for (std::size_t i = 0; i < terms_.size(); ++i)
    if (terms_[i].code == code) return i;
  return std::string_view::npos;
}

std::string Vocabulary::label(std::string_view code, Lang lang) const {
  const Term* t = by_code(code);
  if (!t) return std::string(code);
  return lang == Lang::en && !t->en.empty() ? t->en : t->vi;
}

std::string Vocabulary::codes_list() const {
  std::string out;
  for (const Term& t : terms_) {
    if (!out.empty()) out += ", ";
    out += t.code;
  }
  return out;
}

std::string Vocabulary::suggest(std::string_view text) const {
  std::string key = loose_key(text);
  std::size_t best = static_cast<std::size_t>(-1), at = 0;
  for (std::size_t i = 0; i < loose_.size(); ++i) {
    if (loose_[i].empty()) continue;
    std::size_t d = edit_distance(key, loose_[i]);
    if (d < best) best = d, at = i;
  }
  if (best == static_cast<std::size_t>(-1) || !near_enough(best, char_count(key))) return {};
  return terms_[at / 3].code;
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string key = loose_key(word);
  std::size_t best = static_cast<std::size_t>(-1);
  std::string found;
  for (const std::string& c : candidates) {
    std::size_t d = edit_distance(key, loose_key(c));
    if (d < best) best = d, found = c;
  }
  if (found.empty() || !near_enough(best, char_count(key))) return {};
  return found;
}

}  // namespace baocao
