#include "report_figure.h"

#include <doctest/doctest.h>

namespace baocao {

TEST_CASE("report_figure: integers and ratios add") {
  ReportFigure a{3, 1, 2, {}, {}, {}}, b{4, 5, 6, {}, {}, {}};
  add_figure(ReportFigureKind::sum, a, b);
  CHECK(a.n == 7);
  add_figure(ReportFigureKind::ratio, a, b);
  CHECK(a.part == 6);
  CHECK(a.whole == 8);
}

TEST_CASE("report_figure: codes unite in the order of the lists they come from") {
  ReportFigure a, b, c;
  a.codes = {"mai_dam", "khac"};
  b.codes = {"mai_dam", "ma_tuy", "hiv_aids"};
  c.codes = {"toi_pham", "khac"};
  add_figure(ReportFigureKind::distinct, a, b);
  CHECK(a.codes == std::vector<std::string>{"mai_dam", "ma_tuy", "hiv_aids", "khac"});
  ReportFigure none;
  add_figure(ReportFigureKind::distinct, none, c);
  add_figure(ReportFigureKind::distinct, none, a);
  CHECK(none.codes.size() == 5);
  CHECK(same_figure(ReportFigureKind::distinct, none, [] {
    ReportFigure f;
    f.codes = {"khac", "toi_pham", "hiv_aids", "ma_tuy", "mai_dam"};
    return f;
  }()));
}

TEST_CASE("report_figure: breakdowns add code by code, a code not listed counting 0") {
  ReportFigure a, b;
  a.counts = {{"chao_co", 2}, {"khac", 1}};
  b.counts = {{"chao_co", 1}, {"ngoai_khoa", 4}};
  add_figure(ReportFigureKind::breakdown, a, b);
  CHECK(a.counts == CodeCounts{{"chao_co", 3}, {"ngoai_khoa", 4}, {"khac", 1}});
  ReportFigure c;
  c.counts = {{"khac", 1}, {"ngoai_khoa", 4}, {"chao_co", 3}, {"cuoc_thi", 0}};
  CHECK(same_figure(ReportFigureKind::breakdown, a, c));
  c.counts[3].second = 1;
  CHECK_FALSE(same_figure(ReportFigureKind::breakdown, a, c));

  ReportFigure p, q;
  p.counts2 = {{"chao_co", {{"y_te", 2}}}};
  q.counts2 = {{"chao_co", {{"cong_an", 1}}}, {"ngoai_khoa", {{"y_te", 3}}}};
  add_figure(ReportFigureKind::breakdown2, p, q);
  REQUIRE(p.counts2.size() == 2);
  CHECK(p.counts2[0].second == CodeCounts{{"cong_an", 1}, {"y_te", 2}});
  CHECK(p.counts2[1].second == CodeCounts{{"y_te", 3}});
}

TEST_CASE("report_figure: kinds by name") {
  CHECK(report_figure_kind("breakdown2") == ReportFigureKind::breakdown2);
  CHECK_FALSE(report_figure_kind("average"));
  CHECK(std::string(report_figure_kind_name(ReportFigureKind::schools)) == "schools");
}

}  // namespace baocao
