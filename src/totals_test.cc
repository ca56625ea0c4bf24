#include "totals.h"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "test_support.h"

using namespace baocao;

TEST_CASE("every figure names a field of the form, once, in Figure order") {
  std::set<std::string> keys;
  for (std::size_t i = 0; i < kFigureCount; ++i) {
    const FigureDef& d = figure_defs()[i];
    CAPTURE(d.key);
    CHECK(static_cast<std::size_t>(d.figure) == i);
    CHECK(test::v1().field(d.path) != nullptr);
    CHECK(keys.insert(d.key).second);
    CHECK(!d.label.vi.empty());
    CHECK(!d.label.en.empty());
  }
}

TEST_CASE("a figure is read by its field's kind: value, flag, list length, sum over a list") {
  Submission s = test::check(test::school_file(
      "A",
      "lessons:\n"
      "  - {subject: GDCD, title: T, date: 2024-03-01, periods: 2, students: 30, topics: [mai_dam]}\n"
      "  - {subject: GDCD, title: U, date: 2024-03-02, students: 25, topics: [ma_tuy]}\n"
      "activities:\n"
      "  - {form: chao_co, title: X, date: 2024-04-01, partners: [doan_thanh_nien],"
      " participants: {staff: 5, students: 90, parents: 3}, topics: [hiv_aids]}\n"
      "  - {form: chao_co, title: Y, date: 2024-04-02, participants: {students: 10, others: 4}, topics: [mai_dam]}\n"
      "training:\n  - {title: T, date: 2024-05-01, attendees: 2}\n"));
  REQUIRE(s.record);
  Totals t = totals_of(test::v1(), *s.record);
  CHECK(t[Figure::staff_total] == 10);                // a count
  CHECK(t[Figure::communication_programs] == 1);      // a flag that is yes
  CHECK(t[Figure::plans_issued] == 0);                // a flag that is no
  CHECK(t[Figure::lessons] == 2);                     // a list's items
  CHECK(t[Figure::lesson_periods] == 3);              // summed; an absent periods counts 1
  CHECK(t[Figure::lesson_students] == 55);
  CHECK(t[Figure::activities] == 2);
  CHECK(t[Figure::participants_staff] == 5);
  CHECK(t[Figure::participants_students] == 100);
  CHECK(t[Figure::participants_others] == 4);
  CHECK(t[Figure::trained_staff] == 2);
  CHECK(t[Figure::focal_persons] == 0);               // an absent list

  Totals sum;
  sum.add(t);
  sum.add(t);
  CHECK(sum[Figure::participants_students] == 200);
  CHECK(sum[Figure::lessons] == 4);
}
