// `baocao compile`'s pipeline: the office file and the schools' files in,
// each file checked and reduced to its summary, two files claiming one
// school both marked (E207), then the report over the roster.
#pragma once
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic_printer.h"
#include "office.h"
#include "plan.h"
#include "report.h"

namespace baocao {

// Reads the office file. Its problems come back formatted in `problems`
// rather than printed, as compile reads it on a thread of its own; for a
// report, so do the warnings about narrative parts left out (W401).
std::optional<Office> load_office(const std::string& path, const Plan& plan, const PrintStyle& style,
                                  std::string* problems, bool for_report = false, bool units = false);

// Files checked before the roster is ready wait for its last step, up to
// this much text, so that memory stays bounded whatever the files' size. A
// file waiting costs about 7.5 times its text (its tree and record: 27 KB
// for a 3.6 KB school file), so this is about 120 MB.
constexpr std::size_t kHeldBytes = 16u << 20;

struct CompileRequest {
  const Plan* plan = nullptr;
  std::string office_file;
  std::vector<std::string> files;  // in the order to report them
  PrintStyle style;                // for the diagnostics it formats
  unsigned jobs = 1;
};

struct Compilation {
  Compilation() = default;
  Compilation(const Compilation&) = delete;  // the report points into it
  Compilation& operator=(const Compilation&) = delete;

  std::shared_future<std::optional<Office>> roster;
  std::vector<FileSummary> files;          // one per input file, in input order
  std::vector<std::string> diagnostics;    // each file's errors, formatted
  std::string office_diagnostics;         // the office file's warnings, formatted
  Report report;

  const Office& office() const { return *roster.get(); }
};

// Null when the office file has problems (then in `problems`, formatted).
std::unique_ptr<Compilation> compile(const CompileRequest& request, std::string* problems);

}  // namespace baocao
