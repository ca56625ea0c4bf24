// `baocao rollup`: a higher office's report made from its units' JSON
// reports, without asking any school again. Every figure is added up from
// the schools' own values that the units' reports carry, so it equals what
// one compile of all those schools' files would give, whatever the grouping.
#pragma once
#include <string>
#include <vector>

#include "diagnostic.h"
#include "diagnostic_printer.h"
#include "office.h"
#include "plan.h"
#include "report_json_reader.h"
#include "rollup_breakdown.h"

namespace baocao {

// One unit's report as read, with the SHA-256 of its bytes.
struct UnitReport {
  std::string path;
  std::string sha256;
  ReportJson report;
};

// A problem of the whole roll-up: which reports it concerns, and what to do.
struct RollupProblem {
  std::string code;  // E610...
  std::vector<std::string> paths;
  std::string message, hint;
};

struct Rollup {
  ReportJson report;  // the higher office's report: units' schools, figures added up, a line per unit
  std::vector<Breakdown> breakdowns;    // by level, commune, and commune as now with a crosswalk
  std::vector<RollupProblem> problems;  // any one of them and nothing is written
};

// Reads one report for a roll-up (or a comparison): its bytes, their
// SHA-256, the report. Problems come back formatted in `problems`.
std::optional<UnitReport> load_unit_report(const std::string& path, const PrintStyle& style, std::string* problems);

// The roll-up's problems, each "path: lỗi[E612]: message" with its hint.
std::string format_rollup_problems(const std::vector<RollupProblem>& problems, const PrintStyle& style);

// `office` lists the units (office.units) and the deadline units are on time
// by; each report must be of `plan` and its period. A unit with no report is
// "chưa gửi"; its schools are counted missing where `previous` (the last
// roll-up, may be null) names them. With `crosswalk`, a school whose commune
// it does not know is E621.
Rollup roll_up(const Plan& plan, const Office& office, const std::vector<UnitReport>& reports,
               const ReportJson* previous, Lang lang, const Crosswalk* crosswalk = nullptr);

}  // namespace baocao
