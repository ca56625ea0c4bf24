#include "utf8.h"

#include <doctest/doctest.h>

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
