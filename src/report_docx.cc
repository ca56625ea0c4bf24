#include "report_docx.h"

namespace baocao {

std::vector<DocxChart> report_charts(const Report& r) {
  std::vector<DocxChart> charts;
  for (const FigureDef* f : report_charts_of(*r.plan)) {
    DocxChart chart{{}, {}, "#,##0", "4A6FA5", 0};
    const auto& terms = f->vocabulary->terms();
    for (std::size_t i = 0; i < terms.size(); ++i) {
      chart.labels.push_back(r.lang == Lang::en && !terms[i].en.empty() ? terms[i].en : terms[i].vi);
      std::size_t at = f->offset + i;
      chart.values.push_back(static_cast<double>(at < r.totals.size() ? r.totals[at] : 0));
    }
    charts.push_back(std::move(chart));
  }
  return charts;
}

}  // namespace baocao
