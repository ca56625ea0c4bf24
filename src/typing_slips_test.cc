#include "typing_slips.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("a clean file has no slips and needs no repair") {
  SlipScan s = scan_slips("plan: pcmd-2024\nstaff:\n  total: 45\n  - a: [x, y]\ntitle: 'a \"b\" c'\nurl: http://x\n", Lang::en);
  CHECK(s.slips.empty());
  CHECK(s.repaired.empty());
  CHECK(s.hashtags.empty());
  CHECK_FALSE(s.invisible);
}

TEST_CASE("what is clearly meant is repaired in place, keeping every offset") {
  std::string text = "a:\xC2\xA0" "1\nb\xEF\xBC\x9A" "2\n";
  SlipScan s = scan_slips(text, Lang::en);
  CHECK(s.repaired == "a:  1\nb:  2\n");
  CHECK(s.repaired.size() == text.size());
  REQUIRE(s.slips.size() == 2);
  CHECK(s.slips[0].code == "W006");
  CHECK(s.slips[0].offset == 2);
  CHECK(s.slips[1].offset == 7);
}

TEST_CASE("slips that could be text are conditional, the others certain") {
  SlipScan s = scan_slips("a:\n  total:26\n  -name: x\n\tb: 1\nc: *Chủ đề*\n", Lang::en);
  REQUIRE(s.slips.size() == 4);
  CHECK(s.slips[0].code == "E016");
  CHECK_FALSE(s.slips[0].certain);
  CHECK(s.slips[0].token == 5);  // where YAML would start the text "total:26"
  CHECK(s.slips[1].code == "E016");
  CHECK(s.slips[1].token == 16);
  CHECK(s.slips[2].code == "E013");
  CHECK(s.slips[3].code == "E017");
  CHECK(s.slips[3].certain);
  CHECK(s.slips[3].hint.find("c: '*Chủ đề*'") != std::string::npos);
}

TEST_CASE("a real anchor, alias or tag is left to the YAML checks") {
  CHECK(scan_slips("a: &n 45\nb: *n\nc: !!str 1\n", Lang::en).slips.empty());
}

TEST_CASE("[] above items is named; [] alone is fine") {
  CHECK(scan_slips("lessons: []\nactivities:\n", Lang::en).slips.empty());
  SlipScan s = scan_slips("lessons: []\n  - subject: x\n", Lang::en);
  REQUIRE(s.slips.size() == 1);
  CHECK(s.slips[0].offset == 9);
  CHECK(s.slips[0].reach == 2);
  CHECK(s.slips[0].hint.find("delete the `[]` on line 1") != std::string::npos);
}

TEST_CASE("a hashtag after text is found; a comment is not") {
  SlipScan s = scan_slips("a: Lan tỏa #NóiKhông\nb: 1 # ghi chú\n# #tag\nc: '#x'\n", Lang::en);
  REQUIRE(s.hashtags.size() == 1);
  CHECK(s.hashtags[0] == 13);  // bytes: ỏ takes three
}

TEST_CASE("invisible characters ending a line are read as spaces") {
  SlipScan s = scan_slips("a: 45\xC2\xA0\nb: x\xE2\x80\x8B \r\nc: \xC2\xA0" "1\n", Lang::en);
  CHECK(s.repaired == "a: 45  \nb: x    \r\nc: \xC2\xA0" "1\n");
  REQUIRE(s.slips.size() == 2);  // the no-break space before 1 is leading, read by YAML as it is
  CHECK(s.slips[0].offset == 5);
  CHECK(s.slips[1].offset == 12);
}
