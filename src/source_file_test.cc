#include "source_file.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("location counts lines from 1 and columns in characters") {
  SourceFile f("a.yaml", "a: 1\nname: Tiếng Việt\n");
  auto l = f.location(0);
  CHECK(l.line == 1);
  CHECK(l.column == 1);
  std::size_t viet = f.text().find("Việt");
  l = f.location(viet);
  CHECK(l.line == 2);
  CHECK(l.column == 13);  // "name: Tiếng " is 12 characters but 14 bytes
}

TEST_CASE("BOM is dropped and CRLF lines are shown without the CR") {
  SourceFile f("a.yaml", "\xEF\xBB\xBF" "a: 1\r\nb: 2\r\n");
  CHECK(f.text().rfind("a: 1", 0) == 0);
  CHECK(f.line_text(1) == "a: 1");
  CHECK(f.line_text(2) == "b: 2");
  CHECK(f.location(f.text().find('b')).line == 2);
}

TEST_CASE("offset past the end lands on the last line") {
  SourceFile f("a.yaml", "a: 1");
  CHECK(f.location(100).line == 1);
  CHECK(f.location(100).column == 5);
  CHECK(f.line_text(7).empty());
}
