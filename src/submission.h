// One school's submitted file taken through the whole check: bytes, strict
// YAML, typed record, form errors, then (when error-free) the plan's
// requirements as warnings.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "file_reader.h"
#include "office.h"
#include "plan.h"
#include "requirement.h"
#include "school_record.h"
#include "source_file.h"

namespace baocao {

struct Submission {
  explicit Submission(Lang lang) : diags(lang) {}

  std::string path;                         // as the user named it
  std::optional<SourceFile> source;         // empty when the file could not be read
  Diagnostics diags;
  std::optional<SchoolRecord> record;       // empty when the text is not YAML
  std::vector<RequirementResult> results;   // only for error-free files
  const FormField* code_field = nullptr;    // the plan form's school.code, with the record
  std::vector<long long> figures;           // the plan's figures for the school, once it has no error

  bool valid() const { return record.has_value() && !diags.has_errors(); }
  // The school the file names, when it names one ("" otherwise).
  std::string school_code() const;
};

// The check in two steps, so that files can be read while the roster still
// loads. The first needs only the plan: bytes, strict YAML, the typed record
// and its form errors.
Submission read_submission(const std::string& path, std::optional<std::string> bytes, const std::string& read_error,
                           const Plan& plan, Lang lang);

// The second: a school code not on the roster (E206), then, when the file
// has no error, the plan's requirements. `office` may be null (no roster):
// codes are then not checked and roster conditions not evaluated.
void finish_submission(Submission& s, const Plan& plan, const Office* office);

// Both steps.
Submission check_submission(const std::string& path, std::optional<std::string> bytes, const std::string& read_error,
                            const Plan& plan, const Office* office, Lang lang);

}  // namespace baocao
