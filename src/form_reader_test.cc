#include "form_reader.h"

#include <doctest/doctest.h>

#include "plan.h"
#include "test_support.h"

using namespace baocao;

namespace {

// A small plan of its own form: `fields` are the form's rows after the
// identity block, indented as items of `form:`.
std::string plan_with_form(const std::string& fields) {
  return "plan: tk-2025\ntitle: T\nsubject: s\nabbrev: TK\nperiod: {from: 2025-01-01, to: 2025-12-31}\n"
         "vocabularies:\n  kind_of_case:\n    - {code: a, vi: A}\n"
         "form:\n"
         "  - {key: plan, kind: text, required: true, vi: mã kế hoạch}\n"
         "  - key: school\n    kind: section\n    required: true\n    vi: trường\n    fields:\n"
         "      - {key: code, kind: text, required: true, vi: mã trường}\n"
         "      - {key: name, kind: text, required: true, vi: tên trường}\n"
         "  - key: prepared\n    kind: section\n    required: true\n    vi: người lập\n    fields:\n"
         "      - {key: date, kind: date, required: true, vi: ngày lập}\n" +
         fields + "requirements: []\n";
}

struct Read {
  std::optional<Plan> plan;
  mutable Diagnostics diags{Lang::en};
  SourceFile file;
  explicit Read(const std::string& text) : file("p.yaml", text) { plan = read_plan(file, diags); }
  // "line:column code" of each diagnostic, in order.
  std::vector<std::string> places() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) {
      Location l = file.location(d.offset);
      out.push_back(std::to_string(l.line) + ":" + std::to_string(l.column) + " " + d.code);
    }
    return out;
  }
};

}  // namespace

TEST_CASE("a plan's own form is read into the plan") {
  Read r(plan_with_form("  - key: cases\n    kind: list\n    vi: vụ việc\n    fields:\n"
                        "      - {key: kind, kind: code, required: true, vi: loại, vocabulary: kind_of_case}\n"
                        "      - {key: pupils, kind: count, vi: số học sinh, min: 1, max: 50}\n"
                        "  - {key: counselling_room, kind: flag, required: true, vi: phòng tư vấn}\n"
                        "  - {key: room_opened, kind: date, vi: ngày mở, required_when: counselling_room}\n"));
  for (const Diagnostic& d : r.diags.items()) INFO(d.code, " ", d.message);
  REQUIRE(r.plan);
  const Form& f = r.plan->form();
  REQUIRE(f.field("cases[].kind"));
  CHECK(f.field("cases[].kind")->vocabulary == "kind_of_case");
  CHECK(f.field("cases[].pupils")->max == 50);
  CHECK(f.field("cases[].pupils")->scope == static_cast<int>(f.index(*f.field("cases"))));
  CHECK(f.field("room_opened")->need == Need::when_flag);
  CHECK(f.field("room_opened")->when == "counselling_room");
  CHECK(f.field("plan")->plan_id);  // the plan id field is always checked against the plan
  CHECK(f.field("staff.total") == nullptr);  // nothing of form v1 comes along
}

TEST_CASE("a plan without a form takes form v1, and must define its vocabularies") {
  std::string v1 = test::builtin_plan().source;
  std::size_t form = v1.find("\nform:\n"), tasks = v1.find("\n# The plan's tasks");
  REQUIRE(form != std::string::npos);
  REQUIRE(tasks != std::string::npos);
  Read ok(v1.substr(0, form + 1) + v1.substr(tasks + 1));
  REQUIRE(ok.plan);
  CHECK(ok.plan->form().fields().size() == test::v1().fields().size());
  Read again(v1.substr(0, form + 1) + v1.substr(tasks + 1));
  CHECK(&ok.plan->form() == &again.plan->form());  // read once for every such plan

  std::size_t program = v1.find("  program:\n"), level = v1.find("  level:\n");
  Read lacking(v1.substr(0, program) + v1.substr(level, form + 1 - level) + v1.substr(tasks + 1));
  CHECK_FALSE(lacking.plan);
  REQUIRE(lacking.diags.items().size() == 1);
  CHECK(lacking.diags.items()[0].code == "E102");
  CHECK(lacking.diags.items()[0].message.find("`program`") != std::string::npos);
}

