#include "yaml_reader.h"

#include <doctest/doctest.h>

namespace baocao {

TEST_CASE("a key path is spelt only when asked for, one-based in lists") {
  const KeyPath root = "";
  const KeyPath lessons = "lessons";
  const KeyPath third = lessons.item(2);
  CHECK(root.key("plan").str() == "plan");
  CHECK(third.str() == "lessons[3]");
  CHECK(third.key("date").str() == "lessons[3].date");
  CHECK(third.key("topics").item(0).str() == "lessons[3].topics[1]");
  CHECK(KeyPath("school").key("code").str() == "school.code");
  CHECK(KeyPath("assessment.strengths").str() == "assessment.strengths");
}

TEST_CASE("a key path knows whether it runs through a list item") {
  const KeyPath activities = "activities";
  CHECK_FALSE(activities.in_list());
  CHECK_FALSE(KeyPath("prepared").key("by").in_list());
  CHECK(activities.item(0).key("participants").in_list());
  CHECK(KeyPath("lessons[1]").key("date").in_list());  // a caller's ready-made item path
}

}  // namespace baocao

namespace baocao {

namespace {

// A YAML text parsed, with a reader over it; the source outlives the tree.
struct Read {
  explicit Read(std::string text, Lang lang = Lang::en)
      : source("t.yaml", std::move(text)), diags(lang), doc(parse_yaml(source, diags)), reader(diags) {
    REQUIRE(doc);
    REQUIRE(diags.items().empty());
  }
  const Node& root() const { return doc->root; }
  const Node* at(std::string_view key) const {
    const MapEntry* e = doc->root.find(key);
    return e ? &e->value : nullptr;
  }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) out.push_back(d.code);
    return out;
  }
  // The 1-based line:column a diagnostic points at.
  std::string place(std::size_t i) const {
    const Diagnostic& d = diags.items().at(i);
    std::string_view t = source.text();
    std::size_t line = 1, col = 1;
    for (std::size_t k = 0; k < d.offset && k < t.size(); ++k) {
      if (t[k] == '\n') line++, col = 1;
      else if ((static_cast<unsigned char>(t[k]) & 0xC0) != 0x80) col++;
    }
    return std::to_string(line) + ":" + std::to_string(col);
  }
  SourceFile source;
  Diagnostics diags;
  std::optional<YamlDocument> doc;
  YamlReader reader;
};

}  // namespace

TEST_CASE("YamlReader: a mapping names every unknown key, with the nearest allowed one") {
  Read r("staff:\n  total: 3\n  infromed: 2\n  extra: 1\n");
  const Node* staff = r.at("staff");
  REQUIRE(staff);
  CHECK(r.reader.mapping(*staff, KeyPath("staff"), {"total", "informed"}));
  REQUIRE(r.codes() == std::vector<std::string>{"E101", "E101"});
  CHECK(r.diags.items()[0].key == "staff.infromed");
  CHECK(r.diags.items()[0].hint == "did you mean `informed`?");
  CHECK(r.place(0) == "3:3");
  CHECK(r.diags.items()[1].hint == "keys allowed here: total, informed");
}

TEST_CASE("YamlReader: a list or a text where a mapping belongs is E006; null is an empty mapping when allowed") {
  Read r("a: [1, 2]\nb:\n");
  CHECK_FALSE(r.reader.mapping(*r.at("a"), KeyPath("a"), {}));
  CHECK(r.reader.mapping(*r.at("b"), KeyPath("b"), {}, /*null_ok=*/true));
  CHECK_FALSE(r.reader.mapping(*r.at("b"), KeyPath("b"), {}));
  CHECK(r.codes() == std::vector<std::string>{"E006", "E006"});
}

TEST_CASE("YamlReader: a required field that is absent or empty is E102, pointed at the best place") {
  Read r("prepared:\n  by:\n  date: 2024-01-02\n");
  const Node* prepared = r.at("prepared");
  CHECK(r.reader.field(*prepared, "by", KeyPath("prepared"), true) == nullptr);
  CHECK(r.reader.field(*prepared, "phone", KeyPath("prepared"), true) == nullptr);
  CHECK(r.reader.field(*prepared, "position", KeyPath("prepared"), false) == nullptr);  // optional: said nothing
  CHECK(r.reader.field(*prepared, "date", KeyPath("prepared"), true) != nullptr);
  REQUIRE(r.codes() == std::vector<std::string>{"E102", "E102"});
  CHECK(r.diags.items()[0].message == "`prepared.by` is empty");
  CHECK(r.place(0) == "2:3");  // the empty key itself
  CHECK(r.diags.items()[1].message == "required key `prepared.phone` is missing");
  CHECK(r.place(1) == "1:1");  // the mapping's own key, "prepared:"
}

