#include "report.h"

#include <doctest/doctest.h>

#include "test_support.h"

#include "report_render.h"

using namespace baocao;

namespace {

const Plan& plan() { return test::builtin_plan(); }

Office office() {
  Office o;
  o.name = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
  o.abbrev = "PGDĐT";
  o.place = "Vân Hồ";
  o.deadline = Date{2024, 12, 10};
  o.add_school({"A", "Trường A", "thcs", "Xã A", {"du_lich"}});
  o.add_school({"B", "Trường B", "tieu_hoc", "Xã B", {}});
  o.add_school({"C", "Trường C", "mam_non", "Xã C", {}});
  return o;
}

std::string school(const std::string& code, int staff, int informed, const std::string& date, const std::string& extra = "") {
  return "plan: pcmd-2024\nschool: {code: " + code + ", name: Trường " + code + "}\n" +
         "prepared: {by: Lò Văn B, date: " + date + "}\n" + "staff: {total: " + std::to_string(staff) +
         ", informed: " + std::to_string(informed) + "}\nstudents: {total: 100, reached: 100}\n" +
         "school_plan: {issued: no}\ncommunication_program: yes\n" + extra;
}

FileSummary check(const Office& o, const std::string& path, const std::string& text) {
  return summarize(check_submission(path, text, "", plan(), &o, Lang::en), plan());
}

}  // namespace

namespace {
long long total(const Report& r, const char* id) { return r.totals.at(r.plan->figures.find(id)->offset); }
}  // namespace

TEST_CASE("totals count valid files only; missing, invalid and unknown are listed") {
  Office o = office();
  std::vector<FileSummary> files;
  files.push_back(check(o, "a.yaml", school("A", 10, 8, "2024-12-01",
                                            "lessons:\n  - {subject: GDCD, title: T, date: 2024-03-01, periods: 2, "
                                            "students: 30, topics: [mai_dam]}\n  - {subject: GDCD, title: U, date: "
                                            "2024-03-02, students: 25, topics: [ma_tuy]}\n"
                                            "activities:\n  - {form: chao_co, title: X, date: 2024-04-01, partners: "
                                            "[doan_thanh_nien], participants: {staff: 5, students: 90, parents: 3}, "
                                            "topics: [hiv_aids]}\n"
                                            "training:\n  - {title: T, date: 2024-05-01, attendees: 2}\n")));
  files.push_back(check(o, "b.yaml", school("B", 5, 9, "2024-12-11")));  // informed > total: invalid
  files.push_back(check(o, "x.yaml", school("X", 5, 5, "2024-12-01")));  // not on the roster
  Report r = build_report(plan(), o, files, Lang::en);
  CHECK(r.expected == 3);
  CHECK(r.submitted == 2);
  CHECK(r.valid == 1);
  CHECK(r.on_time == 1);
  CHECK(r.missing == std::vector<std::string>{"C"});
  CHECK(r.invalid == std::vector<std::string>{"B"});
  CHECK(r.unknown == std::vector<std::string>{"x.yaml"});
  CHECK(total(r, "staff_total") == 10);
  CHECK(total(r, "staff_informed") == 8);
  CHECK(total(r, "lessons") == 2);
  CHECK(total(r, "lesson_periods") == 3);
  CHECK(total(r, "lesson_students") == 55);
  CHECK(total(r, "activities") == 1);
  CHECK(total(r, "participants.students") == 90);
  CHECK(total(r, "participants.parents") == 3);
  CHECK(total(r, "trainings") == 1);
  CHECK(total(r, "trained_staff") == 2);
  const FigureDef& by_form = *plan().figures.find("activities_by_form");
  CHECK(by_form.width == plan().vocabulary("form").terms().size());  // every form of the plan has its cell
  CHECK(r.totals[by_form.offset + plan().vocabulary("form").index_of("chao_co")] == 1);
  CHECK(r.totals[by_form.offset + plan().vocabulary("form").index_of("khac")] == 0);
  // R1 (informed == total) fails for A; R11 applies to A (areas not empty) and fails (1 activity < 3).
  const RequirementRow& r1 = r.requirements[0];
  CHECK(r1.met == 0);
  CHECK(r1.not_met == 1);
  CHECK(r1.schools_not_met == std::vector<std::string>{"A"});
  const RequirementRow& r2 = r.requirements[1];
  CHECK(r2.met == 1);
  for (const RequirementRow& q : r.requirements) CHECK(q.met + q.not_met == 1);
  CHECK_FALSE(r.complete());
}

