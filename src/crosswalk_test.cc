#include "crosswalk.h"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "office.h"
#include "rollup_breakdown.h"
#include "test_support.h"

namespace baocao {

namespace {

std::string source_file(const std::string& path) {
  std::ifstream in(std::string(BAOCAO_SOURCE_DIR) + "/" + path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Crosswalk van_ho() {
  SourceFile f("van-ho-2025.yaml", source_file("data/crosswalks/van-ho-2025.yaml"));
  Diagnostics d(Lang::en);
  std::optional<Crosswalk> c = read_crosswalk(f, d);
  REQUIRE(c);
  return *c;
}

}  // namespace

TEST_CASE("crosswalk: Vân Hồ 2025, 14 communes into 5 (Resolution 1681/NQ-UBTVQH15)") {
  Crosswalk c = van_ho();
  REQUIRE(c.units.size() == 5);
  CHECK(c.effective->iso() == "2025-07-01");
  std::set<std::string> now;
  for (const CrosswalkUnit& u : c.units) now.insert(u.now);
  CHECK(now == std::set<std::string>{"Vân Hồ", "Song Khủa", "Tô Múa", "Xuân Nha", "Chiềng Sơn"});
  CHECK(*c.now_of("Chiềng Xuân") == "Chiềng Sơn");  // across the old district boundary
  CHECK(*c.now_of("Lóng Luông") == "Vân Hồ");
  CHECK(*c.now_of("Tân Xuân") == "Xuân Nha");
  CHECK(*c.now_of("Tô Múa") == "Tô Múa");
  CHECK(c.now_of("Mộc Châu") == nullptr);
  // Every commune of the example roster has its commune as now.
  SourceFile office_file("baocao.yaml", source_file("examples/baocao.yaml"));
  Diagnostics d(Lang::en);
  std::optional<Office> office = read_office(office_file, test::builtin_plan(), d);
  REQUIRE(office);
  std::set<std::string> communes;
  for (const RosterEntry& e : office->schools()) {
    communes.insert(e.commune);
    CHECK_MESSAGE(c.now_of(e.commune), e.commune);
  }
  CHECK(communes.size() == 14);
}

TEST_CASE("crosswalk: a unit named twice is E620 at its second place") {
  SourceFile f("c.yaml", "units:\n  - {now: A, then: [x, y]}\n  - {now: B, then: [z, x]}\n  - {now: A, then: [w]}\n");
  Diagnostics d(Lang::en);
  CHECK_FALSE(read_crosswalk(f, d));
  REQUIRE(d.items().size() == 2);
  CHECK(d.items()[0].code == "E620");
  CHECK(f.location(d.items()[0].offset).line == 3);
  CHECK(f.location(d.items()[0].offset).column == 24);
  CHECK(d.items()[0].message.find("units[1].then[1]") != std::string::npos);
  CHECK(d.items()[1].code == "E620");
  CHECK(f.location(d.items()[1].offset).line == 4);
}

TEST_CASE("breakdown: by level and by commune as then and as now, each adding up to the totals") {
  Crosswalk c = van_ho();
  ReportJson r;
  r.figure_defs = {{"activities", ReportFigureKind::count, "", "", ""},
                   {"topics", ReportFigureKind::distinct, "", "", ""}};
  const char* communes[] = {"Chiềng Xuân", "Vân Hồ", "Lóng Luông", "Tân Xuân", "Chiềng Xuân"};
  long long total = 0;
  for (int i = 0; i < 5; ++i) {
    ReportSchoolEntry s;
    s.code = "S" + std::to_string(i);
    s.commune = communes[i];
    s.level = i % 2 ? "thcs" : "tieu_hoc";
    s.status = i == 4 ? "missing" : "valid";
    s.has_figures = i != 4;
    s.figures.resize(2);
    s.figures[0].n = i + 1;
    if (s.has_figures) total += i + 1;
    r.schools.push_back(s);
  }
  std::vector<std::string> unplaced;
  std::vector<Breakdown> b = break_down(r, &c, &unplaced);
  CHECK(unplaced.empty());
  REQUIRE(b.size() == 3);
  CHECK(b[0].by == "level");
  CHECK(b[2].by == "commune_now");
  for (const Breakdown& view : b) {
    long long sum = 0, expected = 0, valid = 0;
    for (const BreakdownRow& row : view.rows) sum += row.figures[0], expected += row.expected, valid += row.valid;
    CHECK(sum == total);
    CHECK(expected == 5);
    CHECK(valid == 4);
  }
  CHECK(b[1].rows.size() == 4);  // Chiềng Xuân, Vân Hồ, Lóng Luông, Tân Xuân
  REQUIRE(b[2].rows.size() == 3);  // in the crosswalk's order: Vân Hồ, Xuân Nha, Chiềng Sơn
  CHECK(b[2].rows[0].group == "Vân Hồ");
  CHECK(b[2].rows[0].figures[0] == 2 + 3);
  CHECK(b[2].rows[2].group == "Chiềng Sơn");
  CHECK(b[2].rows[2].expected == 2);
  CHECK(b[2].rows[2].valid == 1);

  r.schools[1].commune = "Mộc Châu";
  unplaced.clear();
  break_down(r, &c, &unplaced);
  CHECK(unplaced == std::vector<std::string>{"S1"});
}

}  // namespace baocao
