#include "compare.h"

#include <doctest/doctest.h>

namespace baocao {

namespace {

ReportJson report(const std::string& plan, int year, std::vector<std::pair<std::string, long long>> figures,
                  std::vector<std::string> schools) {
  ReportJson r;
  r.format_version = 2;
  r.plan = plan;
  r.plan_family = plan_family_of(plan);
  r.from = Date{year, 1, 1};
  r.to = Date{year, 12, 31};
  for (const auto& [id, n] : figures) {
    r.figure_defs.push_back({id, ReportFigureKind::count, id, id, ""});
    ReportFigure f;
    f.n = n;
    r.figures.push_back(f);
  }
  for (const std::string& code : schools) {
    ReportSchoolEntry s;
    s.code = code;
    r.schools.push_back(s);
  }
  return r;
}

}  // namespace

TEST_CASE("compare: each figure both have gets its change, in words in both languages") {
  ReportJson now = report("pcmd-2024", 2024, {{"activities", 104}, {"lessons", 50}, {"trainings", 7}}, {"A", "B"});
  ReportJson before = report("pcmd-2023", 2023, {{"activities", 92}, {"lessons", 52}, {"trainings", 7}}, {"A", "C"});
  Comparison c = compare_reports(now, before);
  CHECK(c.same_family);
  REQUIRE(c.changes.size() == 3);
  CHECK(change_sentence(c.changes[0], c, Lang::vi, "hoạt động") == "tăng 12 hoạt động (13,0%) so với năm 2023");
  CHECK(change_sentence(c.changes[0], c, Lang::en, "activities") == "up 12 activities (13.0%) on 2023");
  CHECK(change_sentence(c.changes[1], c, Lang::vi, "tiết") == "giảm 2 tiết (3,8%) so với năm 2023");
  CHECK(change_sentence(c.changes[1], c, Lang::en) == "down 2 (3.8%) on 2023");
  CHECK(change_sentence(c.changes[2], c, Lang::vi) == "không đổi so với năm 2023");
  CHECK(change_sentence(c.changes[2], c, Lang::en) == "unchanged on 2023");
  CHECK(c.only_now == std::vector<std::string>{"B"});
  CHECK(c.only_before == std::vector<std::string>{"C"});
  CHECK(c.not_compared.empty());
  CHECK(c.only_before_names == std::vector<std::string>{"C"});  // no name in the report: the code
}

TEST_CASE("compare: a report of another plan compares only the same figures, and lists the rest") {
  ReportJson now = report("pcmd-2024", 2024, {{"activities", 10}, {"lessons", 5}}, {});
  ReportJson before = report("pcmt-2023", 2023, {{"activities", 0}, {"sessions", 3}}, {});
  before.from = Date{2023, 1, 1};
  before.to = Date{2023, 6, 30};
  Comparison c = compare_reports(now, before);
  CHECK_FALSE(c.same_family);
  REQUIRE(c.changes.size() == 1);
  CHECK(c.changes[0].id == "activities");
  CHECK(change_sentence(c.changes[0], c, Lang::vi) == "tăng 10 so với kỳ 01/01/2023 - 30/06/2023");  // no % of 0
  REQUIRE(c.not_compared.size() == 2);
  CHECK(c.not_compared[0].id == "lessons");
  CHECK(c.not_compared[1].id == "sessions");
}

TEST_CASE("compare: large changes are grouped as the report writes numbers") {
  ReportJson now = report("pcmd-2024", 2024, {{"students", 12345}}, {});
  ReportJson before = report("pcmd-2023", 2023, {{"students", 10000}}, {});
  Comparison c = compare_reports(now, before);
  CHECK(change_sentence(c.changes[0], c, Lang::vi, "học sinh") == "tăng 2.345 học sinh (23,5%) so với năm 2023");
  CHECK(change_sentence(c.changes[0], c, Lang::en, "pupils") == "up 2,345 pupils (23.5%) on 2023");
}

}  // namespace baocao
