// Shows diagnostics to people (rustc-style text with the source line and a
// caret) and to scripts (the JSON of SPEC §4).
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

// The JSON object of one diagnostic (severity, code, line, column, key, …).
void write_diagnostic_json(JsonWriter& w, const SourceFile* file, const Diagnostic& d);

}  // namespace baocao
