// A roll-up in the documents compile writes (md, html, docx, pdf, xlsx):
// the units' schools become the report's roster, each valid school's values
// go back into the plan's flat row, and its timeliness and requirement
// results stay as its unit reported them. So the higher office's report has
// the same parts, sentences, appendices and workbook as a compiled one, plus
// a table of its units.
#pragma once
#include <memory>
#include <vector>

#include "report.h"
#include "rollup.h"

namespace baocao {

struct RollupDocument {
  Office office;                   // the higher office; its roster the units' schools
  std::vector<FileSummary> files;  // a school's report as its unit sent it
  Report report;                   // points into office and files: the document is not moved
};

// `r` is a roll-up without problems, of `plan`, made for `higher`.
std::unique_ptr<RollupDocument> rollup_document(const Plan& plan, const Office& higher, const Rollup& r, Lang lang);

// A school's values (a JSON report's, by figure_defs index) as the plan's
// flat row of cells (Figures::of's layout); figures the plan lacks are left out.
std::vector<long long> plan_row(const Plan& plan, const std::vector<ReportFigureDef>& defs,
                                const std::vector<ReportFigure>& values);

}  // namespace baocao