TEST_CASE("every mistake in a plan's form is located, all in one run") {
  Read r(plan_with_form(
      "  - {key: cases, kind: lsit, vi: vụ việc}\n"                                     // 24: unknown kind
      "  - {key: room, kind: flag, vi: phòng, min: 1}\n"                                 // 25: min is for counts
      "  - {key: room, kind: text, vi: lặp}\n"                                           // 26: duplicate key
      "  - {key: Room, kind: text, vi: hoa}\n"                                           // 27: not snake_case
      "  - {key: kind, kind: code, vi: loại, vocabulary: kind_of_cases}\n"               // 28: no such vocabulary
      "  - {key: opened, kind: date, vi: ngày, required_when: kind}\n"                   // 29: not a flag
      "  - {key: pupils, kind: count, vi: học sinh, at_most: students.total}\n"          // 30: no such count
      "  - key: visits\n    kind: list\n    vi: lượt\n    fields:\n"
      "      - {key: inner, kind: list, vi: trong, fields: [{key: x, kind: text, vi: x}]}\n"));  // 35: nested list
  CHECK_FALSE(r.plan);
  r.diags.sort_by_position();
  CHECK(r.places() == std::vector<std::string>{"24:24 E107", "25:40 E302", "26:11 E005", "27:11 E107",
                                               "28:51 E107", "29:56 E107", "30:55 E107", "35:9 E302"});
}

TEST_CASE("a form without the fields every school file has is refused") {
  std::string text = plan_with_form("");
  std::size_t date = text.find("      - {key: date");
  text.erase(date, text.find('\n', date) + 1 - date);
  text.insert(date, "      - {key: by, kind: text, vi: người lập}\n");
  Read r(text);
  CHECK_FALSE(r.plan);
  REQUIRE(r.diags.items().size() == 1);
  CHECK(r.places()[0] == "10:3 E301");
  CHECK(r.diags.items()[0].message.find("prepared.date") != std::string::npos);
}

TEST_CASE("a placeholder that init cannot fill is located in the plan") {
  Read r(plan_with_form("  - key: cases\n    kind: list\n    vi: vụ việc\n    fields:\n"
                        "      - {key: kind, kind: code, vi: loại, vocabulary: kind_of_case, example: \"{kind_of_case}\"}\n"
                        "      - {key: note, kind: text, vi: ghi chú, example: \"{tieu_de}\", comment: \"{abbrev} {{x}}\"}\n"
                        "  - {key: total, kind: count, vi: tổng, comment: \"số {gvcn}\"}\n"));
  CHECK_FALSE(r.plan);
  CHECK(r.places() == std::vector<std::string>{"29:55 E107", "30:50 E107"});
}

TEST_CASE("required_when names a code field and the codes that require the field") {
  const std::string cases =
      "  - key: cases\n    kind: list\n    vi: vụ việc\n    fields:\n"
      "      - {key: kind, kind: code, required: true, vi: loại, vocabulary: kind_of_case}\n";
  Read r(plan_with_form(cases + "      - {key: agency, kind: text, vi: cơ quan, required_when: {field: kind, any_of: [a]}}\n"));
  for (const Diagnostic& d : r.diags.items()) INFO(d.code, " ", d.message);
  REQUIRE(r.plan);
  const FormField& agency = *r.plan->form().field("cases[].agency");
  CHECK(agency.need == Need::when_flag);
  CHECK(agency.when == "cases[].kind");
  CHECK(agency.when_any == std::vector<std::string>{"a"});

  // A code not in the vocabulary, no codes, a field that holds no codes, a
  // key required_when does not take: each at its place.
  Read bad(plan_with_form(cases +
                          "      - {key: agency, kind: text, vi: cơ quan, required_when: {field: kind, any_of: [b]}}\n"  // 29
                          "      - {key: note, kind: text, vi: ghi chú, required_when: {field: kind, any_of: []}}\n"    // 30
                          "      - {key: when, kind: date, vi: ngày, required_when: {field: note, any_of: [a]}}\n"      // 31
                          "      - {key: who, kind: text, vi: ai, required_when: {field: kind, codes: [a]}}\n"));       // 32
  CHECK_FALSE(bad.plan);
  bad.diags.sort_by_position();
  CHECK(bad.places() == std::vector<std::string>{"29:86 E107", "30:83 E110", "31:66 E107", "32:40 E102", "32:69 E101"});
}
