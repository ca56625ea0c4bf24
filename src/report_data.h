// The report as template data: one builder per part of the report (see
// report_sections.h), put together here. templates/VARIABLES.md lists every
// variable; the Markdown, HTML and Word templates all read this one object.
#pragma once
#include <kainjow/mustache.hpp>

#include "report.h"

namespace baocao {

// Appendix 1's rows are built on up to `jobs` threads.
kainjow::mustache::data build_report_data(const Report& report, unsigned jobs);

}  // namespace baocao
