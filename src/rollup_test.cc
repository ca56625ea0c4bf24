#include "rollup.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "rollup_json.h"
#include "test_support.h"

namespace baocao {

namespace {

const Plan& plan() { return test::builtin_plan(); }

// Figures of every kind, as a plan of format 2 declares them.
std::vector<ReportFigureDef> defs() {
  return {{"activities", ReportFigureKind::count, "Số hoạt động", "Activities", ""},
          {"participants.staff", ReportFigureKind::sum, "Lượt cán bộ", "Staff", ""},
          {"plans_issued", ReportFigureKind::schools, "Có kế hoạch", "With a plan", ""},
          {"students_total", ReportFigureKind::sum, "Học sinh", "Pupils", ""},
          {"reached", ReportFigureKind::ratio, "Được tuyên truyền", "Reached", "students_total"},
          {"topics", ReportFigureKind::distinct, "Chủ đề", "Topics", ""},
          {"forms", ReportFigureKind::breakdown, "Hình thức", "Forms", ""},
          {"forms_by_partner", ReportFigureKind::breakdown2, "Hình thức, phối hợp", "Forms, partners", ""}};
}

const std::vector<std::string> kTopics = {"mai_dam", "ma_tuy", "hiv_aids", "mua_ban_nguoi", "khac"};
const std::vector<std::string> kForms = {"chao_co", "ngoai_khoa", "cuoc_thi", "khac"};
const std::vector<std::string> kPartners = {"hoi_phu_nu", "cong_an", "y_te"};  // in the plan's order

struct School {
  ReportSchoolEntry entry;
  long long reached = 0;  // the ratio's part, which a school's values do not carry
};

School random_school(std::mt19937& rng, int i) {
  auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
  School s;
  ReportSchoolEntry& e = s.entry;
  e.code = "S" + std::to_string(i);
  e.name = "Trường " + e.code;
  e.level = pick(2) ? "thcs" : "mam_non";
  e.commune = "Xã " + std::to_string(pick(4));
  int status = pick(10);
  e.status = status < 7 ? "valid" : status < 9 ? "invalid" : "missing";
  e.late = e.status != "missing" && pick(4) == 0;
  if (e.status == "missing") return s;
  e.files = {"nop/" + e.code + ".yaml"};
  if (e.status != "valid") return s;
  e.prepared = Date{2024, 12, 1 + pick(20)};
  e.has_figures = true;
  e.figures.resize(defs().size());
  e.figures[0].n = pick(9);
  e.figures[1].n = pick(50);
  e.figures[2].n = pick(2);
  e.figures[3].n = 50 + pick(500);
  s.reached = e.figures[3].n - pick(50);
  for (const std::string& t : kTopics)
    if (pick(2)) e.figures[5].codes.push_back(t);
  for (const std::string& f : kForms)
    if (int n = pick(3)) {
      e.figures[6].counts.emplace_back(f, n);
      CodeCounts inner;
      for (const std::string& p : kPartners)
        if (pick(2)) inner.emplace_back(p, pick(3));
      e.figures[7].counts2.emplace_back(f, inner);
    }
  e.strengths = pick(2) ? "Phối hợp tốt" : "";
  if (pick(3) == 0) e.not_met = {"R1"};
  return s;
}

// A unit's report as compile would write it for these schools.
ReportJson unit_report(const std::string& code, const std::vector<School>& schools, Date date) {
  ReportJson r;
  r.format_version = 2;
  r.plan = plan().id;
  r.plan_family = "pcmd";
  r.from = plan().from;
  r.to = plan().to;
  r.office_code = code;
  r.office_name = "Đơn vị " + code;
  r.report_date = date;
  r.figure_defs = defs();
  r.figures.resize(r.figure_defs.size());
  r.totals_keys = {"activities", "participants.staff"};
  ReportRequirementEntry req{"R1", "II.1", 0, 0, {}};
  for (const School& s : schools) {
    const ReportSchoolEntry& e = s.entry;
    r.schools.push_back(e);
    ++r.expected;
    if (e.status == "missing") {
      r.missing.push_back(e.code);
      continue;
    }
    ++r.submitted;
    r.on_time += !e.late;
    if (e.status == "invalid") {
      r.invalid.push_back(e.code);
      continue;
    }
    ++r.valid;
    for (std::size_t i = 0; i < r.figure_defs.size(); ++i)
      if (r.figure_defs[i].kind != ReportFigureKind::ratio) add_figure(r.figure_defs[i].kind, r.figures[i], e.figures[i]);
    r.figures[4].part += s.reached;
    r.figures[4].whole += e.figures[3].n;
    if (e.not_met.empty()) ++req.met;
    else ++req.not_met, req.schools_not_met.push_back(e.code);
  }
  // In vocabulary order, as compile writes them.
  auto order = [](std::vector<std::string>& codes, const std::vector<std::string>& vocab) {
    std::vector<std::string> sorted;
    for (const std::string& v : vocab)
      if (std::find(codes.begin(), codes.end(), v) != codes.end()) sorted.push_back(v);
    codes = sorted;
  };
  order(r.figures[5].codes, kTopics);
  auto order_counts = [](CodeCounts& counts, const std::vector<std::string>& vocab) {
    CodeCounts sorted;
    for (const std::string& v : vocab)
      for (const auto& c : counts)
        if (c.first == v) sorted.push_back(c);
    counts = sorted;
  };
  order_counts(r.figures[6].counts, kForms);
  auto& pairs = r.figures[7].counts2;
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    return std::find(kForms.begin(), kForms.end(), a.first) < std::find(kForms.begin(), kForms.end(), b.first);
  });
  for (auto& inner : pairs) order_counts(inner.second, kPartners);
  r.requirements = {req};
  return r;
}

