#include "totals.h"

#include <stdexcept>
#include <string>

namespace baocao {

const std::array<FigureDef, kFigureCount>& figure_defs() {
  static const std::array<FigureDef, kFigureCount> kDefs = {{
      {Figure::staff_total, "staff_total", "staff.total", {"Tổng số CB, GV, NV", "Staff"}},
      {Figure::staff_informed, "staff_informed", "staff.informed", {"CB, GV, NV được quán triệt", "Staff informed"}},
      {Figure::students_total, "students_total", "students.total", {"Tổng số học sinh", "Pupils"}},
      {Figure::students_reached, "students_reached", "students.reached",
       {"Học sinh được tuyên truyền", "Pupils reached"}},
      {Figure::lessons, "lessons", "lessons", {"Tiết dạy lồng ghép", "Integrated lessons"}},
      {Figure::lesson_periods, "lesson_periods", "lessons[].periods", {"Số tiết", "Lesson periods"}},
      {Figure::lesson_students, "lesson_students", "lessons[].students",
       {"Lượt HS dự tiết lồng ghép", "Pupils in lessons"}},
      {Figure::activities, "activities", "activities", {"Hoạt động tuyên truyền", "Activities"}},
      {Figure::participants_staff, "participants.staff", "activities[].participants.staff",
       {"Lượt CB, GV tham gia", "Staff taking part"}},
      {Figure::participants_students, "participants.students", "activities[].participants.students",
       {"Lượt HS tham gia", "Pupils taking part"}},
      {Figure::participants_parents, "participants.parents", "activities[].participants.parents",
       {"Lượt cha mẹ HS tham gia", "Parents taking part"}},
      {Figure::participants_others, "participants.others", "activities[].participants.others",
       {"Lượt người khác tham gia", "Others taking part"}},
      {Figure::trainings, "trainings", "training", {"Lượt tập huấn", "Trainings"}},
      {Figure::trained_staff, "trained_staff", "training[].attendees", {"CB, GV được tập huấn", "Staff trained"}},
      {Figure::focal_persons, "focal_persons", "focal_persons", {"Người phụ trách tuyên truyền", "Focal persons"}},
      {Figure::plans_issued, "plans_issued", "school_plan.issued", {"Đã ban hành kế hoạch", "Plan issued"}},
      {Figure::communication_programs, "communication_programs", "communication_program",
       {"Có chương trình truyền thông", "Communication programme"}},
      {Figure::movement_integrated, "movement_integrated", "movement_integrated",
       {"Lồng ghép phong trào", "Integrated with the movement"}},
  }};
  return kDefs;
}

void Totals::add(const Totals& o) {
  for (std::size_t i = 0; i < kFigureCount; ++i) values_[i] += o.values_[i];
}

namespace {

// A figure's field, and for a count inside a list, the list; looked up once.
struct Source {
  const FormField* field = nullptr;
  const FormField* list = nullptr;
};

std::array<Source, kFigureCount> sources(const Form& form) {
  std::array<Source, kFigureCount> s;
  for (std::size_t i = 0; i < kFigureCount; ++i) {
    const FigureDef& d = figure_defs()[i];
    const FormField* f = form.field(d.path);
    // The table is the program's own: a wrong path is a bug, caught by the first test.
    if (!f || static_cast<std::size_t>(d.figure) != i) throw std::logic_error(std::string("figure ") + d.key);
    s[i].field = f;
    s[i].list = form.list_of(*f);
  }
  return s;
}

long long value_of(const Form& form, const SchoolRecord& r, const Source& s) {
  const FormField& f = *s.field;
  if (s.list) {
    long long n = 0;
    for (const ListItem& item : r.items(form.index(*s.list))) n += item.values[f].number;
    return n;
  }
  switch (f.kind) {
    case FieldKind::list: return static_cast<long long>(r.items(form.index(f)).size());
    case FieldKind::flag: return r[f].flag ? 1 : 0;
    default: return r[f].number;
  }
}

}  // namespace

Totals totals_of(const Form& form, const SchoolRecord& r) {
  const std::array<Source, kFigureCount> kSources = sources(form);
  Totals t;
  for (std::size_t i = 0; i < kFigureCount; ++i) t[static_cast<Figure>(i)] = value_of(form, r, kSources[i]);
  return t;
}

}  // namespace baocao
