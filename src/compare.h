// A report compared with an earlier period's (`--previous PREV.json`):
// every figure both reports have under the same id, of the same kind, gets
// its change, each total as its own report gave it: a whole number by its
// difference, a ratio in percentage points, a breakdown code by code (pair
// by pair), the codes used by how many and which came and went. The schools
// present in one period only are named; figures in one report only, or of
// another kind there, are listed as not compared, so that a report of
// another plan or form version compares what is the same figure and says
// what it could not.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "lang.h"
#include "report_json_reader.h"

namespace baocao {

struct FigureChange {
  std::string id;
  long long before = 0, now = 0;
  long long change() const { return now - before; }
};

// One cell of a breakdown both reports have: a code's count, or a pair's
// (`by` set) for a two-way breakdown. A code one report lacks counts 0 there.
struct CellChange : FigureChange {
  std::string code, by;
};

// The codes a `distinct` figure used then and now: how many (the
// FigureChange) and which were added and dropped, in each report's order.
struct CodesChange : FigureChange {
  std::vector<std::string> added, dropped;
};

// A ratio both reports have, each as its report gave it, whole above 0.
struct RatioChange {
  std::string id;
  long long before_part = 0, before_whole = 1, now_part = 0, now_whole = 1;
  // The change in tenths of a percentage point, rounded: 32 for +3.2 points.
  long long tenths() const;
};

// A figure one report has and the other lacks, or has of another kind.
struct NotCompared {
  std::string id, label_vi, label_en;
};

struct Comparison {
  std::string previous_plan;
  std::optional<Date> previous_from, previous_to;
  bool same_family = true;
  std::vector<FigureChange> changes;          // in the current report's order
  std::vector<RatioChange> ratio_changes;     // likewise
  std::vector<CellChange> cell_changes;       // by figure, then in the current report's code order; cells 0 in both left out
  std::vector<CodesChange> codes_changes;     // likewise
  std::vector<NotCompared> not_compared;      // the current report's first, then the earlier one's
  std::vector<std::string> only_now, only_before;  // school codes
  std::vector<std::string> only_before_names;      // as the earlier report names them

  // "năm 2023" / "2023" for a calendar year, else "kỳ 01/01/2023 - 30/06/2023" / "the period 2023-01-01 to 2023-06-30".
  std::string period_name(Lang lang) const;
};

// What a comparison reads of the current report, so that a report in
// memory (compile) and one read back (rollup) compare alike.
struct ComparedSide {
  std::string plan_family;
  struct Figure {
    std::string id, label_vi, label_en;
    ReportFigureKind kind = ReportFigureKind::sum;
    ReportFigure total;  // as the JSON report carries it
  };
  std::vector<Figure> figures;
  std::vector<std::string> schools;  // the codes the report lists
};

ComparedSide compared_side(const ReportJson& r);
Comparison compare_reports(const ComparedSide& now, const ReportJson& before);
Comparison compare_reports(const ReportJson& now, const ReportJson& before);

class JsonWriter;
// The `comparison` object of a JSON report, each change with its words in
// both languages, so that a reader of the JSON need not word them again.
void write_comparison(JsonWriter& w, const Comparison& c);

// "tăng 12 hoạt động (13,0%) so với năm 2023", "giảm 3 hoạt động (2,9%) so
// với năm 2023", "không đổi so với năm 2023"; in English "up 12 activities
// (13.0%) on 2023", "down …", "unchanged on 2023". `unit` ("hoạt động") may
// be empty; no percentage when the earlier figure was 0.
std::string change_sentence(const FigureChange& c, const Comparison& cmp, Lang lang, const std::string& unit = "");

// The codes a distinct figure added and dropped: "thêm: a, b; không còn: c
// so với năm 2023" / "new: a, b; no longer: c on 2023"; "cùng các loại như
// năm 2023" / "the same as 2023" when none. `label` names a code.
std::string codes_change_sentence(const CodesChange& c, const Comparison& cmp, Lang lang,
                                  const std::function<std::string(const std::string&)>& label);

// "tăng 3,2 điểm phần trăm (từ 85,0% lên 88,2%) so với năm 2023",
// "không đổi (85,0%) so với năm 2023"; "up 3.2 percentage points (from
// 85.0% to 88.2%) on 2023", "unchanged (85.0%) on 2023".
std::string ratio_change_sentence(const RatioChange& c, const Comparison& cmp, Lang lang);

// A share as the report writes it, one decimal: "85,0%" / "85.0%".
std::string share_percent(long long part, long long whole, Lang lang);
// Tenths as the report writes them: 32 -> "3,2" / "3.2" (no sign).
std::string tenths_text(long long tenths, Lang lang);

// The change as a percentage of the earlier figure, one decimal ("13,0" /
// "13.0"); "" when the earlier figure was 0.
std::string change_percent(const FigureChange& c, Lang lang);

}  // namespace baocao
