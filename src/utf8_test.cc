#include "utf8.h"

#include <doctest/doctest.h>
#include <utf8proc.h>

using namespace baocao;

TEST_CASE("find_invalid_utf8 points at the first bad byte") {
  CHECK(find_invalid_utf8("Chiềng Khoa") == std::string_view::npos);
  CHECK(find_invalid_utf8(std::string_view("ab\xff" "c", 4)) == 2);
  CHECK(find_invalid_utf8(std::string_view("Ti\xe1\xba", 4)) == 2);  // truncated sequence
  CHECK(find_invalid_utf8("\xc3\xa9\xc3", 0) == 2);
}

TEST_CASE("char_count counts code points, not bytes") {
  CHECK(char_count("abc") == 3);
  CHECK(char_count("Việt") == 4);
}

TEST_CASE("nfc composes decomposed Vietnamese") {
  // "ệ" written as e + combining dot below + combining circumflex.
  CHECK(nfc("Vi\x65\xcc\xa3\xcc\x82t") == "Việt");
  CHECK(nfc("plain") == "plain");
  CHECK(nfc("Trường Tiểu học Xuân Nha") == "Trường Tiểu học Xuân Nha");
  CHECK(nfc("\xE2\x84\xAB") == "\xC3\x85");  // the Angstrom sign becomes Å
  CHECK(nfc("\xE1\x84\x80\xE1\x85\xA1") == "\xEA\xB0\x80");  // Hangul jamo compose
}

TEST_CASE("fold and loose_key") {
  CHECK(fold("Phòng, Chống MẠI DÂM") == fold("phòng, chống mại dâm"));
  CHECK(loose_key("Đoàn Thanh niên") == "doan_thanh_nien");
  CHECK(loose_key("mai-dam ") == "mai_dam");
}

TEST_CASE("edit_distance") {
  CHECK(edit_distance("infromed", "informed") == 2);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("việt", "viet") == 1);
}

TEST_CASE("trim and is_blank") {
  CHECK(trim("  a b \n") == "a b");
  CHECK(is_blank(" \t\n"));
  CHECK_FALSE(is_blank(" x "));
}

TEST_CASE("find_invalid_utf8 agrees with utf8proc on every sequence of up to three bytes") {
  // All 2- and 3-byte strings, and every lead and second byte of 4-byte ones.
  auto utf8proc_ok = [](const unsigned char* p, std::size_t n) {
    std::size_t i = 0;
    while (i < n) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
      if (k <= 0) return i;
      i += static_cast<std::size_t>(k);
    }
    return std::string_view::npos;
  };
  std::size_t mismatches = 0, checked = 0;
  auto compare = [&](const unsigned char* p, std::size_t n) {
    ++checked;
    std::string_view s(reinterpret_cast<const char*>(p), n);
    if (find_invalid_utf8(s) != utf8proc_ok(p, n)) ++mismatches;
  };
  unsigned char b[4];
  for (int x = 0; x < 256; ++x)
    for (int y = 0; y < 256; ++y) {
      b[0] = static_cast<unsigned char>(x), b[1] = static_cast<unsigned char>(y);
      compare(b, 2);
      for (int z = 0; z < 256; ++z) {
        b[2] = static_cast<unsigned char>(z);
        compare(b, 3);
      }
      if (x >= 0xF0) {
        b[2] = 0x80, b[3] = 0xBF;
        compare(b, 4);
      }
    }
  CHECK(checked > 16'000'000);
  CHECK(mismatches == 0);
  CHECK(surely_nfc("Phòng, chống mại dâm – năm 2024"));
  CHECK_FALSE(surely_nfc("Pho\xCC\x80ng"));  // o + combining grave: normalise to be sure
}

TEST_CASE("every bidi formatting character is one, and is made inert") {
  // The full set of Unicode's Bidi_Control characters, from one definition.
  for (char32_t cp : {0x061Cu, 0x200Eu, 0x200Fu, 0x202Au, 0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u,
                      0x2068u, 0x2069u}) {
    CHECK(is_bidi_control(cp));
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    std::string text = "a" + std::string(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n)) + "b";
    CHECK(without_bidi_controls(text) == "a\xEF\xBF\xBD" "b");
  }
  for (char32_t cp : {0x061Bu, 0x061Du, 0x200Du, 0x2010u, 0x2029u, 0x202Fu, 0x2065u, 0x206Au, 0x0644u})
    CHECK_FALSE(is_bidi_control(cp));
  // Agrees with utf8proc's Bidi_Control property over the whole BMP.
  for (utf8proc_int32_t cp = 0; cp < 0x10000; ++cp)
    CHECK_MESSAGE(is_bidi_control(static_cast<char32_t>(cp)) == (utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_LRE ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_LRO ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_RLE ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_RLO ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_PDF ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_LRI ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_RLI ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_FSI ||
                   utf8proc_get_property(cp)->bidi_class == UTF8PROC_BIDI_CLASS_PDI || cp == 0x061C ||
                   cp == 0x200E || cp == 0x200F), cp);
  CHECK(without_bidi_controls("Trường Tiểu học – “Vân Hồ”") == "Trường Tiểu học – “Vân Hồ”");
  CHECK(without_bidi_controls(std::string_view("\xE2\x80", 2)) == std::string("\xE2\x80", 2));  // cut short: copied
}
