// What the Word report adds to the other formats' template data: its chart
// of activities by form, from the report's figures like the HTML's SVG one.
#pragma once
#include <kainjow/mustache.hpp>

#include <vector>

#include "docx_writer.h"
#include "report.h"

namespace baocao {

// In the order of the template's rIdChart1, rIdChart2, ...
std::vector<DocxChart> report_charts(const Report& report);

// The charts' heights as the template wants them (docx_chart_forms_cy).
void add_chart_sizes(kainjow::mustache::data& data, const std::vector<DocxChart>& charts);

}  // namespace baocao
