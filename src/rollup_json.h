// A report held as ReportJson written back as baocao's JSON report
// (format_version 2, docs/report-schema.json): what `baocao rollup` writes,
// and what read_report_json reads again, key for key.
#pragma once
#include <string>

#include "compare.h"
#include "report_json_reader.h"
#include "rollup_breakdown.h"

namespace baocao {

// `breakdowns`, when given, are written under "breakdown"; `comparison`
// under "comparison".
std::string write_report_json(const ReportJson& r, const std::vector<Breakdown>& breakdowns = {},
                              const Comparison* comparison = nullptr);

}  // namespace baocao
