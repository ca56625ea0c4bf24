#include "utf8.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace baocao {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

std::string map(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(s);  // only on invalid input, which callers exclude
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

std::vector<utf8proc_int32_t> code_points(std::string_view s) {
  std::vector<utf8proc_int32_t> cps;
  cps.reserve(s.size());
  auto p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) { cp = 0xFFFD; n = 1; }
    cps.push_back(cp);
    p += n;
    left -= n;
  }
  return cps;
}

// Length of the valid UTF-8 sequence at `p` (`left` bytes available) and its
// code point, or 0 when invalid. The rules are utf8proc's (no overlong
// forms, surrogates, or code points past U+10FFFF), written out so that the
// byte scans every file goes through need no call per character.
inline std::size_t decode(const unsigned char* p, std::size_t left, char32_t* cp) {
  unsigned char a = p[0];
  if (a < 0x80) {
    *cp = a;
    return 1;
  }
  auto cont = [&](std::size_t i) { return i < left && (p[i] & 0xC0) == 0x80; };
  if (a < 0xC2 || a > 0xF4) return 0;
  if (a < 0xE0) {
    if (!cont(1)) return 0;
    *cp = (char32_t(a & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (a < 0xF0) {
    if (!cont(1) || !cont(2) || (a == 0xE0 && p[1] < 0xA0) || (a == 0xED && p[1] > 0x9F)) return 0;
    *cp = (char32_t(a & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  if (!cont(1) || !cont(2) || !cont(3) || (a == 0xF0 && p[1] < 0x90) || (a == 0xF4 && p[1] > 0x8F)) return 0;
  *cp = (char32_t(a & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  return 4;
}

// Walks the code points of `s` from `from`, eight ASCII bytes at a time
// where it can; calls keep(cp) for each other one. Returns where it stopped,
// at an invalid sequence or a code point keep() refused, or npos at the end.
template <typename Keep>
std::size_t walk(std::string_view s, std::size_t from, Keep keep) {
  auto p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = from;
  while (i < s.size()) {
    std::uint64_t word;
    if (i + 8 <= s.size() && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080u) == 0)) {
      i += 8;
      continue;
    }
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    std::size_t n = decode(p + i, s.size() - i, &cp);
    if (n == 0 || !keep(cp)) return i;
    i += n;
  }
  return std::string_view::npos;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s, std::size_t from) {
  return walk(s, from, [](char32_t) { return true; });
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// True when every code point lies in a block whose characters are their own
// NFC and never compose with a neighbour (Latin, Vietnamese precomposed
// letters, common punctuation). Typed Vietnamese almost always is; a
// combining mark or any other block takes the full normalisation.
bool surely_nfc(std::string_view s) {
  return walk(s, 0, [](char32_t cp) {
           return cp <= 0x24F || (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x206F) || cp == 0x20AB;
         }) == std::string_view::npos;
}

std::string nfc(std::string_view s) {
  if (surely_nfc(s)) return std::string(s);
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string fold(std::string_view s) {
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string loose_key(std::string_view s) {
  std::string folded = map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    // đ (U+0111) is a letter of its own, not d plus a mark.
    if (folded.compare(i, 2, "\xC4\x91") == 0) { out += 'd'; ++i; continue; }
    char c = folded[i];
    if (c == ' ' || c == '-' || c == '_' || c == '.') {
      if (!out.empty() && out.back() != '_') out += '_';
      continue;
    }
    out += c;
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  auto x = code_points(a), y = code_points(b);
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[y.size()];
}

bool is_blank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

bool is_bidi_control(char32_t cp) {
  return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

std::string without_bidi_controls(std::string_view s) {
  // Every bidi control is two or three bytes led by D8 or E2; text without
  // those bytes, nearly all of it, is copied without decoding.
  auto lead = [](char c) { return c == '\xD8' || c == '\xE2'; };
  if (std::none_of(s.begin(), s.end(), lead)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  auto p = reinterpret_cast<const unsigned char*>(s.data());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    std::size_t n = lead(s[i]) ? decode(p + i, s.size() - i, &cp) : 0;
    if (n > 0 && is_bidi_control(cp)) {
      out += "\xEF\xBF\xBD";
      i += n;
    } else {
      out += s[i++];
    }
  }
  return out;
}

}  // namespace baocao
