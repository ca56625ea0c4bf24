// The report as template data: one builder per part of the report (see
// report_sections.h), put together here. templates/VARIABLES.md lists every
// variable; the Markdown, HTML and Word templates all read this one object.
#pragma once
#include <kainjow/mustache.hpp>

#include "report.h"
#include "report_words.h"

namespace baocao {

// Appendix 1's rows are built on up to `jobs` threads; `words` are the
// report's language's (report_words), for the few words the data carries.
kainjow::mustache::data build_report_data(const Report& report, const WordMap& words, unsigned jobs);

}  // namespace baocao
