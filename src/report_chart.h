// Horizontal bar charts for the report, as numbers a template draws in
// SVG: the geometry is one struct, handed to the template whole, so no
// number is split between C++ and the template.
#pragma once
#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

namespace baocao {

// In SVG user units (px at 96 dpi): 640 wide fits the text width of an A4
// portrait page (165 mm) with the default 13 pt text beside it.
struct ChartGeometry {
  int width = 640;        // of the whole chart
  int label_right = 224;  // labels are right-aligned to here
  int bar_left = 230;     // bars start here: the labels' edge plus a gap
  int bar_span = 380;     // the longest bar; leaves room for its value
  int row = 22;           // one bar per row
  int bar_height = 16;
  int top = 4;            // above the first bar, and below the last
  int baseline = 14;      // a label's baseline, below its bar's top
  int value_gap = 6;      // between a bar's end and its value
};

struct Bar {
  std::string label, value;  // value: the figure printed after the bar
  double amount = 0;         // the bar's length relative to the others
};

// {width, height, label_x, bar_x, bar_height, bars: [{label, value, y,
// text_y, width, value_x}]}; the longest bar is `scale` (the largest amount
// when 0).
kainjow::mustache::data bar_chart(const std::vector<Bar>& bars, const ChartGeometry& g = {}, double scale = 0);

}  // namespace baocao
