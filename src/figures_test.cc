#include "figures.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace baocao;

namespace {

long long value(const std::vector<long long>& row, const char* id) {
  return row.at(test::builtin_plan().figures.find(id)->offset);
}

}  // namespace

TEST_CASE("a figure is read by its kind: a count, a flag, a list's length, a sum over a list") {
  Submission s = test::check(test::school_file(
      "A",
      "lessons:\n"
      "  - {subject: GDCD, title: T, date: 2024-03-01, periods: 2, students: 30, topics: [mai_dam]}\n"
      "  - {subject: GDCD, title: U, date: 2024-03-02, students: 25, topics: [ma_tuy, mai_dam]}\n"
      "activities:\n"
      "  - {form: chao_co, title: X, date: 2024-04-01, partners: [doan_thanh_nien],"
      " participants: {staff: 5, students: 90, parents: 3}, topics: [hiv_aids]}\n"
      "  - {form: chao_co, title: Y, date: 2024-04-02, participants: {students: 10, others: 4}, topics: [mai_dam]}\n"
      "training:\n  - {title: T, date: 2024-05-01, attendees: 2}\n"));
  REQUIRE(s.record);
  const Plan& plan = test::builtin_plan();
  std::vector<long long> row = plan.figures.of(plan.form(), *s.record);
  CHECK(row.size() == plan.figures.width());
  CHECK(value(row, "schools") == 1);                  // every valid school counts once
  CHECK(value(row, "staff_total") == 10);             // a count
  CHECK(value(row, "communication_programs") == 1);   // a flag that is yes
  CHECK(value(row, "plans_issued") == 0);             // a flag that is no
  CHECK(value(row, "lessons") == 2);                  // a list's items
  CHECK(value(row, "lesson_periods") == 3);           // summed; an absent periods counts 1
  CHECK(value(row, "lesson_students") == 55);
  CHECK(value(row, "activities") == 2);
  CHECK(value(row, "participants.staff") == 5);
  CHECK(value(row, "participants.students") == 100);
  CHECK(value(row, "participants.others") == 4);
  CHECK(value(row, "trained_staff") == 2);
  CHECK(value(row, "focal_persons") == 0);            // an absent list
  CHECK(value(row, "schools_with_focal_persons") == 0);
  // A breakdown counts items per code, over both lists for topics.
  const FigureDef& topics = *plan.figures.find("topics");
  const Vocabulary& v = plan.vocabulary("topic");
  CHECK(row[topics.offset + v.index_of("mai_dam")] == 3);
  CHECK(row[topics.offset + v.index_of("ma_tuy")] == 1);
  CHECK(row[topics.offset + v.index_of("khac")] == 0);
  const FigureDef& forms = *plan.figures.find("activities_by_form");
  CHECK(row[forms.offset + plan.vocabulary("form").index_of("chao_co")] == 2);

  std::vector<long long> sum(plan.figures.width());
  add_row(sum, row);
  add_row(sum, row);
  CHECK(value(sum, "participants.students") == 200);
  CHECK(value(sum, "lessons") == 4);
}

