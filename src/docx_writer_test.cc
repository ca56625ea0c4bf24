#include "docx_writer.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("docx: text is escaped and stays well-formed XML") {
  CHECK(xml_escape("<w:t>a & \"b\" 'c'</w:t>") == "&lt;w:t&gt;a &amp; &quot;b&quot; &apos;c&apos;&lt;/w:t&gt;");
  CHECK(xml_escape("a\x01" "b\x1f" "c\td\ne") == "abc\td\ne");     // controls XML forbids are dropped
  CHECK(xml_escape("x\xEF\xBF\xBEy\xEF\xBF\xBD") == "xy\xEF\xBF\xBD");  // U+FFFE dropped, U+FFFD kept
  CHECK(xml_escape("Trường Hợp") == "Trường Hợp");
}

TEST_CASE("docx: a chart caches its labels and values, escaped") {
  DocxChart c{{"Chào cờ", "<b>"}, {40, 7.5}, "#,##0", "4A6FA5", 0};
  std::string x = docx_chart_xml(c, "vi-VN");
  CHECK(x.find("<c:pt idx=\"0\"><c:v>Chào cờ</c:v></c:pt>") != std::string::npos);
  CHECK(x.find("<c:pt idx=\"1\"><c:v>&lt;b&gt;</c:v></c:pt>") != std::string::npos);
  CHECK(x.find("<c:pt idx=\"1\"><c:v>7.5</c:v></c:pt>") != std::string::npos);
  CHECK(x.find("<c:ptCount val=\"2\"/>") != std::string::npos);
  CHECK(x.find("<c:max val=\"46\"/>") != std::string::npos);  // room beside the longest bar for its value
  CHECK(docx_chart_height(10) > docx_chart_height(2));
}

TEST_CASE("docx: the package has the parts the document refers to") {
  DocxParts p{"<w:document/>", "<w:styles/>", {DocxChart{{"a"}, {1}, "0", "000000", 0}}, "T", "A", "vi-VN"};
  std::string error;
  std::string bytes = docx_package(p, &error);
  CHECK(error.empty());
  CHECK(bytes.compare(0, 2, "PK") == 0);
  for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                           "word/styles.xml", "word/header1.xml", "word/header2.xml", "word/charts/chart1.xml"})
    CHECK_MESSAGE(bytes.find(name) != std::string::npos, name);
  CHECK(bytes.find("word/charts/chart2.xml") == std::string::npos);
}
