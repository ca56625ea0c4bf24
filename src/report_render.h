// Renders a Report: JSON directly (stable key order), Markdown and HTML
// through logic-less mustache templates with format-specific escaping.
#pragma once
#include <optional>
#include <string>

#include "report.h"

namespace baocao {

enum class ReportFormat { md, html, json };

std::optional<ReportFormat> format_from_name(const std::string& name);       // "md", "html", "json"
std::optional<ReportFormat> format_from_extension(const std::string& path);  // .md, .html, .json

std::string render_json(const Report& report);

// The embedded template for the format, or the one in `template_dir` when
// that folder has it (report.md.mustache, report.html.mustache).
// Returns "" and sets `error` when a template can't be read or parsed.
std::string render_document(const Report& report, ReportFormat format, const std::string& template_dir,
                            std::string* error);

// Escapes text for a Markdown table cell or paragraph: it shows as written.
std::string markdown_escape(const std::string& s);

}  // namespace baocao
