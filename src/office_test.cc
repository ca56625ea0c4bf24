#include "office.h"

#include <doctest/doctest.h>

#include "test_support.h"

#include <algorithm>

using namespace baocao;

namespace {

const Plan& plan() { return test::builtin_plan(); }

const char* kHead =
    "office: {name: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO, name_in_text: Phòng Giáo dục và Đào tạo, abbrev: PGDĐT, place: Vân Hồ}\n"
    "schools:\n  - {code: A, name: Trường A, level: thcs}\n";

std::vector<std::string> codes(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d.items()) out.push_back(x.code);
  return out;
}

}  // namespace

TEST_CASE("the narrative: each part a list of paragraphs") {
  SourceFile file("baocao.yaml", std::string(kHead) +
                                     "narrative:\n  office_work:\n    - Đoạn một.\n    - Đoạn hai.\n"
                                     "  causes: [Nguyên nhân.]\n");
  Diagnostics d(Lang::vi);
  std::optional<Office> o = read_office(file, plan(), d);
  REQUIRE(o);
  CHECK(o->name_in_text == "Phòng Giáo dục và Đào tạo");
  CHECK(o->narrative.office_work.paragraphs == std::vector<std::string>{"Đoạn một.", "Đoạn hai."});
  CHECK(o->narrative.causes.paragraphs == std::vector<std::string>{"Nguyên nhân."});
  CHECK(o->narrative.direction.paragraphs.empty());
  CHECK(d.items().empty());  // reading warns of nothing: only compile asks
  // compile's check: one W401 per part left out, at the `narrative` key's line.
  check_narrative(*o, d);
  CHECK(codes(d) == std::vector<std::string>{"W401", "W401"});
  CHECK(d.items()[0].key == "narrative.direction");
  CHECK(d.items()[1].key == "narrative.proposals");
  CHECK(file.location(d.items()[0].offset).line == 4);
}

TEST_CASE("no narrative at all: four warnings; a part that is not a list, or a stray key, is an error") {
  SourceFile none("baocao.yaml", kHead);
  Diagnostics d(Lang::en);
  std::optional<Office> o = read_office(none, plan(), d);
  REQUIRE(o);
  check_narrative(*o, d);
  CHECK(codes(d) == std::vector<std::string>(4, "W401"));
  CHECK(d.items()[0].message.find("direction and inspection") != std::string::npos);

  SourceFile bad("baocao.yaml", std::string(kHead) + "narrative:\n  causes: {a: b}\n  direcion: [x]\n");
  Diagnostics e(Lang::en);
  CHECK_FALSE(read_office(bad, plan(), e));
  std::vector<std::string> got = codes(e);
  CHECK(std::count(got.begin(), got.end(), "E006") == 1);  // not a list
  CHECK(std::count(got.begin(), got.end(), "E101") == 1);  // unknown key, with "did you mean"
}

TEST_CASE("office.code: how the level above knows the office's reports") {
  SourceFile file("baocao.yaml",
                  "office: {code: PGD-VH, name: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO, abbrev: PGDĐT, place: Vân Hồ}\n"
                  "schools:\n  - {code: A, name: Trường A, level: thcs}\n");
  Diagnostics d(Lang::en);
  std::optional<Office> o = read_office(file, plan(), d);
  REQUIRE(o);
  CHECK(o->code == "PGD-VH");
  CHECK(o->units.empty());
}