// Written out and read back, as `baocao rollup` meets it.
UnitReport through_json(const ReportJson& r, const std::string& path) {
  std::string text = write_report_json(r);
  SourceFile file(path, text);
  Diagnostics d(Lang::en);
  std::optional<ReportJson> back = read_report_json(file, d);
  REQUIRE_MESSAGE(back, (d.items().empty() ? "" : d.items()[0].key + ": " + d.items()[0].message));
  return {path, "0000", *back};
}

Office higher(const std::vector<std::string>& codes, std::optional<Date> deadline = std::nullopt) {
  Office o;
  o.code = "SGD";
  o.name = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
  o.deadline = deadline;
  for (const std::string& c : codes) o.units.push_back({c, "Đơn vị " + c});
  return o;
}

void check_same_figures(const ReportJson& a, const ReportJson& b) {
  REQUIRE(a.figure_defs.size() == b.figure_defs.size());
  for (std::size_t i = 0; i < a.figure_defs.size(); ++i) {
    INFO(a.figure_defs[i].id);
    CHECK(a.figures[i] == b.figures[i]);  // in the same order too
  }
}

}  // namespace

TEST_CASE("rollup: any split of the schools into units adds up to one compile of them all") {
  std::mt19937 rng(2024);
  for (int round = 0; round < 30; ++round) {
    CAPTURE(round);
    std::vector<School> schools;
    int n = 5 + static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) schools.push_back(random_school(rng, i));
    ReportJson all = unit_report("ALL", schools, Date{2024, 12, 15});
    int units = 2 + static_cast<int>(rng() % 4);
    std::vector<std::vector<School>> parts(static_cast<std::size_t>(units));
    for (const School& s : schools) parts[rng() % parts.size()].push_back(s);
    std::vector<UnitReport> reports;
    std::vector<std::string> codes;
    for (int u = 0; u < units; ++u) {
      codes.push_back("U" + std::to_string(u));
      reports.push_back(through_json(unit_report(codes.back(), parts[u], Date{2024, 12, 10 + u}), codes.back() + ".json"));
    }
    std::shuffle(reports.begin(), reports.end(), rng);  // the order on the command line does not matter
    Rollup r = roll_up(plan(), higher(codes, Date{2024, 12, 12}), reports, nullptr, Lang::en);
    REQUIRE(r.problems.empty());
    const ReportJson& up = r.report;
    check_same_figures(up, all);
    CHECK(up.expected == all.expected);
    CHECK(up.submitted == all.submitted);
    CHECK(up.valid == all.valid);
    CHECK(up.on_time == all.on_time);
    CHECK(up.missing.size() == all.missing.size());
    REQUIRE(up.requirements.size() == 1);
    CHECK(up.requirements[0].met == all.requirements[0].met);
    // The units' lines add up to the totals; the units come in roster order.
    long long expected = 0, submitted = 0, valid = 0, on_time = 0, late = 0, missing = 0;
    REQUIRE(up.units.size() == static_cast<std::size_t>(units));
    for (int u = 0; u < units; ++u) {
      const ReportUnitEntry& row = up.units[u];
      CHECK(row.code == codes[u]);
      CHECK(row.on_time == (10 + u <= 12));
      expected += row.expected, submitted += row.schools_submitted, valid += row.valid;
      on_time += row.schools_on_time, late += row.late, missing += row.missing;
    }
    CHECK(expected == up.expected);
    CHECK(submitted == up.submitted);
    CHECK(valid == up.valid);
    CHECK(on_time == up.on_time);
    CHECK(missing == static_cast<long long>(up.missing.size()));
    CHECK(on_time + late == submitted);
    // Rolled up again, in two groups of units: the same figures.
    std::size_t half = reports.size() / 2;
    std::vector<UnitReport> low(reports.begin(), reports.begin() + static_cast<std::ptrdiff_t>(half));
    std::vector<UnitReport> high(reports.begin() + static_cast<std::ptrdiff_t>(half), reports.end());
    auto codes_of = [](const std::vector<UnitReport>& rs) {
      std::vector<std::string> c;
      for (const UnitReport& u : rs) c.push_back(u.report.office_code);
      return c;
    };
    Office a = higher(codes_of(low)), b = higher(codes_of(high));
    a.code = "A", b.code = "B";
    a.report_date = b.report_date = Date{2024, 12, 11};
    Rollup ra = roll_up(plan(), a, low, nullptr, Lang::en), rb = roll_up(plan(), b, high, nullptr, Lang::en);
    REQUIRE(ra.problems.empty());
    REQUIRE(rb.problems.empty());
    Rollup twice = roll_up(plan(), higher({"A", "B"}), {through_json(ra.report, "a.json"), through_json(rb.report, "b.json")},
                           nullptr, Lang::en);
    REQUIRE(twice.problems.empty());
    check_same_figures(twice.report, all);
    CHECK(twice.report.valid == all.valid);
    CHECK(twice.report.schools.size() == schools.size());
  }
}

