#include "plan.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace baocao;

namespace {

std::optional<Plan> read(const std::string& text, Diagnostics& d) { return read_plan(SourceFile("p.yaml", text), d); }

std::string with_requirement(const std::string& requirement) {
  std::string p = test::builtin_plan().source;
  return p.substr(0, p.find("\nrequirements:\n")) + "\nrequirements:\n" + requirement;
}

}  // namespace

TEST_CASE("the built-in plan is read whole") {
  const Plan& p = test::builtin_plan();
  CHECK(p.id == "pcmd-2024");
  CHECK(p.from == Date{2024, 1, 1});
  CHECK(p.requirements.size() == 12);
  CHECK(p.vocabulary("topic").find("phòng, chống ma túy"));
  CHECK(p.requirements[10].roster_field == "areas");
}

TEST_CASE("a plan's mistakes are located and named") {
  Diagnostics d(Lang::en);
  CHECK_FALSE(read(with_requirement("  - id: R1\n    clause: II.1\n    text: x\n"
                                    "    check: {kind: ratio, field: staff.infomred, of: staff.total, min_percent: 100}\n"),
                   d));
  REQUIRE(d.items().size() == 1);
  CHECK(d.items()[0].code == "E107");
  CHECK(d.items()[0].key == "requirements[1].check.field");
  CHECK(d.items()[0].hint.find("staff.informed") != std::string::npos);
}

TEST_CASE("a requirement of severity error makes a school's file invalid (E300)") {
  Diagnostics d(Lang::en);
  std::optional<Plan> p = read(with_requirement("  - id: T1\n    clause: II.1\n    text: x\n    severity: error\n"
                                                "    check: {kind: count, list: training, min: 1}\n"),
                               d);
  REQUIRE(p);
  Submission s = test::check(test::school_file("A"), nullptr, *p);
  CHECK(test::codes(s) == std::vector<std::string>{"E300"});
  CHECK_FALSE(s.valid());
  CHECK(s.diags.items()[0].requirement == "T1");
}

TEST_CASE("a plan may answer several documents: document.basis is one text or a list") {
  std::string p = test::builtin_plan().source;
  std::size_t at = p.find("  basis:\n");
  REQUIRE(at != std::string::npos);
  std::size_t end = p.find("\nperiod:", at);
  p.replace(at, end - at, "  basis:\n    - Luật Trẻ em 2016\n    - {vi: Nghị định 80/2017/NĐ-CP, en: Decree 80/2017/ND-CP}");
  Diagnostics d(Lang::en);
  std::optional<Plan> plan = read(p, d);
  REQUIRE(plan);
  REQUIRE(plan->doc_bases.size() == 2);
  CHECK(plan->doc_bases[0].in(Lang::en) == "Luật Trẻ em 2016");
  CHECK(plan->doc_bases[1].in(Lang::en) == "Decree 80/2017/ND-CP");
  CHECK(test::builtin_plan().doc_bases.size() == 1);
}
