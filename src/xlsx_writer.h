// The Excel workbook (libxlsxwriter): the figures for people who keep them
// in Excel. Sheets: schools (one row per roster school), totals,
// requirements, activities by form, partner and topic. Numbers are stored
// as numbers, dates as dates, every text as a string (never a formula).
#pragma once
#include <string>

#include "report.h"

namespace baocao {

// The .xlsx file's bytes; on failure "" and `error` says why.
std::string render_xlsx(const Report& report, std::string* error);

}  // namespace baocao
