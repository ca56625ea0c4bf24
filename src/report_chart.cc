#include "report_chart.h"

#include <fmt/format.h>

#include <algorithm>

namespace baocao {

namespace mu = kainjow::mustache;

mu::data bar_chart(const std::vector<Bar>& bars, const ChartGeometry& g, double scale) {
  if (scale <= 0)
    for (const Bar& b : bars) scale = std::max(scale, b.amount);
  mu::data chart;
  chart.set("width", std::to_string(g.width));
  chart.set("height", std::to_string(static_cast<int>(bars.size()) * g.row + 2 * g.top));
  chart.set("label_x", std::to_string(g.label_right));
  chart.set("bar_x", std::to_string(g.bar_left));
  chart.set("bar_height", std::to_string(g.bar_height));
  mu::data list{mu::data::type::list};
  for (std::size_t i = 0; i < bars.size(); ++i) {
    double w = scale > 0 ? bars[i].amount / scale * g.bar_span : 0;
    int y = static_cast<int>(i) * g.row + g.top;
    mu::data b;
    b.set("label", bars[i].label);
    b.set("value", bars[i].value);
    b.set("y", std::to_string(y));
    b.set("text_y", std::to_string(y + g.baseline));
    b.set("width", fmt::format("{:.1f}", w));
    b.set("value_x", fmt::format("{:.1f}", g.bar_left + w + g.value_gap));
    list.push_back(b);
  }
  chart.set("bars", list);
  return chart;
}

}  // namespace baocao
