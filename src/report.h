// The consolidated report: each file reduced to a small summary, then the
// roster's statuses, totals over valid files, and per-requirement results.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compare.h"
#include "crosswalk.h"
#include "office.h"
#include "plan.h"
#include "source_file.h"
#include "submission.h"

namespace baocao {

// All that the report needs of one file; the YAML tree is dropped after
// this, so a province's worth of files costs only these summaries.
struct FileSummary {
  enum class Check : std::uint8_t { not_evaluated, met, not_met };

  std::string path;
  std::string code;    // the school it names, or ""
  Location code_at;    // where the file names it
  std::string code_line;  // the text of that line, for messages about the code
  std::string name;
  bool valid = false;
  std::optional<Date> prepared;
  std::vector<long long> figures;       // the plan's figures for this school (Figures::of)
  std::vector<Check> checks;            // per plan requirement, in plan order
  std::string strengths, limitations, proposals;
  struct Error {
    std::size_t line = 0;  // 0 when the problem has no line (an unreadable file)
    std::string message;
  };
  std::vector<Error> errors;            // the first few errors
  std::size_t error_count = 0;
  std::string not_school_file;  // what the file is when it is not a school file ("tệp Word …"), else ""
  std::string guessed_code;     // such a file: the roster school its name names, or ""
  bool blank = false;           // the blank form, sent unfilled
  bool plan_file = false;       // a plan file found among the submissions: no school's, not counted

  std::vector<std::string> not_met(const Plan& plan) const;  // requirement ids
  void add_error(std::size_t line, std::string message);  // an error found after the file was summarised
};

FileSummary summarize(const Submission& s, const Plan& plan);

// Where a roster school stands. JSON spells these "valid", "invalid",
// "missing", "blank" (it sent the blank form unfilled: not submitted).
enum class SchoolStatus : std::uint8_t { valid, invalid, missing, blank };

const char* status_name(SchoolStatus s);
// The word every format calls it by (templates/words): "status-submitted"
// for "Đã nộp", "status-resend", "status-missing", "status-blank".
const char* status_word(SchoolStatus s);

struct SchoolRow {
  std::string code, name, commune, level;
  SchoolStatus status = SchoolStatus::missing;
  bool late = false;
  const FileSummary* file = nullptr;  // the file counted for it, if any
  std::vector<std::string> paths;     // every file naming it; more than one makes it invalid
  std::vector<const FileSummary*> other_files;  // Word, Excel, PDF… files sent under its name
  bool valid() const { return status == SchoolStatus::valid; }
};

struct RequirementRow {
  const Requirement* requirement = nullptr;
  long long met = 0, not_met = 0;
  std::vector<std::string> schools_not_met;  // codes, in roster order
};

// The schools of one value of a roster field (a level, a commune): how many
// were expected, submitted and valid, and their figures' totals, a row as
// Report::totals is.
struct GroupRow {
  std::string group;  // the field's value ("thcs", "Vân Hồ"); "" for schools without one
  long long expected = 0, submitted = 0, valid = 0;
  std::vector<long long> totals;
};

// A report's figures by one roster field (`level` in the level
// vocabulary's order, `commune` in the roster's); its rows add up to the
// report's totals.
struct Grouping {
  std::string by;  // "level", "commune", "commune_now"
  std::vector<GroupRow> rows;
};

struct Report {
  const Plan* plan = nullptr;
  const Office* office = nullptr;
  Lang lang = Lang::vi;  // of the whole report, and of the error messages it quotes
  std::size_t expected = 0, submitted = 0, valid = 0, on_time = 0;
  std::vector<std::string> missing, blank, invalid, unknown;
  std::vector<long long> totals;           // the plan's figures over the valid schools
  std::vector<long long> children_totals;  // over those whose learners are children (preschools)
  std::vector<RequirementRow> requirements;
  std::vector<SchoolRow> schools;  // roster order
  std::vector<const FileSummary*> unknown_files;
  std::vector<Grouping> groupings;        // by level, then by commune (then as now, with add_units)
  std::optional<Comparison> comparison;  // with an earlier period's report (`compile --previous`)
  const std::vector<ReportUnitEntry>* units = nullptr;  // a roll-up's units, each with its line

  bool complete() const { return missing.empty() && blank.empty() && invalid.empty(); }
};

// `files` must outlive the report. Duplicate claims make a school invalid.
// Nothing here is worded: the templates word the report in `lang`.
Report build_report(const Plan& plan, const Office& office, const std::vector<FileSummary>& files, Lang lang);

// Adds the grouping by commune "as now" (`--units`): each school under the
// new commune its commune became, rows in the crosswalk's order. Returns the
// schools whose commune is in neither of the crosswalk's lists (no row has them).
std::vector<const SchoolRow*> add_units(Report& r, const Crosswalk& crosswalk);

// The report as a comparison with an earlier one reads it: every figure by
// id with its total, and the roster's codes.
ComparedSide compared_side(const Report& r);

// A distinct figure's codes that came and went, by the plan's labels: "so
// với năm 2023: thêm A, B; không còn C" (report_comparison.cc).
std::string codes_change_words(const Report& r, const CodesChange& f);

}  // namespace baocao