TEST_CASE("figures of a plan's own form: filtered counts, distinct codes, two-way breakdowns") {
  std::string text =
      "plan: bl-2025\ntitle: T\nsubject: s\nabbrev: BL\nperiod: {from: 2025-01-01, to: 2025-12-31}\n"
      "vocabularies:\n"
      "  kind: [{code: the_chat, vi: Thể chất}, {code: tinh_than, vi: Tinh thần}]\n"
      "  handled: [{code: nha_truong, vi: Nhà trường}, {code: cong_an, vi: Công an}]\n"
      "form:\n"
      "  - {key: plan, kind: text, required: true, vi: mã}\n"
      "  - {key: school, kind: section, required: true, vi: trường, fields: [{key: code, kind: text, required: true, vi: mã},"
      " {key: name, kind: text, required: true, vi: tên}]}\n"
      "  - {key: prepared, kind: section, required: true, vi: lập, fields: [{key: date, kind: date, required: true, vi: ngày}]}\n"
      "  - {key: room, kind: flag, required: true, vi: phòng tư vấn}\n"
      "  - key: incidents\n    kind: list\n    vi: vụ việc\n    fields:\n"
      "      - {key: kind, kind: code, required: true, vi: loại, vocabulary: kind}\n"
      "      - {key: handled, kind: codes, vi: xử lý, vocabulary: handled}\n"
      "      - {key: pupils, kind: count, vi: học sinh}\n"
      "      - {key: referred, kind: flag, vi: đã chuyển cơ quan chức năng}\n"
      "figures:\n"
      "  - {id: referred, vi: Đã chuyển, count: incidents, where: {field: referred}}\n"
      "  - {id: referred_pupils, vi: HS, sum: 'incidents[].pupils', where: {field: referred}}\n"
      "  - {id: rooms, vi: Phòng, schools: room}\n"
      "  - {id: physical, vi: Thể chất, count: incidents, where: {field: kind, any_of: [the_chat]}}\n"
      "  - {id: physical_pupils, vi: HS, sum: 'incidents[].pupils', where: {field: kind, any_of: [the_chat]}}\n"
      "  - {id: kinds_seen, vi: Loại, distinct: 'incidents[].kind'}\n"
      "  - {id: by_kind, vi: Theo loại, breakdown: 'incidents[].kind', by: 'incidents[].handled'}\n"
      "  - {id: room_rate, vi: Tỷ lệ, ratio: [rooms, schools]}\n"
      "requirements: []\n";
  Diagnostics d(Lang::en);
  std::optional<Plan> plan = read_plan(SourceFile("p.yaml", text), d);
  for (const Diagnostic& x : d.items()) INFO(x.code, " ", x.message);
  REQUIRE(plan);
  Submission s = test::check(
      "plan: bl-2025\nschool: {code: A, name: A}\nprepared: {date: 2025-03-01}\nroom: yes\nincidents:\n"
      "  - {kind: the_chat, handled: [nha_truong, cong_an], pupils: 2, referred: yes}\n"
      "  - {kind: the_chat, pupils: 1}\n"
      "  - {kind: tinh_than, handled: [nha_truong], pupils: 5}\n",
      nullptr, *plan);
  for (const Diagnostic& x : s.diags.items()) INFO(x.code, " ", x.message);
  REQUIRE(s.valid());
  std::vector<long long> row = plan->figures.of(plan->form(), *s.record);
  auto at = [&](const char* id) { return plan->figures.find(id)->offset; };
  CHECK(row[at("rooms")] == 1);
  CHECK(row[at("physical")] == 2);
  CHECK(row[at("physical_pupils")] == 3);
  CHECK(row[at("referred")] == 1);  // the items whose flag is yes
  CHECK(row[at("referred_pupils")] == 2);
  CHECK(row[at("kinds_seen")] == 1);       // the_chat used
  CHECK(row[at("kinds_seen") + 1] == 1);   // tinh_than used
  // kind x handled: the_chat/nha_truong, the_chat/cong_an, tinh_than/nha_truong, tinh_than/cong_an
  CHECK(row[at("by_kind")] == 1);
  CHECK(row[at("by_kind") + 1] == 1);
  CHECK(row[at("by_kind") + 2] == 1);
  CHECK(row[at("by_kind") + 3] == 0);
  CHECK(plan->figures.find("room_rate")->width == 0);  // a ratio is computed from its two figures
  // A yes/no field filters by itself: codes to pick from are a mistake, located.
  std::string wrong = text;
  const std::string flag_where = "where: {field: referred}}";
  wrong.replace(wrong.find(flag_where), flag_where.size(), "where: {field: referred, any_of: [co]}}");
  SourceFile file("p.yaml", wrong);
  Diagnostics d2(Lang::en);
  CHECK_FALSE(read_plan(file, d2));
  REQUIRE(d2.items().size() == 1);
  CHECK(d2.items()[0].code == "E302");
  CHECK(file.location(d2.items()[0].offset).line == file.location(wrong.find("any_of: [co]")).line);
  CHECK(file.location(d2.items()[0].offset).column == file.location(wrong.find("[co]")).column);
}

TEST_CASE("a plan's figure mistakes are located") {
  std::string v1 = test::builtin_plan().source;
  auto with = [&](const std::string& figure) {
    std::string text = v1;
    std::size_t at = text.find("\nfigures:\n") + 10;
    return text.insert(at, figure);
  };
  struct Case {
    std::string figure, code, message;
    std::size_t below = 0;  // lines below the new one: a duplicate is named where it is written again
  } cases[] = {
      {"  - {id: x, vi: X, sum: staff.totl}\n", "E107", "has no field `staff.totl`"},
      {"  - {id: x, vi: X, sum: lessons}\n", "E302", "`lessons` is a field of kind `list`"},
      {"  - {id: x, vi: X}\n", "E302", "says not how it is counted"},
      {"  - {id: x, vi: X, sum: staff.total, count: lessons}\n", "E302", "2 ways of counting"},
      {"  - {id: staff_total, vi: X, sum: staff.total}\n", "E005", "appears twice", 1},
      {"  - {id: totals, vi: X, sum: staff.total}\n", "E107", "key of the JSON report"},
      {"  - {id: x, vi: X, ratio: [staff_informed, staff_totl]}\n", "E107", "no number figure has the id `staff_totl`"},
      {"  - {id: x, vi: X, count: activities, where: {field: partners, any_of: [cong_doan, hoi_nong_dan]}}\n", "E107",
       "hoi_nong_dan"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.figure);
    Diagnostics d(Lang::en);
    std::string text = with(c.figure);
    SourceFile file("p.yaml", text);
    CHECK_FALSE(read_plan(file, d));
    REQUIRE(d.items().size() >= 1);
    CHECK(d.items()[0].code == c.code);
    CHECK(d.items()[0].message.find(c.message) != std::string::npos);
    // Located on the new figure's line.
    CHECK(file.location(d.items()[0].offset).line == file.location(text.find("\nfigures:\n") + 10).line + c.below);
  }
}
