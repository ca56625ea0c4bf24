// A crosswalk of units (communes) from before a reorganisation to after it
// (`--units CROSSWALK.yaml`), so that a breakdown can show both "as then"
// and "as now". Each old unit goes to exactly one new unit; an old unit
// named twice, or a new one listed twice, is E620 at its place.
#pragma once
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "diagnostic.h"
#include "diagnostic_printer.h"
#include "scalar.h"
#include "source_file.h"

namespace baocao {

struct CrosswalkUnit {
  std::string now;
  std::vector<std::string> then;
};

struct Crosswalk {
  std::string title;
  std::optional<Date> effective;
  std::vector<CrosswalkUnit> units;  // in the order the file lists them

  // The unit `name` is now: the new unit of an old one, a new unit itself,
  // or nothing when the name is in neither list.
  const std::string* now_of(const std::string& name) const;

  void index();  // after units change

 private:
  std::unordered_map<std::string, std::size_t> then_, now_;
};

std::optional<Crosswalk> read_crosswalk(const SourceFile& file, Diagnostics& diags);

// The file read and checked; its problems formatted into `problems`.
std::optional<Crosswalk> load_crosswalk(const std::string& path, const PrintStyle& style, std::string* problems);

}  // namespace baocao
