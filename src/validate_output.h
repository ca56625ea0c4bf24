// What `validate` says of each file and of the whole run, as text and as
// JSON: the command and the school's page (form_page) print it alike, so a
// teacher's page and the office's command never word a file differently.
#pragma once
#include <cstddef>
#include <string>

#include "diagnostic_printer.h"
#include "json_writer.h"
#include "submission.h"

namespace baocao {

// A file's diagnostics as the text report prints them.
std::string describe_text(const Submission& s, const PrintStyle& style);

// A file's object in the JSON report: path, school, valid, diagnostics.
std::string describe_json(const Submission& s, Lang lang);

struct ValidateCounts {
  std::size_t files = 0, valid = 0, errors = 0, warnings = 0;
  void add(bool file_valid, std::size_t file_errors, std::size_t file_warnings);
  // validate's exit code: 1 for errors, or warnings under --strict.
  int exit_code(bool strict) const;
};

// "Đã kiểm tra 3 tệp: …", the text report's last line.
std::string summary_line(Lang lang, const ValidateCounts& c);

// The JSON report's "summary" object, written after its key.
void write_summary_json(JsonWriter& w, const ValidateCounts& c);

}  // namespace baocao
