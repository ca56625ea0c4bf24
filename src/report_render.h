// Renders a Report: JSON directly (stable key order), Markdown and HTML
// through logic-less mustache templates with format-specific escaping.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diagnostic_printer.h"
#include "report.h"

namespace baocao {

enum class ReportFormat { md, html, json, docx, pdf, xlsx };

std::optional<ReportFormat> format_from_name(const std::string& name);       // "md", "html", "json", "docx", ...
std::optional<ReportFormat> format_from_extension(const std::string& path);  // .md, .html, .json, .docx, .pdf, .xlsx

// The JSON report's layout: 2 added the plan family and period, every figure
// by id (in total and per school) and the schools' texts; 1 had no such key.
constexpr int kReportFormatVersion = 2;

std::string render_json(const Report& report);

// Renders every format asked for, the template data built once and the
// formats rendered side by side on up to `jobs` threads; results in the
// order of `formats`, in the report's language. Markdown, HTML and the
// Word body use the embedded skeletons (templates/report.FORMAT.mustache
// and its parts, templates/shared/) and words (templates/words/), each
// replaced by the file of the same path in `template_dir` when that folder
// has one (a words file merging over the built-in words); the Word body
// has templates/shared/docx-styles.xml for styles. The PDF is the HTML
// printed by a browser, looked for before anything is rendered. On an error
// returns nothing and sets `error`.
std::vector<std::string> render_all(const Report& report, const std::vector<ReportFormat>& formats,
                                    const std::string& template_dir, unsigned jobs, std::string* error);

// Checks a --template folder before anything is read or written: its words
// files (words/vi.yaml, words/en.yaml: a mapping of texts), that every word
// a skeleton or a word says ({{>w-NAME}}) is in Vietnamese, that a word of
// the folder is said somewhere, and that its sections close. Each mistake is
// an E303 at its place; returns them as printed and sets `failed`.
std::string check_templates(const std::string& dir, const PrintStyle& style, bool* failed);

// Escapes text for a Markdown table cell or paragraph: it shows as written.
std::string markdown_escape(const std::string& s);

}  // namespace baocao
