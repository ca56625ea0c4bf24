// Shows diagnostics to people (rustc-style text with the source line and a
// caret) and to scripts (the JSON of docs/contract.md §4).
#pragma once
#include <string>
#include <vector>

#include "diagnostic.h"
#include "json_writer.h"
#include "source_file.h"

namespace baocao {

struct PrintStyle {
  Lang lang = Lang::vi;
  bool color = false;
};

// One diagnostic: "path:line:col: lỗi[E201]: message", the source line, a
// caret under the span, and the hint. `file` may be null (unreadable file).
std::string format_diagnostic(const std::string& path, const SourceFile* file, const Diagnostic& d,
                              const PrintStyle& style);

// The same, for a diagnostic whose file is no longer in memory: its place,
// the text of its line and how many characters to underline.
std::string format_diagnostic_at(const std::string& path, Location loc, std::string_view line, std::size_t width,
                                 const Diagnostic& d, const PrintStyle& style);

// Every diagnostic of one file, in order (only the errors when `errors_only`).
std::string format_diagnostics(const std::string& path, const SourceFile* file, const Diagnostics& diags,
                               const PrintStyle& style, bool errors_only = false);

// The JSON object of one diagnostic (severity, code, line, column, key, …).
void write_diagnostic_json(JsonWriter& w, const SourceFile* file, const Diagnostic& d);

}  // namespace baocao
