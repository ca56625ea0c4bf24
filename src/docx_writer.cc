#include "docx_writer.h"

#include <fmt/format.h>

#include <algorithm>

#include "zip_writer.h"

namespace baocao {

namespace {

constexpr long long kEmuPerCm = 360000;
// A bar and its gap take 0.6 cm, as in the HTML chart; the plot's own margins 0.8 cm.
constexpr long long kBarHeight = kEmuPerCm * 3 / 5, kChartMargin = kEmuPerCm * 8 / 10;

const char* kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const char* kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string content_types(std::size_t charts) {
  std::string s = kXmlHead;
  s += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
       "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
       "<Override PartName=\"/word/document.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
       "<Override PartName=\"/word/styles.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
       "<Override PartName=\"/word/settings.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
       "<Override PartName=\"/word/header1.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
       "<Override PartName=\"/word/header2.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
       "<Override PartName=\"/docProps/core.xml\" "
       "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
       "<Override PartName=\"/docProps/app.xml\" "
       "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
  for (std::size_t i = 1; i <= charts; ++i)
    s += fmt::format("<Override PartName=\"/word/charts/chart{}.xml\" "
                     "ContentType=\"application/vnd.openxmlformats-officedocument.drawingml.chart+xml\"/>",
                     i);
  return s + "</Types>";
}

std::string package_rels() {
  return std::string(kXmlHead) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
         "core-properties\" Target=\"docProps/core.xml\"/>"
         "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "extended-properties\" Target=\"docProps/app.xml\"/>"
         "</Relationships>";
}

std::string document_rels(std::size_t charts) {
  std::string s = kXmlHead;
  s += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  auto rel = [&](const std::string& id, const char* type, const std::string& target) {
    s += fmt::format("<Relationship Id=\"{}\" Type=\"{}/{}\" Target=\"{}\"/>", id, kRelNs, type, target);
  };
  rel("rIdStyles", "styles", "styles.xml");
  rel("rIdSettings", "settings", "settings.xml");
  rel("rIdHeaderPage", "header", "header1.xml");
  rel("rIdHeaderFirst", "header", "header2.xml");
  for (std::size_t i = 1; i <= charts; ++i) rel(fmt::format("rIdChart{}", i), "chart", fmt::format("charts/chart{}.xml", i));
  return s + "</Relationships>";
}

const char* kWordNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string settings() {
  // No updateFields: Word would ask about updating on every opening, and a
  // header's PAGE field is kept current without it.
  return std::string(kXmlHead) + "<w:settings " + kWordNs +
         "><w:defaultTabStop w:val=\"720\"/>"
         "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat>"
         "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
         "w:val=\"15\"/></w:compat></w:settings>";
}

// The page number, centred at the top: the one field the document has.
std::string page_header() {
  return std::string(kXmlHead) + "<w:hdr " + kWordNs +
         "><w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>"
         "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>"
         "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>";
}

std::string empty_header() {
  return std::string(kXmlHead) + "<w:hdr " + kWordNs + "><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>";
}

std::string core_properties(const DocxParts& p) {
  return std::string(kXmlHead) +
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
         "<dc:title>" + xml_escape(p.title) + "</dc:title><dc:creator>" + xml_escape(p.author) +
         "</dc:creator><dc:language>" + xml_escape(p.language) + "</dc:language></cp:coreProperties>";
}

std::string app_properties() {
  return std::string(kXmlHead) +
         "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
         "<Application>baocao</Application></Properties>";
}

std::string number(double v) {
  std::string s = fmt::format("{:.4f}", v);
  s.erase(s.find_last_not_of('0') + 1);
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace

long long docx_chart_height(std::size_t bars) { return static_cast<long long>(bars) * kBarHeight + kChartMargin; }

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': case '\n': case '\r': out += static_cast<char>(c); break;
      default:
        if (c < 0x20) break;
        // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
          i += 2;
          break;
        }
        out += static_cast<char>(c);
    }
  }
  return out;
}

