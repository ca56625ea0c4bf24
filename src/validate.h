// `baocao validate`'s pipeline: every file checked on `jobs` threads while
// the roster, when there is one, is read on a thread of its own; each file
// described (its diagnostics as the command prints them) and freed on the
// thread that checked it, the descriptions handed back in input order, a
// batch at a time, so that memory stays bounded however many files there are.
#pragma once
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "diagnostic_printer.h"
#include "json_writer.h"
#include "lang.h"
#include "plan.h"
#include "submission.h"

namespace baocao {

struct ValidateRequest {
  const Plan* plan = nullptr;
  std::string office_file;         // "" when there is no roster to check codes against
  std::vector<std::string> files;  // in the order to hand them back
  Lang lang = Lang::vi;            // of each file's diagnostics
  PrintStyle office_style;         // for the office file's problems
  // What is handed back of a checked file, made on the worker thread that
  // checked it, while the file is still in its cache; the file is freed there
  // right after.
  std::function<std::string(const Submission&)> describe;
  unsigned jobs = 1;
  // Files named on the command line: a plan file among them is checked as a
  // plan; one found in a folder is passed over.
  std::unordered_set<std::string> named;
};

struct CheckedFile {
  bool skipped = false;  // a plan file found in a folder: not a school's, not counted
  bool valid = false;
  std::size_t errors = 0, warnings = 0;
  std::string text;  // `describe`'s
};

// Calls `each` for every file, in input order. False when the office file
// can't be used: then no file is handed back, and `problems` says why. The
// office file's warnings are in `problems` too.
[[nodiscard]] bool validate_files(const ValidateRequest& request,
                                  const std::function<void(const CheckedFile&)>& each, std::string* problems);

}  // namespace baocao
