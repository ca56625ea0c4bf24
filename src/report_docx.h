// What the Word report adds to the other formats' template data: the charts
// of the plan's sentences, from the report's figures like the HTML's SVG ones.
#pragma once
#include <vector>

#include "docx_writer.h"
#include "report.h"

namespace baocao {

// In the order of the template's rIdChart1, rIdChart2, ...
std::vector<DocxChart> report_charts(const Report& report);

// The breakdown figures the plan's task sentences chart, in report order
// (report_tasks.cc).
std::vector<const FigureDef*> report_charts_of(const Plan& plan);

}  // namespace baocao
