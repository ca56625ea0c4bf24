#include "diagnostic_printer.h"

#include <fmt/format.h>

#include "utf8.h"

namespace baocao {

namespace {

struct Paint {
  bool on;
  std::string operator()(const char* code, std::string_view s) const {
    if (!on) return std::string(s);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
  }
};

// A control character from the file shown as its visible symbol (U+2400 +
// code), one column wide, so a hostile file can't drive the terminal.
std::string visible(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (char c : line) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7F) {
      unsigned cp = u == 0x7F ? 0x2421 : 0x2400 + u;
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += c;
    }
  }
  return out;
}

// A source line longer than this many characters is shown as a window
// around the caret, so one over-long line can't flood the terminal.
constexpr std::size_t kShownChars = 300;
constexpr std::size_t kShownBefore = 100;  // characters kept before the caret

// The byte offset of the `n`th character (0-based) of `line`.
std::size_t char_offset(std::string_view line, std::size_t n) {
  for (std::size_t i = 0; i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80 && n-- == 0) return i;
  return line.size();
}

Location where(const SourceFile* file, const Diagnostic& d) {
  if (!file) return {1, 1};
  return file->location(d.offset == kNoOffset ? 0 : d.offset);
}

}  // namespace

std::string format_diagnostic_at(const std::string& path, Location loc, std::string_view line, std::size_t width,
                                 const Diagnostic& d, const PrintStyle& style) {
  Paint paint{style.color};
  bool error = d.severity == Severity::error;
  std::string sev = error ? say(style.lang, "lỗi", "error") : say(style.lang, "cảnh báo", "warning");
  std::string out = fmt::format("{}:{}:{}: {}: {}\n", path, loc.line, loc.column,
                                paint(error ? "1;31" : "1;33", fmt::format("{}[{}]", sev, d.code)),
                                paint("1", d.message));
  if (!line.empty()) {
    std::string shown_prefix, shown_suffix;
    if (char_count(line) > kShownChars) {
      std::size_t first = loc.column > kShownBefore ? loc.column - 1 - kShownBefore : 0;
      std::size_t from = char_offset(line, first), to = char_offset(line, first + kShownChars);
      if (from > 0) shown_prefix = "…";
      if (to < line.size()) shown_suffix = "…";
      line = line.substr(from, to - from);
      loc.column -= first;
      loc.column += !shown_prefix.empty();
      width = std::min(width, kShownChars - kShownBefore);
    }
    std::string num = std::to_string(loc.line);
    std::string pad(num.size(), ' ');
    // The caret line repeats the tabs of the source line so it stays aligned.
    std::string lead;
    std::size_t col = 1;
    for (std::size_t i = 0; i < line.size() && col < loc.column; ++i) {
      if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
      lead += line[i] == '\t' ? '\t' : ' ';
      ++col;
    }
    out += fmt::format("{} {}\n", pad, paint("1;34", "|"));
    out += fmt::format("{} {} {}{}{}\n", paint("1;34", num), paint("1;34", "|"), shown_prefix, visible(line),
                       shown_suffix);
    out += fmt::format("{} {} {}{}\n", pad, paint("1;34", "|"), lead,
                       paint(error ? "1;31" : "1;33", std::string(std::max<std::size_t>(1, width), '^')));
  }
  if (!d.hint.empty()) out += fmt::format("  = {}: {}\n", paint("1", say(style.lang, "gợi ý", "hint")), d.hint);
  return out;
}

std::string format_diagnostic(const std::string& path, const SourceFile* file, const Diagnostic& d,
                              const PrintStyle& style) {
  Location loc = where(file, d);
  if (!file) return format_diagnostic_at(path, loc, {}, 0, d, style);
  std::size_t start = d.offset == kNoOffset ? 0 : d.offset;
  std::string_view span = std::string_view(file->text()).substr(std::min(start, file->text().size()), d.length);
  std::size_t nl = span.find_first_of("\r\n");
  if (nl != std::string_view::npos) span = span.substr(0, nl);
  return format_diagnostic_at(path, loc, file->line_text(loc.line), char_count(span), d, style);
}

std::string format_diagnostics(const std::string& path, const SourceFile* file, const Diagnostics& diags,
                               const PrintStyle& style, bool errors_only) {
  std::string out;
  for (const Diagnostic& d : diags.items())
    if (!errors_only || d.severity == Severity::error) out += format_diagnostic(path, file, d, style);
  return out;
}

void write_diagnostic_json(JsonWriter& w, const SourceFile* file, const Diagnostic& d) {
  Location loc = where(file, d);
  w.begin_object();
  w.key("severity").value(d.severity == Severity::error ? "error" : "warning");
  w.key("code").value(d.code);
  w.key("line").value(loc.line);
  w.key("column").value(loc.column);
  w.key("key");
  if (d.key.empty()) w.null(); else w.value(d.key);
  w.key("message").value(d.message);
  w.key("hint");
  if (d.hint.empty()) w.null(); else w.value(d.hint);
  w.key("requirement");
  if (d.requirement.empty()) w.null(); else w.value(d.requirement);
  w.end_object();
}

}  // namespace baocao
