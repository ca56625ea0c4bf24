// baocao's own JSON report read back (format_version 1, today's keys only,
// or 2, every figure by id with each valid school's values), for comparing
// with an earlier period and for rolling units' reports up. A file that is
// not such a report, or one cut short or edited, gets located errors:
// E601 not JSON, E602 not a baocao report, E603 a format_version this
// baocao does not read, E604 a key missing or of the wrong type, E605 a
// total that its schools' values do not add up to.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "report_figure.h"
#include "scalar.h"
#include "source_file.h"

namespace baocao {

// The newest format_version this baocao reads (the one render_json writes,
// kReportFormatVersion); it reads every one up to it.
constexpr int kNewestReadableFormat = 2;

struct ReportFigureDef {
  std::string id;
  ReportFigureKind kind = ReportFigureKind::sum;
  std::string label_vi, label_en;
  std::string of;  // a ratio's denominator, or ""
};

struct ReportSchoolEntry {
  std::string code, name, level, commune, unit;  // unit: the unit that reported it, in a roll-up
  std::string status;  // "valid", "invalid", "missing", ...
  bool late = false;
  std::optional<Date> prepared;
  std::vector<std::string> not_met;
  std::vector<std::string> files;
  bool has_figures = false;
  std::vector<ReportFigure> figures;  // by figure_defs index, when has_figures
  std::string strengths, limitations, proposals;
  // An invalid school's first errors as its unit's report gave them (line 0:
  // none), and how many there were; a report older than them has none.
  struct Error {
    std::size_t line = 0;
    std::string message;
  };
  std::vector<Error> errors;
  std::size_t error_count = 0;
};

struct ReportRequirementEntry {
  std::string id, clause;
  long long met = 0, not_met = 0;
  std::vector<std::string> schools_not_met;
};

// One report a roll-up was made from.
struct ReportInputEntry {
  std::string path, office_code, office_name, plan, sha256;
  std::optional<Date> from, to, report_date;
};

// One unit's line in a roll-up's table.
struct ReportUnitEntry {
  std::string code, name;
  bool submitted = false, on_time = false;
  std::optional<Date> report_date;
  long long expected = 0, schools_submitted = 0, valid = 0, schools_on_time = 0, late = 0, missing = 0;
};

struct ReportJson {
  int format_version = 1;
  std::string plan, plan_family;
  std::optional<Date> from, to, report_date;
  std::string office_code, office_name;
  long long expected = 0, submitted = 0, valid = 0, on_time = 0;
  std::vector<std::string> missing, invalid, unknown;
  std::vector<ReportFigureDef> figure_defs;
  std::vector<ReportFigure> figures;  // the totals, by figure_defs index
  std::vector<std::string> totals_keys;  // the figures under §4's `totals` ("participants.staff" nested)
  CodeCounts by_form, by_partner, topics;
  std::vector<ReportRequirementEntry> requirements;
  std::vector<ReportSchoolEntry> schools;
  std::vector<ReportInputEntry> inputs;  // a roll-up's
  std::vector<ReportUnitEntry> units;    // a roll-up's

  // The index of figure `id` in figure_defs, or -1.
  long figure_index(const std::string& id) const;
};

std::optional<ReportJson> read_report_json(const SourceFile& file, Diagnostics& diags);

// The plan family of a plan id written without one: "pcmd-2024" -> "pcmd".
std::string plan_family_of(const std::string& plan_id);

}  // namespace baocao