TEST_CASE("a unit office file lists units instead of schools") {
  const std::string units =
      "office: {code: SGD-SL, name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, abbrev: SGDĐT, place: Sơn La}\n"
      "report: {deadline: 2024-12-20}\n"
      "units:\n  - {code: PGD-VH, name: Phòng GD&ĐT Vân Hồ}\n  - {code: PGD-MC, name: Phòng GD&ĐT Mộc Châu}\n";
  {
    SourceFile file("sgd.yaml", units);
    Diagnostics d(Lang::en);
    std::optional<Office> o = read_office(file, plan(), d, true);
    REQUIRE(o);
    REQUIRE(o->units.size() == 2);
    CHECK(o->units[1].code == "PGD-MC");
    CHECK(o->units[1].name == "Phòng GD&ĐT Mộc Châu");
    CHECK(o->schools().empty());
  }
  {  // compile's reading: the file is for rollup
    SourceFile file("sgd.yaml", units);
    Diagnostics d(Lang::en);
    CHECK_FALSE(read_office(file, plan(), d));
    REQUIRE(codes(d) == std::vector<std::string>{"E606"});
    CHECK(file.location(d.items()[0].offset).line == 3);
  }
  {  // rollup's reading of a school roster
    SourceFile file("baocao.yaml", kHead);
    Diagnostics d(Lang::en);
    CHECK_FALSE(read_office(file, plan(), d, true));
    CHECK(codes(d) == std::vector<std::string>{"E606", "E102"});
  }
  {  // a unit twice; a unit without its name
    SourceFile file("sgd.yaml", "office: {name: SỞ, abbrev: S, place: Sơn La}\nunits:\n  - {code: A, name: Một}\n"
                                "  - {code: A, name: Hai}\n  - {code: B}\n");
    Diagnostics d(Lang::en);
    CHECK_FALSE(read_office(file, plan(), d, true));
    CHECK(codes(d) == std::vector<std::string>{"E005", "E102"});
  }
}

TEST_CASE("the report names the office as it names itself: Phòng, Sở, or what short_name says") {
  auto short_name = [](const std::string& office) {
    SourceFile file("baocao.yaml", "office: " + office + "\nschools:\n  - {code: A, name: Trường A, level: thcs}\n");
    Diagnostics d(Lang::vi);
    std::optional<Office> o = read_office(file, plan(), d);
    REQUIRE(o);
    return o->called();
  };
  CHECK(short_name("{name: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO, abbrev: PGDĐT, place: Vân Hồ}") == "Phòng");
  CHECK(short_name("{name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, abbrev: SGDĐT, place: Sơn La}") == "Sở");
  CHECK(short_name("{name: PHÒNG VĂN HÓA - XÃ HỘI, name_in_text: Phòng Văn hóa - Xã hội xã Vân Hồ, abbrev: VHXH, "
                   "place: Vân Hồ}") == "Phòng");
  CHECK(short_name("{name: VĂN PHÒNG HĐND VÀ UBND, short_name: Văn phòng, abbrev: VP, place: Vân Hồ}") == "Văn phòng");
}

TEST_CASE("the roster's level and areas are the office's codes: checked only where the plan's requirements use them") {
  auto read = [](const Plan& p, const std::string& schools, Diagnostics& d) {
    SourceFile file("baocao.yaml", "office: {name: PHÒNG GD, abbrev: PGD, place: Vân Hồ}\nschools:\n" + schools);
    return read_office(file, p, d);
  };
  // pcmd-2024's R11 applies to schools of some areas: their codes are the plan's.
  Diagnostics d(Lang::vi);
  auto o = read(plan(), "  - {code: A, name: Trường A, level: cap_moi, areas: [bien_gioi, ven_song]}\n", d);
  CHECK(codes(d) == std::vector<std::string>{"E107"});  // ven_song: not an area of the plan
  // A plan with no requirement on the roster, and no such vocabularies:
  // the same roster reads, every code kept as the office wrote it.
  Plan other = plan();
  other.requirements.clear();
  other.vocabularies.erase("area");
  other.vocabularies.erase("level");
  Diagnostics d2(Lang::vi);
  o = read(other, "  - {code: A, name: Trường A, level: cap_moi, areas: [bien_gioi, ven_song]}\n", d2);
  REQUIRE(o);
  CHECK(d2.items().empty());
  REQUIRE(o->find("A"));
  CHECK(o->find("A")->level == "cap_moi");
  CHECK(o->find("A")->areas == std::vector<std::string>{"bien_gioi", "ven_song"});
}
