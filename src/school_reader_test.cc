#include "school_reader.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace baocao;

namespace {

const FieldValue& value(const Submission& s, const char* path) { return (*s.record)[*test::v1().field(path)]; }

}  // namespace

TEST_CASE("values are read by the form table, each with its place") {
  Submission s = test::check(test::school_file("A",
                                               "lessons:\n  - {subject: GDCD, title: T, date: 03/04/2024, students: 30, "
                                               "topics: [mai_dam, 'Phòng, chống ma túy']}\n"
                                               "movement_integrated: có\n"));
  REQUIRE(s.valid());
  CHECK(value(s, "staff.total").number == 10);
  CHECK(value(s, "school.code").text == "A");
  CHECK(value(s, "movement_integrated").flag);
  CHECK(s.source->location(value(s, "staff.total").offset).line == 4);
  const ListItem& lesson = s.record->items(test::v1().index(*test::v1().field("lessons"))).at(0);
  CHECK(lesson.values[*test::v1().field("lessons[].date")].date == Date{2024, 4, 3});
  CHECK(lesson.values[*test::v1().field("lessons[].periods")].number == 1);  // absent: the table's value
  CHECK_FALSE(lesson.values[*test::v1().field("lessons[].periods")].present);
  const auto& topics = lesson.values[*test::v1().field("lessons[].topics")].codes;
  REQUIRE(topics.size() == 2);
  CHECK(topics[1].value == "ma_tuy");
}

TEST_CASE("the place of each key outside lists, for the warnings that point at a key") {
  Submission s = test::check(test::school_file("A", "lessons:\n  - {subject: GDCD, title: T, date: 03/04/2024, "
                                                    "students: 30, topics: [mai_dam]}\n"));
  REQUIRE(s.valid());
  const SchoolRecord& r = *s.record;
  REQUIRE(r.key_place(test::v1(), "staff.informed"));
  CHECK(s.source->text().substr(r.key_place(test::v1(), "staff.informed")->offset, 8) == "informed");
  REQUIRE(r.key_place(test::v1(), "lessons"));
  CHECK(s.source->location(r.key_place(test::v1(), "lessons")->offset).line ==
        s.source->location(s.source->text().find("lessons:")).line);
  CHECK(r.key_place(test::v1(), "lessons[].date") == nullptr);  // inside a list item
  CHECK(r.key_place(test::v1(), "training") == nullptr);        // not written
  CHECK(r.key_place(test::v1(), "no.such.field") == nullptr);
}

TEST_CASE("the table's rules: ranges, totals, the plan period, flags that require fields, sums") {
  CHECK(test::codes(test::check(test::school_file("A", "lessons:\n  - {subject: a, title: b, date: 2024-01-02, "
                                                      "grade: 13, students: 101, topics: [mai_dam]}\n"))) ==
        std::vector<std::string>{"E106", "E201"});
  CHECK(test::codes(test::check(test::school_file("A", "training:\n  - {title: a, date: 2023-12-31, attendees: 0}\n"))) ==
        std::vector<std::string>{"E202", "E106"});
  CHECK(test::codes(test::check(test::school_file("A", "", "{issued: có}"))) ==
        std::vector<std::string>{"E203", "E203"});
  CHECK(test::check(test::school_file("A", "", "{issued: có, number: 5/KH, date: 2024-02-01}")).valid());
  CHECK(test::codes(test::check(test::school_file(
            "A", "activities:\n  - {form: chao_co, title: a, date: 2024-02-01, participants: {staff: 0}, "
                 "topics: [mai_dam]}\n"))) == std::vector<std::string>{"E204"});
  CHECK(test::check(test::school_file("A")).valid());
}

TEST_CASE("a file for another plan and the blank form's placeholder are named") {
  std::string other = test::school_file("A");
  other.replace(0, std::string("plan: pcmd-2024").size(), "plan: pcmt-2025");
  CHECK(test::codes(test::check(other))[0] == "E205");
  std::string blank = test::school_file("A");
  blank.replace(blank.find("Lò Văn B"), std::string("Lò Văn B").size(), "Họ và tên người lập");
  Submission s = test::check(blank);
  CHECK(s.valid());
  CHECK(test::count_of(s, "W002") == 1);
}

TEST_CASE("a field required when a code field holds one of its codes, said at that code") {
  const std::string text =
      "plan: tk-2025\ntitle: T\nsubject: s\nabbrev: TK\nperiod: {from: 2025-01-01, to: 2025-12-31}\n"
      "vocabularies:\n  handling:\n    - {code: talk, vi: Nói chuyện, en: Talked}\n"
      "    - {code: refer, vi: Chuyển công an, en: Referred}\n"
      "form:\n"
      "  - {key: plan, kind: text, required: true, vi: mã kế hoạch}\n"
      "  - {key: school, kind: section, required: true, vi: trường, fields: [{key: code, kind: text, required: true, vi: mã},"
      " {key: name, kind: text, required: true, vi: tên}]}\n"
      "  - {key: prepared, kind: section, required: true, vi: lập, fields: [{key: date, kind: date, required: true, vi: ngày}]}\n"
      "  - key: cases\n    kind: list\n    vi: vụ việc\n    en: cases\n    fields:\n"
      "      - {key: handled, kind: codes, required: true, vi: cách xử lý, en: handling, vocabulary: handling}\n"
      "      - {key: agency, kind: text, vi: cơ quan tiếp nhận, en: agency, example: Công an xã,"
      " required_when: {field: handled, any_of: [refer]}}\n"
      "figures: []\nrequirements: []\n";
  Diagnostics d(Lang::en);
  std::optional<Plan> plan = read_plan(SourceFile("p.yaml", text), d);
  for (const Diagnostic& x : d.items()) INFO(x.code, " ", x.message);
  REQUIRE(plan);
  auto school = [&](const std::string& cases) {
    return test::check("plan: tk-2025\nschool: {code: A, name: B}\nprepared: {date: 2025-06-01}\ncases:\n" + cases,
                       nullptr, *plan);
  };
  CHECK(school("  - {handled: [talk]}\n").valid());
  CHECK(school("  - {handled: [talk, refer], agency: Công an xã}\n").valid());
  Submission s = school("  - {handled: [talk]}\n  - {handled: [talk, Chuyển công an]}\n");
  REQUIRE(test::codes(s) == std::vector<std::string>{"E203"});
  const Diagnostic& e = s.diags.items()[0];
  CHECK(s.source->location(e.offset).line == 6);  // the second item's code, as written
  CHECK(s.source->text().substr(e.offset, e.length) == "Chuyển công an");
  CHECK(e.message == "handling is “Referred” but the agency is missing");
  CHECK(e.hint == "add `agency: Công an xã` under cases[2]");  // items are numbered from 1
}
