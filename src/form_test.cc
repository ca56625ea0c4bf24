#include "form.h"

#include <doctest/doctest.h>

#include "blank_form.h"
#include "form_schema.h"
#include "json_value.h"
#include "test_support.h"

using namespace baocao;

TEST_CASE("the form table holds together") {
  const Plan& plan = test::builtin_plan();
  for (const FormField& f : test::v1().fields()) {
    CAPTURE(f.path);
    CHECK(test::v1().field(f.path) == &f);
    CHECK(!f.label.vi.empty());
    CHECK(!f.label.en.empty());
    if (f.parent >= 0) {
      FieldKind pk = test::v1().fields()[static_cast<std::size_t>(f.parent)].kind;
      CHECK((pk == FieldKind::section || pk == FieldKind::list));
    }
    if (f.kind == FieldKind::code || f.kind == FieldKind::codes) CHECK(plan.vocabularies.count(std::string(f.vocabulary)));
    if (!f.at_most.empty()) {
      REQUIRE(test::v1().field(f.at_most));
      CHECK(test::v1().field(f.at_most)->kind == FieldKind::count);
      CHECK(test::v1().field(f.at_most)->scope == -1);
    }
    if (f.need == Need::when_flag) {
      REQUIRE(test::v1().field(f.when));
      CHECK(test::v1().field(f.when)->kind == FieldKind::flag);
      CHECK(test::v1().field(f.when)->parent == f.parent);
    }
    CHECK(f.min <= f.max);
  }
  // Slots are distinct within a scope.
  for (const FormField& a : test::v1().fields())
    for (const FormField& b : test::v1().fields())
      if (&a != &b && a.scope == b.scope && a.kind != FieldKind::section && b.kind != FieldKind::section)
        CHECK(a.slot != b.slot);
  CHECK(test::v1().child_keys(-1).front() == "plan");
  CHECK(test::v1().field("lessons[].topics")->scope == static_cast<int>(test::v1().index(*test::v1().field("lessons"))));
  CHECK(test::v1().field("activities[].participants.staff")->scope == static_cast<int>(test::v1().index(*test::v1().field("activities"))));
  CHECK(test::v1().name("staff.total", Lang::vi) == "tổng số CB, GV, NV (staff.total)");
  CHECK(test::v1().name("activities[].partners", Lang::en) == "partners (partners)");
}

TEST_CASE("a key path in the form's words, for the report's readers") {
  CHECK(test::v1().words("students.total", Lang::vi) == "tổng số học sinh (trẻ)");  // the form serves preschools too
  CHECK(test::v1().words("lessons[2].title", Lang::vi) == "tên bài, chủ đề (tiết dạy lồng ghép, mục 2)");
  CHECK(test::v1().words("lessons[12].title", Lang::en) == "title (lessons, item 12)");
  CHECK(test::v1().words("lessons[3]", Lang::vi) == "tiết dạy lồng ghép (mục 3)");
  CHECK(test::v1().words("lessons[1].topics[2]", Lang::vi) == "nội dung (tiết dạy lồng ghép, mục 1; mã thứ 2)");
  CHECK(test::v1().words("lessons[1].topics[2]", Lang::en) == "topics (lessons, item 1; code 2)");
  CHECK(test::v1().words("students.total[1]", Lang::vi).empty());  // only lists and lists of codes have items
  CHECK(test::v1().words("activities[1].participants.students", Lang::vi).find("(hoạt động") != std::string::npos);
  CHECK(test::v1().words("staff.infromed", Lang::vi).empty());  // a misspelt key names no field
  CHECK(test::v1().words("lessons[x].title", Lang::vi).empty());
  CHECK(test::v1().words("lessons[].title", Lang::vi).empty());
  CHECK(test::v1().words("lessons[2", Lang::vi).empty());
}

