// The Excel workbook (libxlsxwriter): the figures for people who keep them
// in Excel, headed in the documents' words (templates/words). Sheets:
// schools (one row per roster school), totals, requirements, breakdowns, by
// level and commune, and with --previous the comparison. Numbers are stored
// as numbers, dates as dates, every text as a string (never a formula).
#pragma once
#include <string>

#include "report.h"
#include "report_words.h"

namespace baocao {

// The .xlsx file's bytes, its headings in `words` (the report's language's,
// as the documents say them); on failure "" and `error` says why.
std::string render_xlsx(const Report& report, const WordMap& words, std::string* error);

}  // namespace baocao
