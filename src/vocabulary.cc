#include "vocabulary.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "utf8.h"

namespace baocao {

namespace {

bool tone_mark(std::string_view s, std::size_t i) {  // grave, acute, tilde, hook, dot below, in UTF-8
  if (i + 1 >= s.size() || s[i] != '\xCC') return false;
  char c = s[i + 1];
  return c == '\x80' || c == '\x81' || c == '\x83' || c == '\x89' || c == '\xA3';
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Folded text with the tone of a syllable ending in oa, oe or uy written on
// the first vowel, as in hòa, khỏe, thủy: the old and the new placement
// (hoà, khoẻ, thuỷ) are one word. "quý" keeps its tone: qu is a consonant.
std::string same_tone_place(const std::string& folded) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(folded.data()),
                                    static_cast<utf8proc_ssize_t>(folded.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_DECOMPOSE));
  if (n < 0) return folded;
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  std::string d(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  bool moved = false;
  for (std::size_t i = 0; i + 3 < d.size(); ++i) {
    char a = d[i], b = d[i + 1];
    bool pair = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y' && !(i > 0 && d[i - 1] == 'q'));
    if (!pair || !tone_mark(d, i + 2)) continue;
    std::size_t after = i + 4;
    if (after < d.size() && (ascii_letter(d[after]) || static_cast<unsigned char>(d[after]) >= 0x80)) continue;
    // "oa" + mark -> "o" + mark + "a"
    std::string mark = d.substr(i + 2, 2);
    d.replace(i + 1, 3, mark + b);
    moved = true;
  }
  return moved ? nfc(d) : folded;
}

// Close enough to be a slip of the finger, not a different word.
bool near_enough(std::size_t distance, std::size_t length) {
  return distance > 0 ? distance <= std::max<std::size_t>(1, length / 3) : true;
}

}  // namespace

Vocabulary::Vocabulary(std::vector<Term> terms) : terms_(std::move(terms)) {
  for (const Term& t : terms_) {
    for (const std::string* s : {&t.code, &t.vi, &t.en}) {
      folded_.push_back(same_tone_place(fold(*s)));
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
  std::string f = same_tone_place(fold(trim(text)));
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