std::string docx_chart_xml(const DocxChart& chart, const std::string& language) {
  std::size_t n = std::min(chart.labels.size(), chart.values.size());
  double max = chart.max > 0 ? chart.max : 0;
  for (std::size_t i = 0; i < n && chart.max <= 0; ++i) max = std::max(max, chart.values[i]);
  std::string fmt_code = xml_escape(chart.number_format);
  std::string font = "<a:latin typeface=\"Times New Roman\"/><a:cs typeface=\"Times New Roman\"/>";
  std::string s = kXmlHead;
  s += "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
       "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
       "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
       "<c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea>"
       // The bars start at 38% of the width, so the labels fit on one line beside them.
       "<c:layout><c:manualLayout><c:layoutTarget val=\"inner\"/><c:xMode val=\"edge\"/><c:yMode val=\"edge\"/>"
       "<c:x val=\"0.38\"/><c:y val=\"0.02\"/><c:w val=\"0.55\"/><c:h val=\"0.96\"/></c:manualLayout></c:layout>"
       "<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
       "<c:ser><c:idx val=\"0\"/><c:order val=\"0\"/>";
  s += fmt::format("<c:spPr><a:solidFill><a:srgbClr val=\"{}\"/></a:solidFill></c:spPr>", xml_escape(chart.color));
  s += "<c:invertIfNegative val=\"0\"/>";
  s += fmt::format("<c:dLbls><c:numFmt formatCode=\"{}\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln>"
                   "</c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\">{}</a:defRPr></a:pPr>"
                   "<a:endParaRPr lang=\"{}\"/></a:p></c:txPr><c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/>"
                   "<c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>"
                   "<c:showBubbleSize val=\"0\"/></c:dLbls>",
                   fmt_code, font, xml_escape(language));
  // Values and labels are cached in the part itself: nothing to look up
  // elsewhere, so Word and LibreOffice draw it as it is.
  s += fmt::format("<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${}</c:f><c:strCache><c:ptCount val=\"{}\"/>", n + 1, n);
  for (std::size_t i = 0; i < n; ++i) s += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i, xml_escape(chart.labels[i]));
  s += fmt::format("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B${}</c:f><c:numCache>"
                   "<c:formatCode>{}</c:formatCode><c:ptCount val=\"{}\"/>",
                   n + 1, fmt_code, n);
  for (std::size_t i = 0; i < n; ++i) s += fmt::format("<c:pt idx=\"{}\"><c:v>{}</c:v></c:pt>", i, number(chart.values[i]));
  s += "</c:numCache></c:numRef></c:val></c:ser><c:gapWidth val=\"40\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>";
  // The first label at the top, as read; the value axis is hidden, each bar carries its value.
  s += "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling><c:delete val=\"0\"/>"
       "<c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>"
       "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:spPr><a:ln w=\"6350\"><a:solidFill>"
       "<a:srgbClr val=\"808080\"/></a:solidFill></a:ln></c:spPr><c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/>"
       "<c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:tickLblSkip val=\"1\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>";
  // Room to the right of the longest bar for its value.
  s += fmt::format("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"{}\"/>"
                   "<c:min val=\"0\"/></c:scaling><c:delete val=\"1\"/><c:axPos val=\"b\"/>"
                   "<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>"
                   "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1\"/>"
                   "<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>",
                   number(max > 0 ? max * 1.15 : 1));
  s += "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea><c:plotVisOnly val=\"1\"/>"
       "<c:dispBlanksAs val=\"gap\"/></c:chart><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>";
  s += fmt::format("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1000\">{}</a:defRPr></a:pPr>"
                   "<a:endParaRPr lang=\"{}\"/></a:p></c:txPr></c:chartSpace>",
                   font, xml_escape(language));
  return s;
}

std::string docx_package(const DocxParts& p, std::string* error) {
  std::vector<ZipEntry> entries = {
      {"[Content_Types].xml", content_types(p.charts.size())},
      {"_rels/.rels", package_rels()},
      {"docProps/core.xml", core_properties(p)},
      {"docProps/app.xml", app_properties()},
      {"word/document.xml", p.document},
      {"word/_rels/document.xml.rels", document_rels(p.charts.size())},
      {"word/styles.xml", p.styles},
      {"word/settings.xml", settings()},
      {"word/header1.xml", page_header()},
      {"word/header2.xml", empty_header()},
  };
  for (std::size_t i = 0; i < p.charts.size(); ++i)
    entries.push_back({fmt::format("word/charts/chart{}.xml", i + 1), docx_chart_xml(p.charts[i], p.language)});
  return zip_archive(entries, error);
}

}  // namespace baocao
