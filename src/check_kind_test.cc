#include "check_kind.h"

#include <doctest/doctest.h>

#include <set>

#include "plan.h"
#include "test_support.h"

using namespace baocao;

namespace {

// The built-in plan with one requirement whose check is `check`, and what reading it said.
std::vector<Diagnostic> read_check(const std::string& check) {
  std::string p = test::builtin_plan().source;
  p = p.substr(0, p.find("\nrequirements:\n")) + "\nrequirements:\n  - {id: X, clause: I, text: x, check: " + check + "}\n";
  Diagnostics d(Lang::en);
  read_plan(SourceFile("p.yaml", p), d);
  return d.items();
}

}  // namespace

TEST_CASE("every kind of check has exactly one row, found by its value and by its name") {
  const std::size_t kinds = static_cast<std::size_t>(CheckKind::end_);
  REQUIRE(check_kinds().size() == kinds);
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < kinds; ++i) {
    const CheckKindRow& row = check_kinds()[i];
    CAPTURE(row.name);
    CHECK(static_cast<std::size_t>(row.kind) == i);
    CHECK(&check_kind(static_cast<CheckKind>(i)) == &row);
    CHECK(find_check_kind(row.name) == &row);
    CHECK(names.insert(row.name).second);
    CHECK(check_kind_names().at(i) == row.name);
    CHECK((row.read && row.met_text && row.evaluate));
  }
  CHECK(find_check_kind("ratoi") == nullptr);
}

TEST_CASE("the plan reader takes every kind's name and keys, and only those") {
  std::set<std::string_view> used;
  for (const CheckKindRow& row : check_kinds()) {
    CAPTURE(row.name);
    std::string check = "{kind: " + std::string(row.name);
    for (std::string_view key : row.keys) {
      check += ", " + std::string(key) + ": x";
      used.insert(key);
    }
    for (const Diagnostic& d : read_check(check + "}")) {
      CAPTURE(d.message);
      CHECK(d.code != "E101");                            // a key the reader does not take
      CHECK(d.key != "requirements[1].check.kind");  // a name it does not know
    }
  }
  // No key is taken that no kind reads.
  for (std::string_view key : check_keys()) CHECK((key == "kind" || used.count(key)));
  // A key another kind reads is a mistake here, named with what this kind takes.
  std::vector<Diagnostic> d = read_check("{kind: flag, field: communication_program, lists: [lessons]}");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "E101");
  CHECK(d[0].key == "requirements[1].check.lists");
  CHECK(d[0].message == "a `flag` check does not take `lists`");
  CHECK(d[0].hint == "`flag` takes: field");
  d = read_check("{kind: distinct, list: activities, field: form, min: 2, where: {field: form, any_of: [chao_co]}}");
  REQUIRE(d.size() == 1);  // `where` filters a count, not a distinct check
  CHECK(d[0].key == "requirements[1].check.where");
  d = read_check("{kind: flag, field: communication_program, minimum: 1}");
  REQUIRE(d.size() == 1);  // a key no kind reads: said once
  CHECK(d[0].code == "E101");
}

TEST_CASE("an unknown kind is told the table's names") {
  std::vector<Diagnostic> d = read_check("{kind: ratios, field: staff.informed, of: staff.total, min_percent: 100}");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "E107");
  CHECK(d[0].key == "requirements[1].check.kind");
  std::string names;
  for (const CheckKindRow& row : check_kinds()) names += (names.empty() ? "" : ", ") + std::string(row.name);
  CHECK(d[0].hint == "did you mean `ratio`? Use one of: " + names);
}

TEST_CASE("a school is checked through its kind's row") {
  const Plan& plan = test::builtin_plan();
  const Requirement& r1 = plan.requirements.at(0);
  REQUIRE(r1.kind == CheckKind::ratio);
  const CheckKindRow& row = check_kind(r1.kind);
  CHECK(row.met_text(r1).en == "staff.informed ≥ 100% of staff.total");
  CHECK(row.met_text(r1).vi == "staff.informed ≥ 100% × staff.total");

  Submission all = test::check(test::school_file());
  REQUIRE(all.valid());
  std::string detail;
  CHECK(row.evaluate(r1, CheckSchool{plan, plan.form(), *all.record, all.figures, Lang::en}, detail));
  CHECK(detail.empty());  // nothing is written for a requirement that is met

  std::string text = test::school_file();
  text.replace(text.find("informed: 10"), 12, "informed: 7");
  Submission some = test::check(text);
  REQUIRE(some.valid());
  CHECK_FALSE(row.evaluate(r1, CheckSchool{plan, plan.form(), *some.record, some.figures, Lang::vi}, detail));
  CHECK(detail == "số CB, GV, NV được quán triệt (staff.informed) là 7 trên tổng số CB, GV, NV (staff.total) là 10 (70,0%), cần 100%");
}
