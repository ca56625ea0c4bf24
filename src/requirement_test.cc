#include "requirement.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace baocao;

namespace {

// The ids of the requirements a file does not meet.
std::vector<std::string> not_met(const std::string& text, const Office* office = nullptr) {
  Submission s = test::check(text, office);
  REQUIRE(s.valid());
  std::vector<std::string> ids;
  for (const RequirementResult& r : s.results)
    if (r.evaluated && !r.met) ids.push_back(r.requirement->id);
  return ids;
}

const char* const kEverything =
    "school_plan: {issued: có, number: 5/KH, date: 2024-02-01, integrated_with: [nong_thon_moi, giam_ngheo]}\n"
    "focal_persons: [{name: A, role: B}]\n"
    "lessons:\n  - {subject: a, title: b, date: 2024-03-01, students: 30, topics: [mai_dam, ma_tuy]}\n"
    "activities:\n"
    "  - {form: chao_co, title: a, date: 2024-03-02, partners: [doan_thanh_nien], participants: {students: 100},"
    " topics: [hiv_aids]}\n"
    "  - {form: cuoc_thi, title: b, date: 2024-03-03, participants: {students: 100}, topics: [mua_ban_nguoi]}\n"
    "training: [{title: t, date: 2024-04-01, attendees: 2}]\n";

std::string school(const std::string& body) {
  std::string s = test::school_file("A", "", "placeholder");
  s.replace(s.find("school_plan: placeholder\n"), std::string("school_plan: placeholder\n").size(), body);
  return s;
}

}  // namespace

TEST_CASE("a school that did everything meets every requirement it is checked against") {
  CHECK(not_met(school(kEverything)).empty());
}

TEST_CASE("each kind of check says when it is not met") {
  std::string all = school(kEverything);
  auto without = [&](const std::string& from, const std::string& to) {
    std::string s = all;
    s.replace(s.find(from), from.size(), to);
    return not_met(s);
  };
  CHECK(without("informed: 10", "informed: 9") == std::vector<std::string>{"R1"});             // ratio
  CHECK(without("communication_program: yes", "communication_program: no") == std::vector<std::string>{"R2"});  // flag
  CHECK(without("[nong_thon_moi, giam_ngheo]", "[giam_ngheo]") == std::vector<std::string>{"R4"});  // includes
  CHECK(without("partners: [doan_thanh_nien]", "partners: [cong_an]") == std::vector<std::string>{"R8"});  // count where
  CHECK(without("topics: [mua_ban_nguoi]", "topics: [khac]") == std::vector<std::string>{"R9"});  // covers
  CHECK(without("form: cuoc_thi", "form: chao_co") == std::vector<std::string>{"R10"});  // distinct
  CHECK(without("training: [{title: t, date: 2024-04-01, attendees: 2}]", "training: []") ==
        std::vector<std::string>{"R12"});  // count
}

TEST_CASE("a roster condition is evaluated only with the roster, for the schools it names") {
  Office o;
  o.add_school({"A", "Trường A", "thcs", "Xã A", {"du_lich"}});
  o.add_school({"B", "Trường B", "thcs", "Xã B", {}});
  CHECK(not_met(school(kEverything), &o) == std::vector<std::string>{"R11"});  // 2 activities in a tourist area
  std::string b = school(kEverything);
  b.replace(b.find("code: A"), 7, "code: B");
  CHECK(not_met(b, &o).empty());
}

TEST_CASE("the reason names the field as a teacher does, with its key") {
  std::string s = school(kEverything);
  s.replace(s.find("informed: 10"), 12, "informed: 7");
  Submission sub = test::check(s);
  const RequirementResult& r1 = sub.results.at(0);
  CHECK_FALSE(r1.met);
  CHECK(r1.detail == "staff briefed (staff.informed) is 7 of total staff (staff.total) 10 (70.0%), 100% needed");
  CHECK(sub.source->location(r1.offset).line == 4);
}

TEST_CASE("the names a plan's checks may use come from the form table") {
  CHECK(number_fields(test::v1()) == std::vector<std::string>{"staff.total", "staff.informed", "students.total", "students.reached"});
  CHECK(list_names(test::v1()) == std::vector<std::string>{"focal_persons", "lessons", "activities", "training"});
  CHECK(item_field_vocabulary(test::v1(), "activities", "partners") == "partner");
  CHECK(item_field_vocabulary(test::v1(), "lessons", "form") == "");
  CHECK(code_list_vocabulary(test::v1(), "school_plan.integrated_with") == "program");
}

namespace {

// The built-in plan with its requirements replaced by `requirements`.
Plan plan_with(const std::string& requirements) {
  std::string p = test::builtin_plan().source;
  p = p.substr(0, p.find("\nrequirements:\n")) + "\nrequirements:\n" + requirements;
  Diagnostics d(Lang::en);
  std::optional<Plan> plan = read_plan(SourceFile("p.yaml", p), d);
  for (const Diagnostic& x : d.items()) INFO(x.code, " ", x.message);
  REQUIRE(plan);
  return std::move(*plan);
}

}  // namespace

