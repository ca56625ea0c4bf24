#include "text_encoding.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("UTF-16 with a byte order mark becomes UTF-8") {
  // "Việt" then a line break, in both byte orders; ệ is U+1EC7.
  CHECK(utf16_to_utf8(std::string("\xFF\xFEV\0i\0\xC7\x1E" "t\0\n\0", 12)) == "Vi\xE1\xBB\x87t\n");
  CHECK(utf16_to_utf8(std::string("\xFE\xFF\0V\0i\x1E\xC7\0t", 10)) == "Vi\xE1\xBB\x87t");
  // A surrogate pair, and a lone surrogate.
  CHECK(utf16_to_utf8(std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6)) == "\xF0\x9F\x98\x80");
  CHECK(utf16_to_utf8(std::string("\xFF\xFE\x3D\xD8", 4)) == "\xEF\xBF\xBD");
  CHECK_FALSE(utf16_to_utf8("plan: x"));
  CHECK_FALSE(utf16_to_utf8("\xEF\xBB\xBFplan"));
}

TEST_CASE("a file that is not UTF-8 is named by the encoding it looks like") {
  CHECK(guess_file_encoding("Tr\xAD\xEAng THCS, Nh\xB5 tr\xAD\xEAng") == Legacy::tcvn3);
  CHECK(guess_file_encoding("Tr\xFD\xF5\xCCng THCS \xD0o\xE0n") == Legacy::windows1258);
  CHECK(guess_file_encoding("abc\xFF") == Legacy::unknown);
}

TEST_CASE("text typed in TCVN3 or VNI is told from Vietnamese") {
  CHECK(looks_like_legacy_text("Nhµ tr­êng triÓn khai"));
  CHECK(looks_like_legacy_text("Tr­êng THCS"));
  CHECK(looks_like_legacy_text("Nhaø tröôøng trieån khai"));
  CHECK_FALSE(looks_like_legacy_text("Nhà trường triển khai kịp thời"));
  CHECK_FALSE(looks_like_legacy_text("Nhiệt độ 30°C, «Tuổi trẻ» ±2"));
  CHECK_FALSE(looks_like_legacy_text("Công ty ABC®"));
}
