// The office file (baocao.yaml): who issues the report, and the roster of
// schools that are expected to submit.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "diagnostic.h"
#include "plan.h"
#include "scalar.h"
#include "source_file.h"

namespace baocao {

struct RosterEntry {
  std::string code, name, level, commune;
  std::vector<std::string> areas;
};

struct Office {
  std::string parent, name, abbrev, place;
  std::string report_number;
  std::optional<Date> report_date, deadline;
  std::vector<std::string> recipients;
  std::string signer_title, signer_name;
  const std::vector<RosterEntry>& schools() const { return schools_; }
  const RosterEntry* find(const std::string& code) const;
  void add_school(RosterEntry e);

 private:
  std::vector<RosterEntry> schools_;  // in the order the report lists them
  std::unordered_map<std::string, std::size_t> index_;  // code -> schools[i]; a province has thousands
};

// Level and area codes are checked against the plan's vocabularies.
std::optional<Office> read_office(const SourceFile& file, const Plan& plan, Diagnostics& diags);

}  // namespace baocao
