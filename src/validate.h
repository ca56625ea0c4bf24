// `baocao validate`'s pipeline: every file checked on `jobs` threads while
// the roster, when there is one, is read on a thread of its own; the results
// handed back in input order, a batch at a time, so that memory stays
// bounded however many files there are.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "diagnostic_printer.h"
#include "plan.h"
#include "submission.h"

namespace baocao {

struct ValidateRequest {
  const Plan* plan = nullptr;
  std::string office_file;         // "" when there is no roster to check codes against
  std::vector<std::string> files;  // in the order to hand them back
  PrintStyle style;                // for each file's diagnostics
  PrintStyle office_style;         // for the office file's problems
  bool format_text = true;         // format each file's diagnostics, on the worker threads
  unsigned jobs = 1;
};

struct CheckedFile {
  Submission submission;
  std::string text;  // its diagnostics, formatted when the request asks
};

// Calls `each` for every file, in input order. False when the office file
// can't be used: then no file is handed back, and `problems` says why. The
// office file's warnings are in `problems` too.
bool validate_files(const ValidateRequest& request, const std::function<void(const CheckedFile&)>& each,
                    std::string* problems);

}  // namespace baocao
