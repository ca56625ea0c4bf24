#include "compare.h"

#include <doctest/doctest.h>

#include <tuple>

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

// A figure of another kind added to `r` under `id`.
void add(ReportJson& r, const std::string& id, ReportFigureKind kind, ReportFigure value) {
  r.figure_defs.push_back({id, kind, id, id, ""});
  r.figures.push_back(std::move(value));
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

TEST_CASE("compare: a breakdown cell by cell, a two-way one pair by pair, distinct codes by which came and went") {
  ReportJson now = report("blhd-2025", 2025, {}, {});
  ReportJson before = report("blhd-2024", 2024, {}, {});
  ReportFigure by_type_now, by_type_then;
  by_type_now.counts = {{"the_chat", 3}, {"tinh_than", 0}, {"qua_mang", 2}};
  by_type_then.counts = {{"the_chat", 1}, {"tinh_than", 0}, {"cu", 4}};  // "cu": a code the plan no longer has
  add(now, "by_type", ReportFigureKind::breakdown, by_type_now);
  add(before, "by_type", ReportFigureKind::breakdown, by_type_then);
  ReportFigure pairs_now, pairs_then;
  pairs_now.counts2 = {{"the_chat", {{"giao_duc", 2}, {"tu_van", 0}}}};
  pairs_then.counts2 = {{"the_chat", {{"giao_duc", 0}, {"tu_van", 1}}}, {"qua_mang", {{"tu_van", 1}}}};
  add(now, "pairs", ReportFigureKind::breakdown2, pairs_now);
  add(before, "pairs", ReportFigureKind::breakdown2, pairs_then);
  ReportFigure channels_now, channels_then;
  channels_now.codes = {"hop_thu", "tong_dai"};
  channels_then.codes = {"hop_thu", "zalo"};
  add(now, "channels", ReportFigureKind::distinct, channels_now);
  add(before, "channels", ReportFigureKind::distinct, channels_then);
  // The same id as another kind then: not compared, and said so.
  add(now, "forms", ReportFigureKind::distinct, {});
  add(before, "forms", ReportFigureKind::breakdown, {});

  Comparison c = compare_reports(now, before);
  auto cells = [&](const std::string& id) {
    std::vector<std::tuple<std::string, std::string, long long, long long>> out;
    for (const CellChange& f : c.cell_changes)
      if (f.id == id) out.emplace_back(f.code, f.by, f.before, f.now);
    return out;
  };
  using Cells = decltype(cells(""));
  // Zero in both is no row; a code in one report only counts 0 in the other.
  CHECK(cells("by_type") == Cells{{"the_chat", "", 1, 3}, {"qua_mang", "", 0, 2}, {"cu", "", 4, 0}});
  CHECK(cells("pairs") == Cells{{"the_chat", "giao_duc", 0, 2}, {"the_chat", "tu_van", 1, 0}, {"qua_mang", "tu_van", 1, 0}});
  REQUIRE(c.codes_changes.size() == 1);
  const CodesChange& ch = c.codes_changes[0];
  CHECK(ch.before == 2);
  CHECK(ch.now == 2);
  CHECK(ch.added == std::vector<std::string>{"tong_dai"});
  CHECK(ch.dropped == std::vector<std::string>{"zalo"});
  auto label = [](const std::string& code) { return "[" + code + "]"; };
  CHECK(codes_change_sentence(ch, c, Lang::vi, label) == "so với năm 2024: thêm [tong_dai]; không còn [zalo]");
  CHECK(codes_change_sentence(ch, c, Lang::en, label) == "on 2024: new [tong_dai]; no longer [zalo]");
  CodesChange same = ch;
  same.added.clear();
  same.dropped.clear();
  CHECK(codes_change_sentence(same, c, Lang::vi, label) == "không đổi so với năm 2024");
  REQUIRE(c.not_compared.size() == 1);
  CHECK(c.not_compared[0].id == "forms");
}

}  // namespace baocao