TEST_CASE("a flag that is not yes is named for what the file holds: no, or nothing") {
  // A plan whose form leaves the flag optional: a school may leave it out and stay valid.
  std::string text = test::builtin_plan().source;
  const std::string required = "{key: communication_program, kind: flag, required: true,";
  REQUIRE(text.find(required) != std::string::npos);
  text.replace(text.find(required), required.size(), "{key: communication_program, kind: flag,");
  Diagnostics d(Lang::en);
  std::optional<Plan> plan = read_plan(SourceFile("p.yaml", text), d);
  REQUIRE(plan);
  auto r2 = [&](const std::string& to) {
    std::string s = school(kEverything);
    s.replace(s.find("communication_program: yes\n"), 27, to);
    Submission sub = test::check(s, nullptr, *plan);
    REQUIRE(sub.valid());
    REQUIRE(sub.results.size() > 1);
    REQUIRE(sub.results[1].requirement->id == "R2");
    CHECK_FALSE(sub.results[1].met);
    return sub.results[1].detail;
  };
  CHECK(r2("communication_program: no\n") == "communication programme (communication_program) is no");
  CHECK(r2("") == "communication programme (communication_program) says neither yes nor no");
}

TEST_CASE("a requirement may check a school's figure, and a ratio of figures") {
  Plan plan = plan_with(
      "  - {id: F1, clause: II.3, text: a, check: {kind: figure, figure: activities, min: 3}}\n"
      "  - {id: F2, clause: II.3, text: b, check: {kind: figure, figure: participants.parents, max: 0}}\n"
      "  - {id: F3, clause: II.3, text: c, check: {kind: ratio, field: schools_with_focal_persons, of: schools, "
      "min_percent: 100}}\n");
  CHECK(plan.checks_figures);
  Submission s = test::check(school(kEverything), nullptr, plan);
  REQUIRE(s.valid());
  REQUIRE(s.results.size() == 3);
  CHECK_FALSE(s.results[0].met);  // 2 activities, 3 needed
  CHECK(s.results[0].detail == "Activities (activities) is 2, at least 3 needed");
  CHECK(s.results[1].met);        // no parents took part
  CHECK(s.results[2].met);        // its one school has a focal person
  std::string with = school(kEverything);
  with.replace(with.find("participants: {students: 100},"), 30, "participants: {students: 100, parents: 4},");
  Submission t = test::check(with, nullptr, plan);
  REQUIRE(t.valid());
  CHECK_FALSE(t.results[1].met);
  CHECK(t.results[1].detail == "Parents taking part (participants.parents) is 4, at most 0 allowed");
}

TEST_CASE("a roster condition may test any roster field: the commune, the school's code") {
  Plan plan = plan_with(
      "  - {id: C1, clause: II.3, text: a, check: {kind: count, list: activities, min: 5},"
      " applies_if: {roster: commune, any_of: [Xã A]}}\n"
      "  - {id: C2, clause: II.3, text: b, check: {kind: count, list: activities, min: 5},"
      " applies_if: {roster: code, any_of: [B]}}\n");
  Office o;
  o.add_school({"A", "Trường A", "thcs", "Xã A", {}});
  Submission s = test::check(school(kEverything), &o, plan);
  REQUIRE(s.results.size() == 2);
  CHECK(s.results[0].evaluated);
  CHECK_FALSE(s.results[0].met);
  CHECK_FALSE(s.results[1].evaluated);  // not school B
}

TEST_CASE("a distinct figure counts, per school, the codes it used: in a figure check") {
  std::string source = test::builtin_plan().source;
  source = source.substr(0, source.find("\nrequirements:\n")) + "\nrequirements:\n" +
           "  - {id: D1, clause: II.3, text: a, check: {kind: figure, figure: forms_used, min: 3}}\n"
           "  - {id: D2, clause: II.3, text: b, check: {kind: figure, figure: forms_used, min: 2, max: 2}}\n";
  source.insert(source.find("\nfigures:\n") + std::string("\nfigures:\n").size(),
                "  - {id: forms_used, vi: Hình thức đã dùng, en: Forms used, distinct: \"activities[].form\"}\n");
  Diagnostics d(Lang::en);
  std::optional<Plan> with = read_plan(SourceFile("p.yaml", source), d);
  for (const Diagnostic& x : d.items()) INFO(x.code, " ", x.message);
  REQUIRE(with);
  Submission s = test::check(school(kEverything), nullptr, *with);
  REQUIRE(s.valid());
  REQUIRE(s.results.size() == 2);
  CHECK_FALSE(s.results[0].met);  // chao_co and cuoc_thi: 2 forms
  CHECK(s.results[0].detail == "Forms used (forms_used) is 2, at least 3 needed");
  // Located at the list the figure counts, not at the file's first line.
  const std::string text = school(kEverything);
  REQUIRE(s.results[0].offset < text.size());
  CHECK(text.substr(s.results[0].offset, s.results[0].length) == "activities");
  CHECK(s.results[1].met);
  const FigureDef* f = with->figures.find("forms_used");
  REQUIRE(f);
  CHECK(f->counts());
  CHECK(f->value(s.figures) == 2);
}