TEST_CASE("rollup: a unit that sent nothing is listed, with its schools where the last roll-up names them") {
  std::mt19937 rng(7);
  std::vector<School> a{random_school(rng, 1), random_school(rng, 2)};
  std::vector<UnitReport> reports{through_json(unit_report("U1", a, Date{2024, 12, 1}), "u1.json")};
  ReportJson previous;
  previous.schools.resize(3);
  previous.schools[0].code = "X1", previous.schools[0].unit = "U2";
  previous.schools[1].code = "X2", previous.schools[1].unit = "U2";
  previous.schools[2].code = "S1", previous.schools[2].unit = "U1";
  Rollup r = roll_up(plan(), higher({"U1", "U2", "U3"}), reports, &previous, Lang::en);
  REQUIRE(r.problems.empty());
  REQUIRE(r.report.units.size() == 3);
  CHECK_FALSE(r.report.units[1].submitted);
  CHECK(r.report.units[1].expected == 2);
  CHECK(r.report.units[1].missing == 2);
  CHECK(r.report.units[2].expected == 0);
  CHECK(r.report.expected == 4);
  CHECK(r.report.missing.back() == "X2");
  CHECK(r.report.inputs.size() == 1);
}

TEST_CASE("rollup: reports that cannot be added are errors naming them, and nothing is made") {
  std::mt19937 rng(9);
  std::vector<School> a{random_school(rng, 1)}, b{random_school(rng, 2)};
  ReportJson ra = unit_report("U1", a, Date{2024, 12, 1}), rb = unit_report("U2", b, Date{2024, 12, 1});
  auto problems = [&](std::vector<UnitReport> reports) {
    std::vector<std::string> codes;
    for (const RollupProblem& p : roll_up(plan(), higher({"U1", "U2"}), reports, nullptr, Lang::en).problems)
      codes.push_back(p.code);
    return codes;
  };
  ReportJson other = rb;
  other.plan = "pcmt-2025";
  CHECK(problems({through_json(ra, "u1.json"), through_json(other, "u2.json")}) == std::vector<std::string>{"E612"});
  other = rb;
  other.to = Date{2025, 6, 30};
  CHECK(problems({through_json(ra, "u1.json"), through_json(other, "u2.json")}) == std::vector<std::string>{"E613"});
  other = rb;
  other.office_code = "U9";
  CHECK(problems({through_json(ra, "u1.json"), through_json(other, "u9.json")}) == std::vector<std::string>{"E610"});
  CHECK(problems({through_json(ra, "u1.json"), through_json(ra, "u1-again.json")}) == std::vector<std::string>{"E611"});
  other = rb;
  other.figure_defs.pop_back();
  other.figures.pop_back();
  for (ReportSchoolEntry& s : other.schools)
    if (s.has_figures) s.figures.pop_back();
  CHECK(problems({through_json(ra, "u1.json"), through_json(other, "u2.json")}) == std::vector<std::string>{"E616"});
  // A school in both units' reports: one error naming both units.
  other = rb;
  other.schools.push_back(ra.schools[0]);
  other.schools.back().status = "missing";
  other.schools.back().has_figures = false;
  Rollup r = roll_up(plan(), higher({"U1", "U2"}), {through_json(ra, "u1.json"), through_json(other, "u2.json")},
                     nullptr, Lang::en);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].code == "E615");
  CHECK(r.problems[0].message.find("U1") != std::string::npos);
  CHECK(r.problems[0].message.find("U2") != std::string::npos);
  CHECK(r.problems[0].paths == std::vector<std::string>{"u1.json", "u2.json"});
}

TEST_CASE("rollup_json: a report written and read back is the same report") {
  std::mt19937 rng(11);
  std::vector<School> s;
  for (int i = 0; i < 12; ++i) s.push_back(random_school(rng, i));
  ReportJson r = unit_report("U1", s, Date{2024, 12, 1});
  UnitReport back = through_json(r, "u.json");
  check_same_figures(back.report, r);
  CHECK(back.report.schools.size() == r.schools.size());
  CHECK(write_report_json(back.report) == write_report_json(r));
}

}  // namespace baocao
