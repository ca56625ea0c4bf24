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

std::vector<std::string> FileSummary::not_met(const Plan& plan) const {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < checks.size() && i < plan.requirements.size(); ++i)
    if (checks[i] == Check::not_met) ids.push_back(plan.requirements[i].id);
  return ids;
}

namespace {

constexpr std::size_t kErrorsKept = 3;  // what appendix 2 shows of an invalid file

void count(std::vector<std::uint32_t>& counts, const Vocabulary& v, const std::string& code) {
  std::size_t i = v.index_of(code);
  if (i < counts.size()) ++counts[i];
}

}  // namespace

FileSummary summarize(const Submission& s, const Plan& plan) {
  FileSummary f;
  f.path = s.path;
  f.valid = s.valid();
  f.error_count = s.diags.error_count();
  for (const Diagnostic& d : s.diags.items())
    if (d.severity == Severity::error && f.errors.size() < kErrorsKept) f.errors.push_back(d.message);
  if (!s.record) return f;
  const SchoolRecord& r = *s.record;
  f.code = s.school_code();
  if (!f.code.empty() && s.source) f.code_at = s.source->location(s.record->school_code.offset);
  f.name = r.school_name.value;
  if (!f.valid) return f;
  if (r.prepared_date.present) f.prepared = r.prepared_date.value;
  const Vocabulary &forms = plan.vocabulary("form"), &partners = plan.vocabulary("partner"),
                   &topics = plan.vocabulary("topic");
  f.by_form.assign(forms.terms().size(), 0);
  f.by_partner.assign(partners.terms().size(), 0);
  f.by_topic.assign(topics.terms().size(), 0);
  Totals& t = f.totals;
  t.staff_total = r.staff_total.value;
  t.staff_informed = r.staff_informed.value;
  t.students_total = r.students_total.value;
  t.students_reached = r.students_reached.value;
  t.lessons = static_cast<long long>(r.lessons.size());
  for (const Lesson& l : r.lessons) {
    t.lesson_periods += l.periods.value;
    t.lesson_students += l.students.value;
    for (const auto& c : l.topics) count(f.by_topic, topics, c.value);
  }
  t.activities = static_cast<long long>(r.activities.size());
  for (const Activity& a : r.activities) {
    t.participants_staff += a.participants.staff.value;
    t.participants_students += a.participants.students.value;
    t.participants_parents += a.participants.parents.value;
    t.participants_others += a.participants.others.value;
    count(f.by_form, forms, a.form.value);
    for (const auto& c : a.partners) count(f.by_partner, partners, c.value);
    for (const auto& c : a.topics) count(f.by_topic, topics, c.value);
  }
  t.trainings = static_cast<long long>(r.training.size());
  for (const Training& tr : r.training) t.trained_staff += tr.attendees.value;
  t.focal_persons = static_cast<long long>(r.focal_persons.size());
  t.plans_issued = r.plan_issued.value ? 1 : 0;
  t.communication_programs = r.communication_program.value ? 1 : 0;
  t.movement_integrated = r.movement_integrated.value ? 1 : 0;
  f.checks.reserve(s.results.size());
  for (const RequirementResult& q : s.results)
    f.checks.push_back(!q.evaluated ? FileSummary::Check::not_evaluated
                       : q.met     ? FileSummary::Check::met
                                   : FileSummary::Check::not_met);
  f.strengths = r.strengths.value;
  f.limitations = r.limitations.value;
  f.proposals = r.proposals.value;
  return f;
}

namespace {

}  // namespace

Report build_report(const Plan& plan, const Office& office, const std::vector<FileSummary>& files, Lang lang) {
  Report rep;
  rep.plan = &plan;
  rep.office = &office;
  rep.expected = office.schools().size();
  for (const Requirement& q : plan.requirements) rep.requirements.push_back({&q, 0, 0, {}});
  // Counted per term index over the schools, named once at the end.
  const Vocabulary &forms = plan.vocabulary("form"), &partners = plan.vocabulary("partner"),
                   &topics = plan.vocabulary("topic");
  std::vector<long long> form_counts(forms.terms().size()), partner_counts(partners.terms().size()),
      topic_counts(topics.terms().size());

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
      row.reasons.push_back(say(lang, "có {} tệp cùng mã trường: {}", "{} files claim this school: {}", claims.size(),
                                fmt::format("{}", fmt::join(row.paths, ", "))));
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
      auto add = [](std::vector<long long>& total, const std::vector<std::uint32_t>& n) {
        for (std::size_t i = 0; i < n.size() && i < total.size(); ++i) total[i] += n[i];
      };
      add(form_counts, f.by_form);
      add(partner_counts, f.by_partner);
      add(topic_counts, f.by_topic);
      for (std::size_t i = 0; i < rep.requirements.size() && i < f.checks.size(); ++i) {
        RequirementRow& q = rep.requirements[i];
        if (f.checks[i] == FileSummary::Check::not_met) {
          ++q.not_met;
          q.schools_not_met.push_back(e.code);
        } else if (f.checks[i] == FileSummary::Check::met) {
          ++q.met;
        }
      }
    }
    rep.schools.push_back(std::move(row));
  }
  // Every term gets its count, zero included.
  auto name = [](std::map<std::string, long long>& total, const Vocabulary& v, const std::vector<long long>& n) {
    for (std::size_t i = 0; i < n.size(); ++i) total[v.terms()[i].code] = n[i];
  };
  name(rep.by_form, forms, form_counts);
  name(rep.by_partner, partners, partner_counts);
  name(rep.by_topic, topics, topic_counts);
  return rep;
}

}  // namespace baocao
