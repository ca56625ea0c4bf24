#include "rollup_document.h"

#include <doctest/doctest.h>

#include "test_support.h"

namespace baocao {

TEST_CASE("plan_row: a JSON report's values go back into the plan's cells, kind by kind") {
  const Plan& plan = test::builtin_plan();
  const Figures& f = plan.figures;
  std::vector<ReportFigureDef> defs = {{"activities", ReportFigureKind::count, "", "", ""},
                                       {"activities_by_form", ReportFigureKind::breakdown, "", "", ""},
                                       {"topics", ReportFigureKind::breakdown, "", "", ""},
                                       {"staff_informed_rate", ReportFigureKind::ratio, "", "", "staff_total"},
                                       {"no_such_figure", ReportFigureKind::sum, "", "", ""}};
  std::vector<ReportFigure> values(defs.size());
  values[0].n = 7;
  values[1].counts = {{"sinh_hoat_lop", 3}, {"no_such_code", 9}};
  values[2].counts = {{"ma_tuy", 2}};
  values[3].part = 5;
  values[3].whole = 6;  // a ratio has no cells: its parts are figures of their own
  values[4].n = 99;
  std::vector<long long> row = plan_row(plan, defs, values);
  REQUIRE(row.size() == f.width());
  const FigureDef& activities = *f.find("activities");
  const FigureDef& by_form = *f.find("activities_by_form");
  const FigureDef& topics = *f.find("topics");
  CHECK(row[activities.offset] == 7);
  CHECK(row[by_form.offset + by_form.vocabulary->index_of("sinh_hoat_lop")] == 3);
  CHECK(row[topics.offset + topics.vocabulary->index_of("ma_tuy")] == 2);
  long long sum = 0;
  for (long long cell : row) sum += cell;
  CHECK(sum == 7 + 3 + 2);  // the unknown code, the ratio and the unknown figure put nothing anywhere
}

}  // namespace baocao
