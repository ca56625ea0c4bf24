#include "report.h"

#include <algorithm>
#include <unordered_map>

namespace baocao {

void Totals::add(const Totals& o) {
  staff_total += o.staff_total;
  staff_informed += o.staff_informed;
  students_total += o.students_total;
  students_reached += o.students_reached;
  lessons += o.lessons;
  lesson_periods += o.lesson_periods;
  lesson_students += o.lesson_students;
  activities += o.activities;
  participants_staff += o.participants_staff;
  participants_students += o.participants_students;
  participants_parents += o.participants_parents;
  participants_others += o.participants_others;
  trainings += o.trainings;
  trained_staff += o.trained_staff;
  focal_persons += o.focal_persons;
  plans_issued += o.plans_issued;
  communication_programs += o.communication_programs;
  movement_integrated += o.movement_integrated;
}

FileSummary summarize(const Submission& s) {
  FileSummary f;
  f.path = s.path;
  f.readable = s.record.has_value();
  f.valid = s.valid();
  f.error_count = s.diags.error_count();
  for (const Diagnostic& d : s.diags.items())
    if (d.severity == Severity::error) f.errors.push_back(d.message);
  if (!s.record) return f;
  const SchoolRecord& r = *s.record;
  f.code = s.school_code();
  f.name = r.school_name.value;
  if (!f.valid) return f;
  if (r.prepared_date.present) f.prepared = r.prepared_date.value;
  Totals& t = f.totals;
  t.staff_total = r.staff_total.value;
  t.staff_informed = r.staff_informed.value;
  t.students_total = r.students_total.value;
  t.students_reached = r.students_reached.value;
  t.lessons = static_cast<long long>(r.lessons.size());
  for (const Lesson& l : r.lessons) {
    t.lesson_periods += l.periods.value;
    t.lesson_students += l.students.value;
    for (const auto& c : l.topics) ++f.by_topic[c.value];
  }
  t.activities = static_cast<long long>(r.activities.size());
  for (const Activity& a : r.activities) {
    t.participants_staff += a.participants.staff.value;
    t.participants_students += a.participants.students.value;
    t.participants_parents += a.participants.parents.value;
    t.participants_others += a.participants.others.value;
    ++f.by_form[a.form.value];
    for (const auto& c : a.partners) ++f.by_partner[c.value];
    for (const auto& c : a.topics) ++f.by_topic[c.value];
  }
  t.trainings = static_cast<long long>(r.training.size());
  for (const Training& tr : r.training) t.trained_staff += tr.attendees.value;
  t.focal_persons = static_cast<long long>(r.focal_persons.size());
  t.plans_issued = r.plan_issued.value ? 1 : 0;
  t.communication_programs = r.communication_program.value ? 1 : 0;
  t.movement_integrated = r.movement_integrated.value ? 1 : 0;
  for (const RequirementResult& q : s.results) {
    if (!q.evaluated) continue;
    f.evaluated.push_back(q.requirement->id);
    if (!q.met) f.not_met.push_back(q.requirement->id);
  }
  f.strengths = r.strengths.value;
  f.limitations = r.limitations.value;
  f.proposals = r.proposals.value;
  return f;
}

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

Report build_report(const Plan& plan, const Office& office, const std::vector<FileSummary>& files, Lang lang) {
  Report rep;
  rep.plan = &plan;
  rep.office = &office;
  rep.expected = office.schools().size();
  for (const Term& t : plan.vocabulary("form").terms()) rep.by_form[t.code] = 0;
  for (const Term& t : plan.vocabulary("partner").terms()) rep.by_partner[t.code] = 0;
  for (const Term& t : plan.vocabulary("topic").terms()) rep.by_topic[t.code] = 0;
  for (const Requirement& q : plan.requirements) rep.requirements.push_back({&q, 0, 0, {}});

  std::unordered_map<std::string, std::vector<const FileSummary*>> by_code;
  for (const FileSummary& f : files) {
    if (f.code.empty() || !office.find(f.code)) {
      rep.unknown.push_back(f.path);
      rep.unknown_files.push_back(&f);
    } else {
      by_code[f.code].push_back(&f);
    }
  }

  for (const RosterEntry& e : office.schools()) {
    SchoolRow row;
    row.code = e.code;
    row.name = e.name;
    row.commune = e.commune;
    row.level = e.level;
    static const std::vector<const FileSummary*> kNone;
    auto found = by_code.find(e.code);
    const std::vector<const FileSummary*>& claims = found == by_code.end() ? kNone : found->second;
    for (const FileSummary* f : claims) row.paths.push_back(f->path);
    if (claims.empty()) {
      row.status = "missing";
      row.reasons.push_back(say(lang, "chưa nộp báo cáo", "no report submitted"));
      rep.missing.push_back(e.code);
    } else if (claims.size() > 1) {
      row.status = "invalid";
      std::string list;
      for (const FileSummary* f : claims) list += (list.empty() ? "" : ", ") + f->path;
      row.reasons.push_back(say(lang, "có {} tệp cùng mã trường: {}", "{} files claim this school: {}", claims.size(), list));
      rep.invalid.push_back(e.code);
    } else if (!claims[0]->valid) {
      row.status = "invalid";
      row.file = claims[0];
      row.reasons.push_back(say(lang, "{}: {} lỗi", "{}: {} errors", claims[0]->path, claims[0]->error_count));
      for (std::size_t i = 0; i < claims[0]->errors.size() && i < 3; ++i) row.reasons.push_back(claims[0]->errors[i]);
      rep.invalid.push_back(e.code);
    } else {
      row.status = "valid";
      row.file = claims[0];
    }
    if (!claims.empty()) ++rep.submitted;
    if (row.status == "valid") {
      const FileSummary& f = *row.file;
      ++rep.valid;
      row.late = office.deadline && f.prepared && *office.deadline < *f.prepared;
      if (!row.late) ++rep.on_time;
      rep.totals.add(f.totals);
      for (const auto& [k, v] : f.by_form) rep.by_form[k] += v;
      for (const auto& [k, v] : f.by_partner) rep.by_partner[k] += v;
      for (const auto& [k, v] : f.by_topic) rep.by_topic[k] += v;
      for (RequirementRow& q : rep.requirements) {
        if (!has(f.evaluated, q.requirement->id)) continue;
        if (has(f.not_met, q.requirement->id)) {
          ++q.not_met;
          q.schools_not_met.push_back(e.code);
        } else {
          ++q.met;
        }
      }
    }
    rep.schools.push_back(std::move(row));
  }
  return rep;
}

}  // namespace baocao
