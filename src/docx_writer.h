// A Word document (.docx) packaged by baocao itself: the body and styles
// come from templates; this unit adds the parts every document needs (the
// package's content types and relationships, settings, the page-number
// header) and the charts, and zips them.
#pragma once
#include <string>
#include <vector>

namespace baocao {

// A horizontal bar chart, kept as a DrawingML chart part with its values
// cached in it, which Word and LibreOffice both draw.
struct DocxChart {
  std::vector<std::string> labels;  // top to bottom
  std::vector<double> values;
  std::string number_format;        // of the value written beside each bar, e.g. "#,##0"
  std::string color;                // of the bars, RRGGBB
  double max = 0;                   // the value a full-length bar stands for; 0: the largest value
};

// What the template's document refers to, by relationship id:
//   rIdStyles, rIdSettings, rIdHeaderPage (a header with the page number,
//   centred), rIdHeaderFirst (an empty one for a title page), and
//   rIdChart1, rIdChart2, ... for `charts` in order.
struct DocxParts {
  std::string document;  // word/document.xml
  std::string styles;    // word/styles.xml
  std::vector<DocxChart> charts;
  std::string title, author, language;  // document properties; language like "vi-VN"
};

// The .docx file's bytes; on failure "" and `error` says why.
std::string docx_package(const DocxParts& parts, std::string* error);

// A chart part on its own (word/charts/chartN.xml).
std::string docx_chart_xml(const DocxChart& chart, const std::string& language);

// Text for XML character data or an attribute value: markup characters
// escaped, and the characters XML 1.0 forbids (C0 controls but tab and line
// ends, U+FFFE/U+FFFF) dropped, so the document stays well-formed.
std::string xml_escape(const std::string& s);

// Height in EMU (1 cm = 360000) that a chart of `bars` bars is drawn at.
long long docx_chart_height(std::size_t bars);

}  // namespace baocao
