#include "validate_output.h"

#include "utf8.h"

namespace baocao {

std::string describe_text(const Submission& s, const PrintStyle& style) {
  return format_diagnostics(s.path, s.source ? &*s.source : nullptr, s.diags, style);
}

std::string describe_json(const Submission& s, Lang lang) {
  JsonWriter w;
  w.begin_object().key("path").value(s.path);
  if (find_invalid_utf8(s.path) != std::string::npos)
    w.key("path_note").value(say(lang, "tên tệp có byte không phải UTF-8, ở đây thay bằng �",
                                 "the file name has bytes that are not UTF-8, shown here as �"));
  w.key("school");
  if (s.school_code().empty()) w.null(); else w.value(s.school_code());
  w.key("valid").value(s.valid()).key("diagnostics").begin_array();
  for (const Diagnostic& d : s.diags.items()) write_diagnostic_json(w, s.source ? &*s.source : nullptr, d);
  w.end_array().end_object();
  return w.str();
}

void ValidateCounts::add(bool file_valid, std::size_t file_errors, std::size_t file_warnings) {
  ++files;
  valid += file_valid;
  errors += file_errors;
  warnings += file_warnings;
}

int ValidateCounts::exit_code(bool strict) const { return errors > 0 || (strict && warnings > 0) ? 1 : 0; }

std::string summary_line(Lang lang, const ValidateCounts& c) {
  return say(lang, "Đã kiểm tra {} tệp: {} hợp lệ, {} có lỗi; {} lỗi, {} cảnh báo.\n",
             "Checked {} files: {} valid, {} with errors; {} errors, {} warnings.\n", c.files, c.valid,
             c.files - c.valid, c.errors, c.warnings);
}

void write_summary_json(JsonWriter& w, const ValidateCounts& c) {
  w.begin_object().key("files").value(c.files).key("valid").value(c.valid).key("errors").value(c.errors);
  w.key("warnings").value(c.warnings).end_object();
}

}  // namespace baocao
