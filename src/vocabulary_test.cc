#include "vocabulary.h"

#include <doctest/doctest.h>

using namespace baocao;

namespace {
Vocabulary partners() {
  return Vocabulary("partner", {{"cong_doan", "Công đoàn", "Trade union"},
                                {"doan_thanh_nien", "Đoàn Thanh niên", "Youth Union"},
                                {"hoi_phu_nu", "Hội Liên hiệp Phụ nữ", "Women's Union"}});
}
}  // namespace

TEST_CASE("codes and labels are found after NFC and case folding") {
  Vocabulary v = partners();
  REQUIRE(v.find("doan_thanh_nien"));
  CHECK(v.find("ĐOÀN THANH NIÊN")->code == "doan_thanh_nien");
  CHECK(v.find(" Công đoàn ")->code == "cong_doan");
  CHECK(v.find("youth union")->code == "doan_thanh_nien");
  CHECK(v.find("doan thanh nien") == nullptr);  // a near miss is suggested, not accepted
}

TEST_CASE("suggestions for near misses only") {
  Vocabulary v = partners();
  CHECK(v.suggest("doan thanh nien") == "doan_thanh_nien");
  CHECK(v.suggest("cong_doam") == "cong_doan");
  CHECK(v.suggest("hoi phu nu") == "hoi_phu_nu");
  CHECK(v.suggest("xyz") == "");
  CHECK(v.codes_list() == "cong_doan, doan_thanh_nien, hoi_phu_nu");
  CHECK(v.label("hoi_phu_nu", Lang::en) == "Women's Union");
}

TEST_CASE("closest key") {
  CHECK(closest("infromed", {"total", "informed"}) == "informed");
  CHECK(closest("studnets", {"staff", "students"}) == "students");
  CHECK(closest("zzzz", {"staff", "students"}) == "");
}