TEST_CASE("YamlReader: a misspelt required key is reported once, as unknown, not also as missing") {
  Read r("staff:\n  infromed: 2\n");
  const Node* staff = r.at("staff");
  r.reader.mapping(*staff, KeyPath("staff"), {"informed"});
  CHECK(r.reader.field(*staff, "informed", KeyPath("staff"), true) == nullptr);
  CHECK(r.codes() == std::vector<std::string>{"E101"});
}

TEST_CASE("YamlReader: lists: absent, null and [] are none; a scalar is E006") {
  Read r("a: []\nb:\nc: [x, y]\nd: x\n");
  CHECK(r.reader.list(nullptr, KeyPath("z")).empty());
  CHECK(r.reader.list(r.at("a"), KeyPath("a")).empty());
  CHECK(r.reader.list(r.reader.field(r.root(), "b", KeyPath(""), false), KeyPath("b")).empty());
  CHECK(r.reader.list(r.at("c"), KeyPath("c")).size() == 2);
  CHECK(r.reader.list(r.at("d"), KeyPath("d")).empty());
  CHECK(r.codes() == std::vector<std::string>{"E006"});
}

TEST_CASE("YamlReader: typed values carry their place; a wrong one is reported where it stands") {
  Read r("n: 1200\nbad: 1.200\nday: 03/04/2024\nyes: có\nlist: [1]\n");
  Located<long long> n = r.reader.count(r.at("n"), KeyPath("n"));
  CHECK(n.present);
  CHECK(n.value == 1200);
  CHECK(n.offset == 3);
  CHECK(n.length == 4);
  CHECK_FALSE(r.reader.count(r.at("bad"), KeyPath("bad")).present);
  Located<Date> day = r.reader.date(r.at("day"), KeyPath("day"));
  CHECK(day.present);
  CHECK(day.value.iso() == "2024-04-03");  // Vietnamese order: 3 April
  CHECK(r.reader.flag(r.at("yes"), KeyPath("yes")).value);
  CHECK_FALSE(r.reader.count(r.at("list"), KeyPath("list")).present);
  REQUIRE(r.codes().size() == 2);
  CHECK(r.place(0) == "2:6");
  CHECK(r.codes()[1] == "E103");
  CHECK(r.diags.items()[1].message == "`list` must be a number, not a list or mapping");
}

TEST_CASE("YamlReader: texts are trimmed; a blank required one is E108; the form's blank is not a value") {
  Read r("a: '  x  '\nb: '  '\nc: ...\nd: ...\n");
  Located<std::string> a = r.reader.text(r.at("a"), KeyPath("a"), true);
  CHECK(a.present);
  CHECK(a.value == "x");
  CHECK_FALSE(r.reader.text(r.at("b"), KeyPath("b"), true).present);
  CHECK_FALSE(r.reader.text(r.at("c"), KeyPath("c"), true).present);
  Located<std::string> d = r.reader.text(r.at("d"), KeyPath("d"), false);
  CHECK_FALSE(d.present);
  CHECK(r.codes() == std::vector<std::string>{"E108", "E108", "W005"});
}

TEST_CASE("YamlReader: codes are found by code or label; an unknown one names the nearest and all") {
  Vocabulary topics({{"ma_tuy", "Phòng, chống ma túy", "Drugs"}, {"mai_dam", "Phòng, chống mại dâm", "Prostitution"}});
  Read r("a: ma_tuy\nb: phòng, CHỐNG ma túy\nc: ma_tui\n");
  CHECK(r.reader.code(r.at("a"), topics, KeyPath("a")).value == "ma_tuy");
  CHECK(r.reader.code(r.at("b"), topics, KeyPath("b")).value == "ma_tuy");
  CHECK_FALSE(r.reader.code(r.at("c"), topics, KeyPath("c")).present);
  REQUIRE(r.codes() == std::vector<std::string>{"E107"});
  CHECK(r.diags.items()[0].hint.find("did you mean `ma_tuy`") == 0);
  CHECK(r.diags.items()[0].hint.find("ma_tuy, mai_dam") != std::string::npos);
}

TEST_CASE("YamlReader: messages are in the reader's language") {
  Read r("staff:\n  x: 1\n", Lang::vi);
  r.reader.mapping(*r.at("staff"), KeyPath("staff"), {"total"});
  REQUIRE(r.codes() == std::vector<std::string>{"E101"});
  CHECK(r.diags.items()[0].message == "khóa `staff.x` không có trong biểu mẫu");
}

}  // namespace baocao
