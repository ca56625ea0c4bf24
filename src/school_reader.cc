#include "school_reader.h"

#include "blank_form.h"

namespace baocao {

const std::vector<std::string_view> kSchoolKeys = {
    "plan",     "school",  "prepared",   "staff",    "students", "school_plan", "communication_program",
    "focal_persons", "lessons", "activities", "training", "movement_integrated", "assessment"};

namespace {

// The keys allowed in each part of the form; built once, checked for every file.
const std::vector<std::string_view> kSchoolPart = {"code", "name"};
const std::vector<std::string_view> kPreparedPart = {"by", "position", "phone", "date"};
const std::vector<std::string_view> kStaffPart = {"total", "informed"};
const std::vector<std::string_view> kStudentsPart = {"total", "reached"};
const std::vector<std::string_view> kSchoolPlanPart = {"issued", "number", "date", "integrated_with"};
const std::vector<std::string_view> kAssessmentPart = {"strengths", "limitations", "proposals"};
const std::vector<std::string_view> kFocalPersonKeys = {"name", "role"};
const std::vector<std::string_view> kLessonKeys = {"subject", "grade", "title", "date", "periods", "students", "topics"};
const std::vector<std::string_view> kActivityKeys = {"form", "title", "date", "partners", "participants", "topics"};
const std::vector<std::string_view> kParticipantKeys = {"staff", "students", "parents", "others"};
const std::vector<std::string_view> kTrainingKeys = {"title", "organizer", "date", "attendees"};

class SchoolReader {
 public:
  SchoolReader(const Plan& plan, Diagnostics& diags)
      : plan_(plan), r_(diags), lang_(diags.lang()), topics_(plan.vocabulary("topic")),
        forms_(plan.vocabulary("form")), partners_(plan.vocabulary("partner")), programs_(plan.vocabulary("program")) {}

  SchoolRecord read(const Node& root) {
    SchoolRecord rec;
    rec_ = &rec;
    if (!r_.mapping(root, "", kSchoolKeys)) return rec;
    read_identity(root);
    read_counts(root);
    read_school_plan(root);
    rec.communication_program = r_.flag(get(root, "communication_program", "", true), "communication_program");
    read_focal_persons(root);
    read_lessons(root);
    read_activities(root);
    read_training(root);
    if (const Node* m = get(root, "movement_integrated", "", false))
      rec.movement_integrated = r_.flag(m, "movement_integrated");
    if (const Node* a = get(root, "assessment", "", false)) {
      if (r_.mapping(*a, "assessment", kAssessmentPart, true)) {
        rec.strengths = r_.text(get(*a, "strengths", "assessment", false), "assessment.strengths", false);
        rec.limitations = r_.text(get(*a, "limitations", "assessment", false), "assessment.limitations", false);
        rec.proposals = r_.text(get(*a, "proposals", "assessment", false), "assessment.proposals", false);
      }
    }
    return rec;
  }

 private:
  // Looks a key up and remembers where it is, for the requirement warnings
  // that point at it (they name keys outside list items only).
  const Node* get(const Node& map, std::string_view key, const KeyPath& path, bool required) {
    if (map.is_mapping() && !path.in_list())
      if (const MapEntry* e = map.find(key)) rec_->keys[path.key(key).str()] = {e->key_offset, e->key_length};
    return r_.field(map, key, path, required);
  }

  const Node* section(const Node& root, const char* key, const std::vector<std::string_view>& allowed) {
    const Node* n = get(root, key, "", true);
    if (n && !r_.mapping(*n, key, allowed)) return nullptr;
    return n;
  }

