// The figures a report adds up over schools. Each is read from one field of
// the form (form.h) by the field's kind: a count's value, 1 for a flag that is
// yes, a list's number of items, or a count inside a list summed over its
// items. The table here names each figure once: its key in the JSON report
// and its label in the Excel workbook.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>

#include "form.h"
#include "school_record.h"

namespace baocao {

enum class Figure : std::uint8_t {
  staff_total,
  staff_informed,
  students_total,
  students_reached,
  lessons,
  lesson_periods,
  lesson_students,
  activities,
  participants_staff,
  participants_students,
  participants_parents,
  participants_others,
  trainings,
  trained_staff,
  focal_persons,
  plans_issued,
  communication_programs,
  movement_integrated,
};
constexpr std::size_t kFigureCount = static_cast<std::size_t>(Figure::movement_integrated) + 1;

struct FigureDef {
  Figure figure;
  const char* key;   // under "totals" in the JSON report; a dot nests ("participants.staff")
  const char* path;  // the form field it is read from
  FieldLabel label;  // a column or line of the Excel workbook
};

// Every figure, in Figure order, which is the order of the JSON report and the workbook.
const std::array<FigureDef, kFigureCount>& figure_defs();

class Totals {
 public:
  long long operator[](Figure f) const { return values_[static_cast<std::size_t>(f)]; }
  long long& operator[](Figure f) { return values_[static_cast<std::size_t>(f)]; }
  void add(const Totals& o);

 private:
  std::array<long long, kFigureCount> values_{};
};

// One school's figures, from its record.
Totals totals_of(const Form& form, const SchoolRecord& r);

}  // namespace baocao
