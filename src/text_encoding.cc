#include "text_encoding.h"

#include <cstdint>

#include "utf8.h"

namespace baocao {

namespace {

// The Latin-1 letters that Vietnamese written in Unicode uses.
bool vietnamese_latin1(char32_t cp) {
  switch (cp) {
    case 0xC0: case 0xC1: case 0xC2: case 0xC3: case 0xC8: case 0xC9: case 0xCA: case 0xCC: case 0xCD:
    case 0xD2: case 0xD3: case 0xD4: case 0xD5: case 0xD9: case 0xDA: case 0xDD:
    case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE8: case 0xE9: case 0xEA: case 0xEC: case 0xED:
    case 0xF2: case 0xF3: case 0xF4: case 0xF5: case 0xF9: case 0xFA: case 0xFD:
      return true;
    default:
      return false;
  }
}

// A Latin-1 character that TCVN3 or VNI text shows in place of a Vietnamese
// letter or mark (µ for à, ­ for ư, ø for a grave accent...) and that
// Vietnamese in Unicode never holds. Signs a Vietnamese text may well carry
// (° ± ² ³ ´ » ¿ NBSP) are left out.
bool legacy_sign(char32_t cp) {
  if (cp < 0xA1 || cp > 0xFF || vietnamese_latin1(cp)) return false;
  return cp != 0xB0 && cp != 0xB1 && cp != 0xB2 && cp != 0xB3 && cp != 0xB4 && cp != 0xBB && cp != 0xBF;
}

bool letter(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
         (cp >= 0x1E00 && cp <= 0x1EFF) || legacy_sign(cp);
}

}  // namespace

std::optional<std::string> utf16_to_utf8(std::string_view bytes) {
  if (bytes.size() < 2) return std::nullopt;
  auto b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
  bool little = b0 == 0xFF && b1 == 0xFE, big = b0 == 0xFE && b1 == 0xFF;
  if (!little && !big) return std::nullopt;
  // FF FE 00 00 is UTF-32 LE, which no Vietnamese editor writes; it stays bytes.
  if (little && bytes.size() >= 4 && bytes[2] == 0 && bytes[3] == 0) return std::nullopt;
  auto unit = [&](std::size_t i) -> char32_t {
    auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little ? char32_t(a | (b << 8)) : char32_t((a << 8) | b);
  };
  std::string out;
  out.reserve(bytes.size());
  std::size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
      char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, u >= 0xD800 && u <= 0xDFFF ? 0xFFFD : u);
  }
  if (i < bytes.size()) append_utf8(out, 0xFFFD);
  return out;
}

Legacy guess_file_encoding(std::string_view bytes) {
  // TCVN3 puts its most frequent letters (ă â ê ô ơ ư đ, à ả ã á ạ, ằ ẳ ẵ ắ)
  // at A8–AE, B5–B9 and BB–BE, which Windows-1258 spends on rare signs;
  // Windows-1258 writes a tone as a combining mark byte after the vowel.
  std::size_t tcvn3 = 0, cp1258 = 0;
  auto vowel = [](unsigned char c) {
    switch (c | 0x20) {
      case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': return true;
      default: return c == 0xC2 || c == 0xE2 || c == 0xCA || c == 0xEA || c == 0xD4 || c == 0xF4 || c == 0xC3 ||
                      c == 0xE3 || c == 0xD5 || c == 0xF5 || c == 0xDD || c == 0xFD;
    }
  };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) continue;
    if ((c >= 0xA8 && c <= 0xAE) || (c >= 0xB5 && c <= 0xB9) || (c >= 0xBB && c <= 0xBE)) ++tcvn3;
    bool mark = c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2;
    if ((mark && i > 0 && vowel(static_cast<unsigned char>(bytes[i - 1]))) || c == 0xF0 || c == 0xD0) ++cp1258;
  }
  if (tcvn3 == 0 && cp1258 == 0) return Legacy::unknown;
  return tcvn3 >= cp1258 ? Legacy::tcvn3 : Legacy::windows1258;
}

bool looks_like_legacy_text(std::string_view text) {
  // Every school text passes here and nearly none holds a legacy sign: look
  // for one before reading the text character by character.
  bool any_sign = false;
  for (std::size_t i = 0; i + 1 < text.size() && !any_sign; ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == 0xC2 || c == 0xC3)
      any_sign = legacy_sign(char32_t((c & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F));
  }
  if (!any_sign) return false;
  int signs = 0;
  char32_t before = 0, sign_before = 0;  // the character before the last sign
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    char32_t cp = c;
    std::size_t n = 1;
    if (c >= 0xC2 && c <= 0xC3 && i + 1 < text.size()) {  // U+0080..U+00FF, the only block that matters here
      cp = char32_t((c & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
      n = 2;
    } else if (c >= 0x80) {
      while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
      cp = 0x100;  // some other letter or sign: neither a legacy sign nor ASCII
    }
    // Two signs glued to letters, or one inside a word ("Tr­êng").
    if (legacy_sign(before) && letter(sign_before) && letter(cp)) return true;
    if (legacy_sign(cp) && letter(before) && ++signs >= 2) return true;
    sign_before = before;
    before = cp;
    i += n;
  }
  return false;
}

}  // namespace baocao