  void read_identity(const Node& root) {
    SchoolRecord& rec = *rec_;
    rec.plan = r_.text(get(root, "plan", "", true), "plan", true);
    if (rec.plan.present && rec.plan.value != plan_.id)
      r_.diags().error("E205", rec.plan.offset, rec.plan.length, "plan",
                       say(lang_, "tệp báo cáo cho kế hoạch `{}`, nhưng đang kiểm tra theo kế hoạch `{}`",
                           "the file answers plan `{}`, but plan `{}` is being checked", rec.plan.value, plan_.id),
                       say(lang_, "ghi `plan: {}`, hoặc kiểm tra với --plan {}", "write `plan: {}`, or check with --plan {}",
                           plan_.id, rec.plan.value));
    if (const Node* s = section(root, "school", kSchoolPart)) {
      rec.school_code = r_.text(get(*s, "code", "school", true), "school.code", true);
      rec.school_name = r_.text(get(*s, "name", "school", true), "school.name", true);
    }
    if (const Node* p = section(root, "prepared", kPreparedPart)) {
      rec.prepared_by = r_.text(get(*p, "by", "prepared", true), "prepared.by", true);
      if (rec.prepared_by.present && rec.prepared_by.value == kPreparedByPlaceholder)
        r_.diags().warning("W002", rec.prepared_by.offset, rec.prepared_by.length, "prepared.by",
                           say(lang_, "prepared.by vẫn là chữ mẫu của biểu mẫu trắng", "prepared.by is still the blank form's placeholder"),
                           say(lang_, "ghi họ và tên người lập báo cáo", "write the name of the person preparing the report"));
      rec.prepared_position = r_.text(get(*p, "position", "prepared", false), "prepared.position", false);
      if (const Node* ph = get(*p, "phone", "prepared", false)) rec.prepared_phone = r_.phone(ph, "prepared.phone");
      rec.prepared_date = r_.date(get(*p, "date", "prepared", true), "prepared.date");
    }
  }

  // A count that must not exceed another; reports E201 at the part.
  void not_above(const Located<long long>& part, const KeyPath& part_path, const Located<long long>& whole,
                 const char* whole_key) {
    if (!part.present || !whole.present || part.value <= whole.value) return;
    std::string part_key = part_path.str();
    r_.diags().error("E201", part.offset, part.length, part_key,
                     say(lang_, "{} = {} lớn hơn {} = {}", "{} = {} is more than {} = {}", part_key, part.value,
                         whole_key, whole.value),
                     say(lang_, "kiểm tra lại hai số này: {} không thể vượt quá {}", "check both figures: {} can't exceed {}",
                         part_key, whole_key));
  }

  void read_counts(const Node& root) {
    SchoolRecord& rec = *rec_;
    if (const Node* s = section(root, "staff", kStaffPart)) {
      rec.staff_total = r_.count(get(*s, "total", "staff", true), "staff.total");
      rec.staff_informed = r_.count(get(*s, "informed", "staff", true), "staff.informed");
      not_above(rec.staff_informed, "staff.informed", rec.staff_total, "staff.total");
    }
    if (const Node* s = section(root, "students", kStudentsPart)) {
      rec.students_total = r_.count(get(*s, "total", "students", true), "students.total");
      rec.students_reached = r_.count(get(*s, "reached", "students", true), "students.reached");
      not_above(rec.students_reached, "students.reached", rec.students_total, "students.total");
    }
  }

  std::vector<Located<std::string>> codes(const Node* node, const KeyPath& path, const Vocabulary& v,
                                          bool non_empty) {
    std::vector<Located<std::string>> out;
    auto items = r_.list(node, path);
    // An absent or empty key is already reported as missing by field().
    if (non_empty && node && node->is_sequence() && node->items.empty())
      r_.error("E110", *node, path, say(lang_, "`{}` phải có ít nhất một mục", "`{}` needs at least one item", path.str()),
               say(lang_, "các mã được dùng: {}", "allowed codes: {}", v.codes_list()));
    for (std::size_t i = 0; i < items.size(); ++i) {
      // Labels hold commas ("Phòng, chống mại dâm"), which split an unquoted
      // [a, b] list; rejoin neighbours when together they name a term.
      if (std::size_t used = rejoined_label(items, i, v)) {
        Located<std::string> c;
        c.value = v.find(joined(items, i, used))->code;
        c.offset = items[i]->offset;
        c.length = items[i]->length;
        c.present = true;
        out.push_back(c);
        i += used - 1;
        continue;
      }
      auto c = r_.code(items[i], v, path.item(i));
      if (c.present) out.push_back(c);
    }
    return out;
  }

  static std::string joined(const std::vector<const Node*>& items, std::size_t from, std::size_t n) {
    std::string s;
    for (std::size_t k = from; k < from + n; ++k) {
      if (k > from) s += ", ";
      s += items[k]->text;
    }
    return s;
  }

  // How many items from `i` on (2 or more) form one label; 0 when none do.
  static std::size_t rejoined_label(const std::vector<const Node*>& items, std::size_t i, const Vocabulary& v) {
    if (!items[i]->is_scalar() || items[i]->quoted || v.find(items[i]->text)) return 0;
    for (std::size_t n = 2; n <= 4 && i + n <= items.size(); ++n) {
      if (!items[i + n - 1]->is_scalar() || items[i + n - 1]->quoted) return 0;
      if (v.find(joined(items, i, n))) return n;
    }
    return 0;
  }