TEST_CASE("zero schools submitted") {
  Office o = office();
  std::vector<FileSummary> files;
  Report r = build_report(plan(), o, files, Lang::vi);
  CHECK(r.submitted == 0);
  CHECK(r.valid == 0);
  CHECK(r.missing.size() == 3);
  CHECK(total(r, "staff_total") == 0);
  for (const RequirementRow& q : r.requirements) CHECK(q.met + q.not_met == 0);
  std::string json = render_json(r);
  CHECK(json.find("\"missing\":[\"A\",\"B\",\"C\"]") != std::string::npos);
  std::string err;
  auto docs = render_all(r, {ReportFormat::md, ReportFormat::html}, "", 2, &err);
  REQUIRE(docs.size() == 2);
  CHECK(docs[0].find("Có 0/3 đơn vị trường học (0,0%) đã gửi báo cáo") != std::string::npos);
  CHECK(docs[1].find("Còn 3 trường chưa gửi báo cáo: Trường A, Trường B và Trường C.") != std::string::npos);
  CHECK(err.empty());
}

TEST_CASE("all invalid, and two files claiming one school") {
  Office o = office();
  std::vector<FileSummary> files;
  files.push_back(check(o, "a1.yaml", school("A", 10, 10, "2024-12-01")));
  files.push_back(check(o, "a2.yaml", school("A", 10, 10, "2024-12-01")));
  files.push_back(check(o, "b.yaml", "plan: pcmd-2024\nschool: {code: B, name: Trường B}\n"));
  files.push_back(check(o, "c.yaml", "{{{{"));
  Report r = build_report(plan(), o, files, Lang::en);
  CHECK(r.submitted == 2);  // A and B named; C's file is unreadable
  CHECK(r.valid == 0);
  CHECK(r.invalid == std::vector<std::string>{"A", "B"});
  CHECK(r.missing == std::vector<std::string>{"C"});
  CHECK(r.unknown == std::vector<std::string>{"c.yaml"});
  CHECK(r.schools[0].paths == std::vector<std::string>{"a1.yaml", "a2.yaml"});
  CHECK(total(r, "staff_total") == 0);
}

TEST_CASE("late is prepared.date after the deadline") {
  Office o = office();
  std::vector<FileSummary> files{check(o, "a.yaml", school("A", 1, 1, "2024-12-11")),
                                 check(o, "b.yaml", school("B", 1, 1, "2024-12-10"))};
  Report r = build_report(plan(), o, files, Lang::en);
  CHECK(r.valid == 2);
  CHECK(r.on_time == 1);
  CHECK(r.schools[0].late);
  CHECK_FALSE(r.schools[1].late);
}

TEST_CASE("school status is an enum, spelt for JSON in one place") {
  CHECK(std::string(status_name(SchoolStatus::valid)) == "valid");
  CHECK(std::string(status_name(SchoolStatus::invalid)) == "invalid");
  CHECK(std::string(status_name(SchoolStatus::missing)) == "missing");
}

TEST_CASE("markdown escaping keeps tables whole and markup inert") {
  // No HTML entity in Markdown text: '&' stays as written, unless it would
  // start an entity, which a backslash keeps literal.
  CHECK(markdown_escape("TH&THCS") == "TH&THCS");
  CHECK(markdown_escape("GD&ĐT") == "GD&ĐT");
  CHECK(markdown_escape("a &lt; b &#60; c") == "a \\&lt; b \\&\\#60; c");
  CHECK(markdown_escape("R&D; x & y;") == "R\\&D; x & y;");
  CHECK(markdown_escape("a | b") == "a \\| b");
  CHECK(markdown_escape("<script>") == "\\<script\\>");
  CHECK(markdown_escape("x\ny") == "x y");
  CHECK(markdown_escape("**đậm**") == "\\*\\*đậm\\*\\*");
}
