#include "yaml_tree.h"

#include <doctest/doctest.h>

using namespace baocao;

namespace {

struct Parsed {
  SourceFile file;
  Diagnostics diags{Lang::en};
  std::optional<YamlDocument> doc;
  explicit Parsed(std::string text) : file("a.yaml", std::move(text)) { doc = parse_yaml(file, diags); }
  std::string codes() const {
    std::string out;
    for (const Diagnostic& d : diags.items()) {
      Location l = file.location(d.offset);
      out += std::to_string(l.line) + ":" + std::to_string(l.column) + " " + d.code + ";";
    }
    return out;
  }
};

}  // namespace

TEST_CASE("a school file becomes a located tree") {
  Parsed p("plan: pcmd-2024\nstaff:\n  total: 45\nlessons:\n  - topics: [mai_dam, ma_tuy]\n");
  REQUIRE(p.doc);
  CHECK(p.diags.items().empty());
  const Node& root = p.doc->root;
  REQUIRE(root.is_mapping());
  const MapEntry* staff = root.find("staff");
  REQUIRE(staff);
  const MapEntry* total = staff->value.find("total");
  REQUIRE(total);
  CHECK(total->value.text == "45");
  CHECK(p.file.location(total->value.offset).line == 3);
  CHECK(p.file.location(total->value.offset).column == 10);
  const Node& topics = root.find("lessons")->value.items[0].find("topics")->value;
  CHECK(topics.flow);
  REQUIRE(topics.items.size() == 2);
  CHECK(topics.items[1].text == "ma_tuy");
}

TEST_CASE("what yaml-cpp lets through is reported") {
  CHECK(Parsed("a: 1\na: 2\n").codes() == "2:1 E005;");
  CHECK(Parsed("a: 1\n---\nb: 2\n").codes() == "2:1 E003;");
  CHECK(Parsed("a: &x 1\nb: *x\n").codes() == "1:4 E004;2:4 E004;");
  CHECK(Parsed("a: \"open\n").codes() == "1:4 E008;");
  CHECK(Parsed("a: b\xFF\n").codes() == "1:5 E001;");
}

TEST_CASE("an empty or comments-only file says so") {
  CHECK(Parsed("").codes() == "1:1 E018;");
  CHECK(Parsed("# only a comment\n\n  # another\n").codes() == "1:1 E018;");
  CHECK_FALSE(Parsed("").doc);
}

TEST_CASE("typing slips are reported on their own line, not where YAML trips") {
  CHECK(Parsed("staff:\n  total:45\n  informed: 45\n").codes() == "2:8 E016;");
  CHECK(Parsed("staff:\n\ttotal: 45\n  informed: 45\n").codes() == "2:1 E013;");
  CHECK(Parsed("people:\n  – name: A\n    role: B\n").codes() == "2:3 E015;");
  CHECK(Parsed("a:\n  title: \"Tuổi trẻ\" nói không\n").codes() == "2:10 E017;");
  CHECK(Parsed("lessons: []\n  - a: 1\n").codes() == "1:10 E002;");
}

TEST_CASE("what is clearly meant is read, with a warning at the character") {
  Parsed nbsp("staff:\n  total:\xC2\xA0" "45\n");
  REQUIRE(nbsp.doc);
  CHECK(nbsp.codes() == "2:9 W006;");
  CHECK(nbsp.doc->root.find("staff")->value.find("total")->value.text == "45");

  Parsed zw("code: MN\xE2\x80\x8B-CK\nto\xE2\x80\x8Btal: 4\n");
  REQUIRE(zw.doc);
  CHECK(zw.codes() == "1:9 W006;2:3 W006;");
  CHECK(zw.doc->root.find("code")->value.text == "MN-CK");
  CHECK(zw.doc->root.find("total"));

  Parsed colon("total\xEF\xBC\x9A" "45\n");
  REQUIRE(colon.doc);
  CHECK(colon.doc->root.find("total")->value.text == "45");
}

TEST_CASE("a hashtag cut off as a comment is marked on its value") {
  Parsed p("a: Lan tỏa #NóiKhông trên mạng\nb: 45 # a comment\n");
  REQUIRE(p.doc);
  const Node& a = p.doc->root.find("a")->value;
  CHECK(a.text == "Lan tỏa");
  REQUIRE(a.cut != kNoOffset);
  CHECK(p.file.location(a.cut).column == 12);
  CHECK(p.doc->root.find("b")->value.cut == kNoOffset);
}

TEST_CASE("a UTF-16 file is read with the lines and columns its editor shows") {
  std::string le = "\xFF\xFE";
  for (char c : std::string("a: 1\nb: x\n")) le += c, le += '\0';
  Parsed p(le);
  REQUIRE(p.doc);
  CHECK(p.doc->root.find("b")->value.text == "x");
  CHECK(p.file.location(p.doc->root.find("b")->value.offset).line == 2);
}