  void read_school_plan(const Node& root) {
    SchoolRecord& rec = *rec_;
    const Node* sp = section(root, "school_plan", kSchoolPlanPart);
    if (!sp) return;
    rec.plan_issued = r_.flag(get(*sp, "issued", "school_plan", true), "school_plan.issued");
    rec.plan_number = r_.text(get(*sp, "number", "school_plan", false), "school_plan.number", false);
    if (const Node* d = get(*sp, "date", "school_plan", false)) rec.plan_date = r_.date(d, "school_plan.date");
    rec.integrated_with =
        codes(get(*sp, "integrated_with", "school_plan", false), "school_plan.integrated_with", programs_, false);
    if (rec.plan_issued.present && rec.plan_issued.value) {
      bool number_given = sp->find("number") && !sp->find("number")->value.is_null();
      bool date_given = sp->find("date") && !sp->find("date")->value.is_null();
      if (!number_given)
        r_.diags().error("E203", rec.plan_issued.offset, rec.plan_issued.length, "school_plan.number",
                         say(lang_, "đã ban hành kế hoạch (issued: có) nhưng thiếu số, ký hiệu kế hoạch",
                             "the plan is issued (issued: yes) but its number is missing"),
                         say(lang_, "thêm `number: 15/KH-THCS` (số kế hoạch của trường) trong school_plan",
                             "add `number: 15/KH-THCS` (the school plan's number) under school_plan"));
      if (!date_given)
        r_.diags().error("E203", rec.plan_issued.offset, rec.plan_issued.length, "school_plan.date",
                         say(lang_, "đã ban hành kế hoạch (issued: có) nhưng thiếu ngày ban hành",
                             "the plan is issued (issued: yes) but its date is missing"),
                         say(lang_, "thêm `date: 15/04/2024` trong school_plan", "add `date: 15/04/2024` under school_plan"));
    }
  }

  void read_focal_persons(const Node& root) {
    const KeyPath list = "focal_persons";
    auto items = r_.list(get(root, "focal_persons", "", false), list);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const KeyPath path = list.item(i);
      if (!r_.mapping(*items[i], path, kFocalPersonKeys)) continue;
      FocalPerson f;
      f.name = r_.text(get(*items[i], "name", path, true), path.key("name"), true);
      f.role = r_.text(get(*items[i], "role", path, true), path.key("role"), true);
      rec_->focal_persons.push_back(std::move(f));
    }
  }

  void in_period(const Located<Date>& d, const KeyPath& path) {
    if (!d.present || (plan_.from <= d.value && d.value <= plan_.to)) return;
    r_.diags().error("E202", d.offset, d.length, path.str(),
                     say(lang_, "ngày {} nằm ngoài thời gian của kế hoạch ({} – {})",
                         "{} is outside the plan period ({} – {})", d.value.vi(), plan_.from.vi(), plan_.to.vi()),
                     say(lang_, "chỉ báo cáo việc làm trong thời gian kế hoạch; kiểm tra lại năm và thứ tự ngày/tháng",
                         "report only work done in the plan period; check the year and the day/month order"));
  }

  void in_range(const Located<long long>& v, const KeyPath& path, long long min, long long max) {
    if (!v.present || (v.value >= min && v.value <= max)) return;
    std::string key = path.str();
    r_.diags().error("E106", v.offset, v.length, key,
                     say(lang_, "{} = {} nằm ngoài khoảng {}..{}", "{} = {} is outside {}..{}", key, v.value, min, max),
                     {});
  }

