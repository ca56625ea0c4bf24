#include "diagnostic_printer.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("text diagnostic: location, code, source line, caret under the span, hint") {
  SourceFile f("a.yaml", "staff:\n  total: 45\n  informed: 50\n");
  Diagnostic d;
  d.code = "E201";
  d.offset = f.text().find("50");
  d.length = 2;
  d.message = "staff.informed = 50 lớn hơn staff.total = 45";
  d.hint = "kiểm tra lại";
  std::string out = format_diagnostic("a.yaml", &f, d, {Lang::vi, false});
  CHECK(out ==
        "a.yaml:3:13: lỗi[E201]: staff.informed = 50 lớn hơn staff.total = 45\n"
        "  |\n"
        "3 |   informed: 50\n"
        "  |             ^^\n"
        "  = gợi ý: kiểm tra lại\n");
}

TEST_CASE("caret columns count characters and keep tabs") {
  SourceFile f("b.yaml", "name:\tTiếng Việt x\n");
  Diagnostic d;
  d.severity = Severity::warning;
  d.code = "W001";
  d.offset = f.text().find('x');
  d.length = 1;
  d.message = "m";
  std::string out = format_diagnostic("b.yaml", &f, d, {Lang::en, false});
  CHECK(out.rfind("b.yaml:1:18: warning[W001]: m\n", 0) == 0);
  CHECK(out.find("  |      \t           ^\n") != std::string::npos);
}

TEST_CASE("a diagnostic whose file is gone is shown from its saved line") {
  Diagnostic d;
  d.code = "E207";
  d.message = "m";
  std::string out = format_diagnostic_at("e.yaml", {3, 9}, "  code: MN-CK", 5, d, {Lang::vi, false});
  CHECK(out == "e.yaml:3:9: lỗi[E207]: m\n  |\n3 |   code: MN-CK\n  |         ^^^^^\n");
}

TEST_CASE("colour only when asked") {
  SourceFile f("c.yaml", "a: 1\n");
  Diagnostic d;
  d.code = "E101";
  d.offset = 0;
  d.length = 1;
  d.message = "m";
  CHECK(format_diagnostic("c.yaml", &f, d, {Lang::vi, true}).find("\x1b[") != std::string::npos);
  CHECK(format_diagnostic("c.yaml", &f, d, {Lang::vi, false}).find("\x1b[") == std::string::npos);
}

TEST_CASE("json diagnostic") {
  SourceFile f("c.yaml", "a: 1\nb: x\n");
  Diagnostic d;
  d.code = "E103";
  d.offset = f.text().find('x');
  d.length = 1;
  d.key = "b";
  d.message = "m";
  JsonWriter w;
  write_diagnostic_json(w, &f, d);
  CHECK(w.str() ==
        "{\"severity\":\"error\",\"code\":\"E103\",\"line\":2,\"column\":4,\"key\":\"b\",\"message\":\"m\","
        "\"hint\":null,\"requirement\":null}\n");
}

TEST_CASE("control characters in the source line are shown, not sent to the terminal") {
  SourceFile f("d.yaml", std::string("name: a\x1b[2Jb\n", 13));
  Diagnostic d;
  d.code = "E001";
  d.offset = 7;
  d.length = 1;
  d.message = "m";
  std::string out = format_diagnostic("d.yaml", &f, d, {Lang::en, false});
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find("name: a\xE2\x90\x9B[2Jb") != std::string::npos);
  CHECK(out.find("  |        ^\n") != std::string::npos);
}

TEST_CASE("an over-long source line is shown as a window around the caret") {
  std::string text = "title: " + std::string(500, 'a') + "X" + std::string(500, 'b') + "\n";
  SourceFile f("g.yaml", text);
  Diagnostic d;
  d.code = "E010";
  d.offset = text.find('X');
  d.length = 1;
  d.message = "m";
  std::string out = format_diagnostic("g.yaml", &f, d, {Lang::en, false});
  CHECK(out.rfind("g.yaml:1:508: error[E010]: m\n", 0) == 0);
  CHECK(out.size() < 800);
  std::string shown = "1 | …" + std::string(100, 'a') + "X" + std::string(199, 'b') + "…\n";
  CHECK(out.find(shown) != std::string::npos);
  CHECK(out.find("  | " + std::string(101, ' ') + "^\n") != std::string::npos);
}
