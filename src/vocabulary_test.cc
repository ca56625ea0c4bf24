#include "vocabulary.h"

#include <doctest/doctest.h>

using namespace baocao;

namespace {
Vocabulary partners() {
  return Vocabulary({{"cong_doan", "Công đoàn", "Trade union"},
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

TEST_CASE("old and new tone placement name the same term") {
  Vocabulary v({{"ma_tuy", "Phòng, chống ma túy", "Drugs"},
                         {"hoa_giai", "Hòa giải", "Mediation"},
                         {"ngoai_khoa", "Hoạt động ngoại khóa", "Extracurricular"},
                         {"thuy_loi", "Thủy lợi", "Irrigation"},
                         {"uy_ban", "Ủy ban", "Committee"},
                         {"quy", "Quỹ", "Fund"}});
  CHECK(v.find("Phòng, chống ma tuý")->code == "ma_tuy");
  CHECK(v.find("phòng, chống MA TUÝ")->code == "ma_tuy");
  CHECK(v.find("Hoà giải")->code == "hoa_giai");
  CHECK(v.find("Hoạt động ngoại khoá")->code == "ngoai_khoa");
  CHECK(v.find("Thuỷ lợi")->code == "thuy_loi");
  CHECK(v.find("Uỷ ban")->code == "uy_ban");
  CHECK(v.find("Quỹ")->code == "quy");
  CHECK(v.find("Qũy") == nullptr);     // qu is a consonant: quỹ has one placement
  CHECK(v.find("Hoàn giải") == nullptr);  // a final consonant fixes the tone on a
}