  void read_lessons(const Node& root) {
    const KeyPath list = "lessons";
    auto items = r_.list(get(root, "lessons", "", false), list);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const KeyPath path = list.item(i);
      const Node& n = *items[i];
      if (!r_.mapping(n, path, kLessonKeys)) continue;
      Lesson l;
      l.offset = n.offset;
      auto key = [&](const char* k) { return path.key(k); };
      l.subject = r_.text(get(n, "subject", path, true), key("subject"), true);
      if (const Node* g = get(n, "grade", path, false)) {
        l.grade = r_.count(g, key("grade"));
        in_range(l.grade, key("grade"), 1, 12);
      }
      l.title = r_.text(get(n, "title", path, true), key("title"), true);
      l.date = r_.date(get(n, "date", path, true), key("date"));
      in_period(l.date, key("date"));
      l.periods.value = 1;
      if (const Node* p = get(n, "periods", path, false)) {
        l.periods = r_.count(p, key("periods"));
        in_range(l.periods, key("periods"), 1, kMaxCount);
      }
      l.students = r_.count(get(n, "students", path, true), key("students"));
      not_above(l.students, key("students"), rec_->students_total, "students.total");
      l.topics = codes(get(n, "topics", path, true), key("topics"), topics_, true);
      rec_->lessons.push_back(std::move(l));
    }
  }

  void read_activities(const Node& root) {
    const KeyPath list = "activities";
    auto items = r_.list(get(root, "activities", "", false), list);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const KeyPath path = list.item(i);
      const Node& n = *items[i];
      if (!r_.mapping(n, path, kActivityKeys)) continue;
      Activity a;
      a.offset = n.offset;
      auto key = [&](const char* k) { return path.key(k); };
      const Node* form = get(n, "form", path, true);
      if (form) a.form = r_.code(form, forms_, key("form"));
      a.title = r_.text(get(n, "title", path, true), key("title"), true);
      a.date = r_.date(get(n, "date", path, true), key("date"));
      in_period(a.date, key("date"));
      a.partners = codes(get(n, "partners", path, false), key("partners"), partners_, false);
      if (const Node* p = get(n, "participants", path, true)) {
        const KeyPath pp = key("participants");
        if (r_.mapping(*p, pp, kParticipantKeys)) {
          Participants& q = a.participants;
          bool all_read = true;  // a sum over unreadable counts would be a second, misleading error
          for (auto [name, field] : {std::pair{"staff", &q.staff}, std::pair{"students", &q.students},
                                     std::pair{"parents", &q.parents}, std::pair{"others", &q.others}}) {
            if (const Node* c = get(*p, name, pp, false)) {
              *field = r_.count(c, pp.key(name));
              all_read = all_read && field->present;
            }
          }
          if (all_read && q.sum() == 0)
            r_.error("E204", *p, pp,
                     say(lang_, "hoạt động không có người tham gia (tổng số lượt bằng 0)",
                         "the activity has no participants (the counts add up to 0)"),
                     say(lang_, "ghi số lượt tham gia: staff (CB, GV), students (học sinh), parents (cha mẹ), others (khác)",
                         "write the numbers: staff, students, parents, others"));
          not_above(q.students, pp.key("students"), rec_->students_total, "students.total");
        }
      }
      a.topics = codes(get(n, "topics", path, true), key("topics"), topics_, true);
      rec_->activities.push_back(std::move(a));
    }
  }

  void read_training(const Node& root) {
    const KeyPath list = "training";
    auto items = r_.list(get(root, "training", "", false), list);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const KeyPath path = list.item(i);
      const Node& n = *items[i];
      if (!r_.mapping(n, path, kTrainingKeys)) continue;
      Training t;
      t.offset = n.offset;
      auto key = [&](const char* k) { return path.key(k); };
      t.title = r_.text(get(n, "title", path, true), key("title"), true);
      t.organizer = r_.text(get(n, "organizer", path, false), key("organizer"), false);
      t.date = r_.date(get(n, "date", path, true), key("date"));
      in_period(t.date, key("date"));
      t.attendees = r_.count(get(n, "attendees", path, true), key("attendees"));
      if (t.attendees.present && t.attendees.value < 1)
        r_.diags().error("E106", t.attendees.offset, t.attendees.length, key("attendees").str(),
                         say(lang_, "{} phải ít nhất là 1", "{} must be at least 1", key("attendees").str()),
                         say(lang_, "xóa mục tập huấn nếu không ai tham dự", "remove the training if nobody attended"));
      not_above(t.attendees, key("attendees"), rec_->staff_total, "staff.total");
      rec_->training.push_back(std::move(t));
    }
  }

  const Plan& plan_;
  YamlReader r_;
  Lang lang_;
  const Vocabulary &topics_, &forms_, &partners_, &programs_;
  SchoolRecord* rec_ = nullptr;
};

}  // namespace

SchoolRecord read_school(const Node& root, const Plan& plan, Diagnostics& diags) {
  return SchoolReader(plan, diags).read(root);
}

}  // namespace baocao
