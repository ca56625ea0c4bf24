// The office file (baocao.yaml): who issues the report, and the roster of
// schools that are expected to submit.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostic.h"
#include "diagnostic_printer.h"
#include "plan.h"
#include "roster.h"
#include "scalar.h"
#include "source_file.h"

namespace baocao {

// One part of what only the office can write (`narrative` in the office
// file): paragraphs, and where the part is, or would go, in the file.
struct NarrativePart {
  std::vector<std::string> paragraphs;
  std::size_t offset = kNoOffset, length = 0;
};

struct Narrative {
  NarrativePart office_work;  // the office's own direction and inspection (plan III.1)
  NarrativePart causes;       // causes of the shortcomings
  NarrativePart direction;    // direction for the next period
  NarrativePart proposals;    // the office's proposals to the level above
};

// A unit of a higher office's roster (a commune's office, a district's):
// its reports are rolled up by `baocao rollup`, matched by office.code.
struct UnitEntry {
  std::string code, name;
};

struct Office {
  std::string code;  // office.code: how the level above knows this office's reports
  std::string parent, name, abbrev, place;
  std::string name_in_text;  // the name as a sentence writes it ("Phòng Giáo dục và Đào tạo"), if given
  std::string short_name;    // `office.short_name`, if given
  std::string report_number;
  std::optional<Date> report_date, deadline;
  std::vector<std::string> recipients;
  std::string signer_title, signer_name;
  Narrative narrative;
  // How the report's own sentences name the office ("do Phòng viết", "của
  // Sở"): `short_name`, else the first word of the name in text, else of the name.
  std::string called() const;
  const std::vector<RosterEntry>& schools() const { return schools_; }
  std::vector<UnitEntry> units;  // a higher office's roster, instead of schools
  const RosterEntry* find(const std::string& code) const;
  void add_school(RosterEntry e);

 private:
  std::vector<RosterEntry> schools_;  // in the order the report lists them
  std::unordered_map<std::string, std::size_t> index_;  // code -> schools[i]; a province has thousands
};

// The plan the office file's text names at its top level (`plan: pcmt-2025`
// or `plan: ke-hoach.yaml`): a built-in id as it is, a path taken from the
// office file's folder; "" when it names none. Read from the text before the
// office file itself, which needs the plan's vocabularies.
std::string office_plan(const std::string& office_path, std::string_view text);

// Level and area codes are checked against the plan's vocabularies. The
// roster is `schools:`, or with `units` (for a roll-up) `units:`; the other
// list is E606.
std::optional<Office> read_office(const SourceFile& file, const Plan& plan, Diagnostics& diags, bool units = false);

// Reads and checks the office file as load_plan reads a plan file, the one
// convention of baocao's loaders: located problems go to `diags`, with the
// file they point into in `file` (set whenever the file could be read); the
// one unlocated failure, a file that cannot be read, goes to *io_error.
// Nothing is returned when there is an error; the caller says why.
// `units`: a higher office's file, whose roster lists units (rollup).
[[nodiscard]] std::optional<Office> load_office(const std::string& path, const Plan& plan, Diagnostics& diags,
                                                std::optional<SourceFile>& file, std::string* io_error,
                                                bool units = false);

// What a load_office call found, as printed for a person: the unreadable
// file, or the diagnostics and, when it `failed`, a line naming the file.
std::string describe_office_problems(const std::string& path, const std::optional<SourceFile>& file,
                                     const Diagnostics& diags, const std::string& io_error, bool failed,
                                     const PrintStyle& style);

// For compile: a warning (W401) for each narrative part the office has not
// written, which the report shows as a bracketed placeholder.
void check_narrative(const Office& office, Diagnostics& diags);

}  // namespace baocao
