#include "scalar.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("counts are plain digits") {
  CHECK(parse_count("0", Lang::vi).value == 0);
  CHECK(parse_count("1200", Lang::vi).value == 1200);
  CHECK(parse_count("10000000", Lang::vi).value == 10000000);
}

TEST_CASE("thousands separators are explained with the digits to write") {
  for (const char* s : {"1.200", "1,200", "1 200"}) {
    auto r = parse_count(s, Lang::vi);
    CHECK_FALSE(r.value);
    CHECK(r.code == "E103");
    CHECK(r.hint.find("1200") != std::string::npos);
  }
  CHECK(parse_count("12.345.678", Lang::en).hint.find("12345678") != std::string::npos);
}

TEST_CASE("other bad counts") {
  CHECK(parse_count("12.5", Lang::vi).code == "E103");
  CHECK(parse_count("12.5", Lang::en).hint.find("12") != std::string::npos);
  CHECK(parse_count("ba mươi", Lang::vi).code == "E103");
  CHECK(parse_count("-3", Lang::vi).code == "E106");
  CHECK(parse_count("10000001", Lang::vi).code == "E106");
  CHECK(parse_count("99999999999999999999", Lang::vi).code == "E106");
  CHECK_FALSE(parse_count("", Lang::vi).value);
}

TEST_CASE("dates in both orders, real calendar days only") {
  auto a = parse_date("03/04/2024", Lang::vi);
  REQUIRE(a.value);
  CHECK(a.value->month == 4);
  CHECK(a.value->day == 3);
  CHECK(parse_date("2024-04-03", Lang::vi).value == a.value);
  CHECK(parse_date("3/4/2024", Lang::vi).value == a.value);
  CHECK(parse_date("29/02/2024", Lang::vi).value);
  CHECK_FALSE(parse_date("29/02/2023", Lang::vi).value);
  CHECK_FALSE(parse_date("31/04/2024", Lang::vi).value);
  CHECK_FALSE(parse_date("2024-13-01", Lang::vi).value);
  CHECK(parse_date("04/03", Lang::vi).code == "E104");
  CHECK(a.value->iso() == "2024-04-03");
  CHECK(a.value->vi() == "03/04/2024");
  CHECK(Date{2024, 1, 1} < Date{2024, 12, 31});
  CHECK(Date{1970, 1, 1}.days() == 0);
}

TEST_CASE("booleans in Vietnamese and English, any case") {
  CHECK(parse_bool("Có", Lang::vi).value == true);
  CHECK(parse_bool("KHÔNG", Lang::vi).value == false);
  CHECK(parse_bool("yes", Lang::vi).value == true);
  CHECK(parse_bool("False", Lang::vi).value == false);
  CHECK_FALSE(parse_bool("x", Lang::vi).value);
  CHECK_FALSE(parse_bool("1", Lang::vi).value);
}

TEST_CASE("phone numbers") {
  CHECK(parse_phone("0912345678", Lang::vi).value);
  CHECK(parse_phone("0212.3870.123", Lang::vi).value);
  CHECK(parse_phone("+84 912 345 678", Lang::vi).value);
  CHECK_FALSE(parse_phone("12345", Lang::vi).value);
  CHECK_FALSE(parse_phone("09123abc45", Lang::vi).value);
}
