// A figure's value as a JSON report carries it, and how values of several
// schools or units add up. The kind says which member holds the value:
// sum, count and schools an integer; ratio a part of a whole; distinct the
// codes met; breakdown a count per code; breakdown2 a count per pair of codes.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baocao {

enum class ReportFigureKind : std::uint8_t { sum, count, schools, ratio, distinct, breakdown, breakdown2 };

// "sum", "count", ... as the JSON spells them; nothing for another word.
std::optional<ReportFigureKind> report_figure_kind(std::string_view name);
const char* report_figure_kind_name(ReportFigureKind k);

using CodeCounts = std::vector<std::pair<std::string, long long>>;  // in the report's order

struct ReportFigure {
  long long n = 0;                // sum, count, schools
  long long part = 0, whole = 0;  // ratio
  std::vector<std::string> codes;  // distinct
  CodeCounts counts;               // breakdown
  std::vector<std::pair<std::string, CodeCounts>> counts2;  // breakdown2

  friend bool operator==(const ReportFigure& a, const ReportFigure& b) {
    return a.n == b.n && a.part == b.part && a.whole == b.whole && a.codes == b.codes && a.counts == b.counts &&
           a.counts2 == b.counts2;
  }
  friend bool operator!=(const ReportFigure& a, const ReportFigure& b) { return !(a == b); }
};

// Adds `v` into `into` as its kind adds: integers and ratios' parts and
// wholes summed, codes united, counts summed code by code. Codes new to
// `into` go after the last code before them in `v`'s order, so lists that
// each follow one vocabulary's order unite in that order.
void add_figure(ReportFigureKind kind, ReportFigure& into, const ReportFigure& v);

// Whether two values are the same figure: codes compared as sets, counts
// code by code with a code not listed counting 0, whatever the order.
bool same_figure(ReportFigureKind kind, const ReportFigure& a, const ReportFigure& b);

}  // namespace baocao