namespace {

Office one_school() {
  Office o;
  o.deadline = Date{2024, 12, 10};
  o.add_school({"MN-CK", "Trường Mầm non Chiềng Khoa", "mam_non", "Chiềng Khoa", {}});
  return o;
}

// What a teacher does with the blank form: removes the `#` in front of the
// example lines and fills in the totals.
std::string filled_in(std::string form) {
  std::string out;
  std::size_t at = 0;
  while (at < form.size()) {
    std::size_t end = form.find('\n', at);
    std::string line = form.substr(at, end - at);
    at = end == std::string::npos ? form.size() : end + 1;
    if (line.rfind("#  -", 0) == 0 || line.rfind("#    ", 0) == 0) line = line.substr(1);
    if (line.rfind("  total: 0", 0) == 0) line = "  total: 500";
    out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("the blank form reads without a mistake but is not filled in; un-commenting its examples in place gives valid items") {
  Office o = one_school();
  std::string form = blank_form(test::builtin_plan(), o.schools()[0], o);
  CHECK(form.rfind("# yaml-language-server: $schema=pcmd-2024.schema.json\n", 0) == 0);
  Submission blank = test::check(form, &o);
  CHECK(test::codes(blank) == std::vector<std::string>{"E208"});
  CHECK(blank.blank);
  CHECK(form.find("\nlessons:\n#  - subject: ") != std::string::npos);

  Submission edited = test::check(filled_in(form), &o);
  for (const Diagnostic& d : edited.diags.items()) INFO(d.code, " ", d.message);
  CHECK_FALSE(edited.diags.has_errors());
  REQUIRE(edited.record);
  CHECK(edited.record->items(test::v1().index(*test::v1().field("lessons"))).size() == 1);
  CHECK(edited.record->items(test::v1().index(*test::v1().field("activities"))).size() == 1);
  CHECK(edited.record->items(test::v1().index(*test::v1().field("training"))).size() == 1);
  CHECK(edited.record->items(test::v1().index(*test::v1().field("focal_persons"))).size() == 1);
}

TEST_CASE("the schema names every top-level key, the plan's codes and their labels") {
  std::string s = form_schema(test::builtin_plan(), Lang::vi);
  for (std::string_view k : test::v1().child_keys(-1)) CHECK(s.find("\"" + std::string(k) + "\":{") != std::string::npos);
  CHECK(s.find("{\"const\":\"ma_tuy\",\"description\":\"Phòng, chống ma túy\"}") != std::string::npos);
  CHECK(s.find("\"const\":\"pcmd-2024\"") != std::string::npos);
  CHECK(s.find("\"minimum\":1,\"maximum\":12") != std::string::npos);  // lessons[].grade
}

TEST_CASE("the schema: a section with two flags requires each flag's own fields") {
  std::string text =
      "plan: bl-2025\ntitle: T\nsubject: s\nabbrev: BL\nperiod: {from: 2025-01-01, to: 2025-12-31}\n"
      "vocabularies: {}\n"
      "form:\n"
      "  - {key: plan, kind: text, required: true, vi: mã}\n"
      "  - {key: school, kind: section, required: true, vi: trường, fields: [{key: code, kind: text, required: true, vi: mã},"
      " {key: name, kind: text, required: true, vi: tên}]}\n"
      "  - {key: prepared, kind: section, required: true, vi: lập, fields: [{key: date, kind: date, required: true, vi: ngày}]}\n"
      "  - key: counselling\n    kind: section\n    vi: tư vấn\n    fields:\n"
      "      - {key: room, kind: flag, vi: phòng}\n"
      "      - {key: opened, kind: date, required_when: room, vi: ngày mở}\n"
      "      - {key: hotline, kind: flag, vi: đường dây nóng}\n"
      "      - {key: number, kind: text, required_when: hotline, vi: số máy}\n"
      "figures: []\nrequirements: []\n";
  Diagnostics d(Lang::en);
  std::optional<Plan> plan = read_plan(SourceFile("p.yaml", text), d);
  for (const Diagnostic& x : d.items()) INFO(x.code, " ", x.message);
  REQUIRE(plan);
  std::string schema = form_schema(*plan, Lang::vi);
  Diagnostics jd(Lang::en);
  std::optional<JsonValue> json = parse_json(SourceFile("schema.json", schema), jd);
  REQUIRE(json);
  const JsonValue* section = json->find("properties")->find("counselling");
  REQUIRE(section);
  const JsonValue* rules = section->find("allOf");
  REQUIRE(rules);
  REQUIRE(rules->items.size() == 2);
  // Each rule: if its flag is yes, then its own field is required.
  const std::pair<const char*, const char*> want[] = {{"room", "opened"}, {"hotline", "number"}};
  for (std::size_t i = 0; i < 2; ++i) {
    const JsonValue& rule = rules->items[i];
    CHECK(rule.find("if")->find("properties")->find(want[i].first) != nullptr);
    const JsonValue& needed = *rule.find("then")->find("required");
    REQUIRE(needed.items.size() == 1);
    CHECK(needed.items[0].text == want[i].second);
  }
}

TEST_CASE("the schema: a field required by codes requires it when the code field holds one of them") {
  std::string text =
      "plan: bl-2025\ntitle: T\nsubject: s\nabbrev: BL\nperiod: {from: 2025-01-01, to: 2025-12-31}\n"
      "vocabularies:\n  handling: [{code: talk, vi: Nói chuyện}, {code: refer, vi: Chuyển công an}]\n"
      "form:\n"
      "  - {key: plan, kind: text, required: true, vi: mã}\n"
      "  - {key: school, kind: section, required: true, vi: trường, fields: [{key: code, kind: text, required: true, vi: mã},"
      " {key: name, kind: text, required: true, vi: tên}]}\n"
      "  - {key: prepared, kind: section, required: true, vi: lập, fields: [{key: date, kind: date, required: true, vi: ngày}]}\n"
      "  - key: cases\n    kind: list\n    vi: vụ việc\n    fields:\n"
      "      - {key: handled, kind: codes, vi: cách xử lý, vocabulary: handling}\n"
      "      - {key: agency, kind: text, vi: cơ quan, required_when: {field: handled, any_of: [refer]}}\n"
      "      - {key: first, kind: code, vi: xử lý đầu, vocabulary: handling}\n"
      "      - {key: talked_on, kind: date, vi: ngày, required_when: {field: first, any_of: [talk]}}\n"
      "figures: []\nrequirements: []\n";
  Diagnostics d(Lang::en);
  std::optional<Plan> plan = read_plan(SourceFile("p.yaml", text), d);
  for (const Diagnostic& x : d.items()) INFO(x.code, " ", x.message);
  REQUIRE(plan);
  Diagnostics jd(Lang::en);
  std::optional<JsonValue> json = parse_json(SourceFile("schema.json", form_schema(*plan, Lang::vi)), jd);
  REQUIRE(json);
  const JsonValue* rules = json->find("properties")->find("cases")->find("items")->find("allOf");
  REQUIRE(rules);
  REQUIRE(rules->items.size() == 2);
  // A list of codes: contains the code or its label. One code: is one of them.
  const JsonValue& refer = *rules->items[0].find("if")->find("properties")->find("handled")->find("contains")->find("enum");
  REQUIRE(refer.items.size() == 2);
  CHECK(refer.items[0].text == "refer");
  CHECK(refer.items[1].text == "Chuyển công an");
  CHECK(rules->items[0].find("then")->find("required")->items.at(0).text == "agency");
  const JsonValue& talk = *rules->items[1].find("if")->find("properties")->find("first")->find("enum");
  CHECK(talk.items.at(0).text == "talk");
  CHECK(rules->items[1].find("then")->find("required")->items.at(0).text == "talked_on");
}

namespace {

// The blank form with one line changed: `from` (the start of a line) becomes `to`.
std::string changed(const std::string& form, const std::string& from, const std::string& to) {
  std::size_t at = form.find("\n" + from);
  REQUIRE(at != std::string::npos);
  std::size_t end = form.find('\n', at + 1);
  return form.substr(0, at + 1) + to + form.substr(end);
}

}  // namespace

TEST_CASE("a form is blank while every value but the identity is what init wrote") {
  Office o = one_school();
  std::string form = blank_form(test::builtin_plan(), o.schools()[0], o);
  // The identity and the date init filled in do not count as filling it in.
  CHECK(test::check(changed(form, "  name:", "  name: Trường khác"), &o).blank);
  CHECK(test::check(changed(form, "  date:", "  date: 2024-12-01"), &o).blank);
  // One value of the school's own is enough to make it a report, with today's warnings.
  Submission named = test::check(changed(form, "  by:", "  by: Lò Văn Minh"), &o);
  CHECK_FALSE(named.blank);
  CHECK_FALSE(named.diags.has_errors());
  CHECK(test::count_of(named, "W001") > 0);
  Submission counted = test::check(changed(form, "  total: 0", "  total: 25"), &o);
  CHECK_FALSE(counted.blank);
  CHECK(test::count_of(counted, "W002") == 1);
  CHECK_FALSE(test::check(changed(form, "communication_program:", "communication_program: có"), &o).blank);
  CHECK_FALSE(test::check(changed(form, "lessons:", "lessons:\n  - {subject: GDCD, title: T, date: 2024-03-01, "
                                                    "students: 30, topics: [mai_dam]}"), &o).blank);
  // A blank form with a mistake is reported for the mistake.
  Submission wrong = test::check(changed(form, "  total: 0", "  total: nhiều"), &o);
  CHECK_FALSE(wrong.blank);
  CHECK(test::count_of(wrong, "E103") == 1);
}
