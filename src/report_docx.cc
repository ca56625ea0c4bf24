#include "report_docx.h"

namespace baocao {

std::vector<DocxChart> report_charts(const Report& r) {
  DocxChart forms{{}, {}, "#,##0", "4A6FA5", 0};
  for (const Term& t : r.plan->vocabulary("form").terms()) {
    auto it = r.by_form.find(t.code);
    forms.labels.push_back(r.lang == Lang::en && !t.en.empty() ? t.en : t.vi);
    forms.values.push_back(static_cast<double>(it == r.by_form.end() ? 0 : it->second));
  }
  return {forms};
}

void add_chart_sizes(kainjow::mustache::data& d, const std::vector<DocxChart>& charts) {
  d.set("docx_chart_forms_cy", std::to_string(docx_chart_height(charts[0].labels.size())));
}

}  // namespace baocao
