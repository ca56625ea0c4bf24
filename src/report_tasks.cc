// Part II of the report: a part per task of the plan, in the plan's order,
// each with the figures the plan names for it and its requirements.
#include <algorithm>

#include "report_chart.h"
#include "report_sections.h"

namespace baocao {

namespace {

// The roster level whose learners are children ("trẻ"), not pupils (docs/contract.md §1).
constexpr const char* kPreschool = "mam_non";

// What the figures need beyond the report's totals, summed over valid files.
struct Sums {
  Totals preschool;  // the preschools' own totals
  long long schools_with_focal_persons = 0;
};

Sums sum(const Report& r) {
  Sums s;
  for (const SchoolRow& row : r.schools) {
    if (!row.valid()) continue;
    if (row.level == kPreschool) s.preschool.add(row.file->totals);
    if (row.file->totals[Figure::focal_persons] > 0) ++s.schools_with_focal_persons;
  }
  return s;
}

long long valid_schools(const ReportContext& c) { return static_cast<long long>(c.report.valid); }

// [{label, count}] for the terms of a vocabulary that were used, in the plan's order.
mu::data used_terms(const ReportContext& c, const std::string& vocab, const std::map<std::string, long long>& counts) {
  std::vector<mu::data> items;
  for (const Term& t : c.report.plan->vocabulary(vocab).terms()) {
    auto it = counts.find(t.code);
    if (it == counts.end() || it->second == 0) continue;
    mu::data item;
    item.set("label", term_label(t, c.report.lang));
    item.set("count", c.values.count(it->second));
    items.push_back(std::move(item));
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i].set("comma", i > 0 && i + 1 < items.size());
    items[i].set("and", i > 0 && i + 1 == items.size());
  }
  return list_of(std::move(items));
}

// Pupils and preschool children counted apart: {pupils, children, has_pupils, has_children}.
mu::data learners(mu::data pupils, mu::data children, bool has_pupils, bool has_children) {
  mu::data d;
  d.set("pupils", pupils);
  d.set("children", children);
  d.set("has_pupils", has_pupils);
  d.set("has_children", has_children);
  d.set("has_both", has_pupils && has_children);
  return d;
}

mu::data participants(const ReportContext& c, const Sums& s) {
  const Totals& t = c.report.totals;
  long long children = s.preschool[Figure::participants_students];
  struct Part { const char* kind; long long n; };
  const Part parts[] = {{"staff", t[Figure::participants_staff]},
                        {"pupils", t[Figure::participants_students] - children},
                        {"children", children},
                        {"parents", t[Figure::participants_parents]},
                        {"others", t[Figure::participants_others]}};
  std::vector<mu::data> items;
  for (const Part& p : parts) {
    if (p.n == 0) continue;
    mu::data item = c.values.count(p.n);
    item.set(p.kind, true);
    items.push_back(std::move(item));
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i].set("comma", i > 0 && i + 1 < items.size());
    items[i].set("and", i > 0 && i + 1 == items.size());
  }
  return list_of(std::move(items));
}

mu::data staff_informed(const ReportContext& c, const Sums&) {
  return c.values.figure(c.report.totals[Figure::staff_informed], c.report.totals[Figure::staff_total]);
}

mu::data communication_programs(const ReportContext& c, const Sums&) {
  return c.values.figure(c.report.totals[Figure::communication_programs], valid_schools(c));
}

mu::data plans_issued(const ReportContext& c, const Sums&) {
  return c.values.figure(c.report.totals[Figure::plans_issued], valid_schools(c));
}

mu::data movement_integrated(const ReportContext& c, const Sums&) {
  return c.values.figure(c.report.totals[Figure::movement_integrated], valid_schools(c));
}

mu::data activities(const ReportContext& c, const Sums& s) {
  mu::data d;
  d.set("activities", c.values.count(c.report.totals[Figure::activities]));
  mu::data who = participants(c, s);
  d.set("has_participants", !who.is_empty_list());
  d.set("participants", who);
  return d;
}

// {has_NAME, NAME: the terms used}.
mu::data terms_figure(const ReportContext& c, const std::string& name, const std::string& vocab,
                      const std::map<std::string, long long>& counts) {
  mu::data d;
  mu::data used = used_terms(c, vocab, counts);
  d.set("has_" + name, !used.is_empty_list());
  d.set(name, used);
  return d;
}

mu::data forms(const ReportContext& c, const Sums&) {
  mu::data d = terms_figure(c, "forms", "form", c.report.by_form);
  std::vector<Bar> bars;  // every form of the plan, unused ones too
  for (const Term& t : c.report.plan->vocabulary("form").terms()) {
    auto it = c.report.by_form.find(t.code);
    long long n = it == c.report.by_form.end() ? 0 : it->second;
    bars.push_back({term_label(t, c.report.lang), c.values.number(n), static_cast<double>(n)});
  }
  d.set("chart", bar_chart(bars));
  return d;
}

mu::data partners(const ReportContext& c, const Sums&) {
  return terms_figure(c, "partners", "partner", c.report.by_partner);
}

mu::data topics(const ReportContext& c, const Sums&) { return terms_figure(c, "topics", "topic", c.report.by_topic); }

mu::data trainings(const ReportContext& c, const Sums&) {
  mu::data d;
  d.set("trainings", c.values.count(c.report.totals[Figure::trainings]));
  d.set("trained_staff", c.values.count(c.report.totals[Figure::trained_staff]));
  return d;
}

mu::data lessons(const ReportContext& c, const Sums& s) {
  const Totals& t = c.report.totals;
  long long children = s.preschool[Figure::lesson_students], pupils = t[Figure::lesson_students] - children;
  mu::data d = learners(c.values.count(pupils), c.values.count(children), pupils > 0, children > 0);
  d.set("lessons", c.values.count(t[Figure::lessons]));
  d.set("periods", c.values.count(t[Figure::lesson_periods]));
  return d;
}

mu::data focal_persons(const ReportContext& c, const Sums& s) {
  mu::data d;
  d.set("persons", c.values.count(c.report.totals[Figure::focal_persons]));
  d.set("schools", c.values.figure(s.schools_with_focal_persons, valid_schools(c)));
  return d;
}

mu::data students_reached(const ReportContext& c, const Sums& s) {
  const Totals &t = c.report.totals, &pre = s.preschool;
  long long pupils = t[Figure::students_total] - pre[Figure::students_total];
  return learners(c.values.figure(t[Figure::students_reached] - pre[Figure::students_reached], pupils),
                  c.values.figure(pre[Figure::students_reached], pre[Figure::students_total]), pupils > 0,
                  pre[Figure::students_total] > 0);
}

using FigureBuilder = mu::data (*)(const ReportContext&, const Sums&);

// The figures by the name a plan file gives them (plan.h's kTaskFigures).
const std::pair<const char*, FigureBuilder> kFigures[] = {
    {"staff_informed", staff_informed}, {"communication_programs", communication_programs},
    {"plans_issued", plans_issued},     {"activities", activities},
    {"forms", forms},                   {"partners", partners},
    {"movement_integrated", movement_integrated}, {"trainings", trainings},
    {"lessons", lessons},               {"topics", topics},
    {"focal_persons", focal_persons},   {"students_reached", students_reached},
};

// A requirement belongs to the task of its first clause ("II.4, III.2" -> II.4).
bool under(const Task& t, const RequirementRow& q) {
  const std::string& clause = q.requirement->clause;
  return clause.compare(0, clause.find(','), t.clause) == 0;
}

mu::data task_data(const ReportContext& c, const Sums& sums, const Task& task, std::size_t index) {
  mu::data row;
  row.set("no", std::to_string(index + 1));
  row.set("clause", task.clause);
  row.set("title", task.title.in(c.report.lang));
  std::vector<mu::data> figures;
  for (const std::string& name : task.figures)
    for (const auto& [known, build] : kFigures)
      if (known == name) figures.emplace_back(name, build(c, sums));
  std::vector<mu::data> reqs;
  for (const RequirementRow& q : c.report.requirements)
    if (under(task, q)) reqs.push_back(requirement_data(c, q));
  row.set("has_figures", !figures.empty());
  row.set("has_requirements", !reqs.empty());
  row.set("no_data", figures.empty() && reqs.empty());
  put(row, "figures", list_of(std::move(figures)));
  put(row, "requirements", list_of(std::move(reqs)));
  return row;
}

}  // namespace

std::vector<std::string> figure_names() {
  std::vector<std::string> names;
  for (const auto& entry : kFigures) names.push_back(entry.first);
  return names;
}

void add_tasks(const ReportContext& c, mu::data& d) {
  const Plan& plan = *c.report.plan;
  Sums sums = sum(c.report);
  std::vector<mu::data> tasks;
  for (std::size_t i = 0; i < plan.tasks.size(); ++i) tasks.push_back(task_data(c, sums, plan.tasks[i], i));
  // Requirements under no task of the plan still get reported.
  std::vector<mu::data> others;
  for (const RequirementRow& q : c.report.requirements)
    if (std::none_of(plan.tasks.begin(), plan.tasks.end(), [&](const Task& t) { return under(t, q); }))
      others.push_back(requirement_data(c, q));
  put(d, "tasks", list_of(std::move(tasks)));
  d.set("has_other_requirements", !others.empty());
  put(d, "other_requirements", list_of(std::move(others)));
  d.set("other_requirements_no", std::to_string(plan.tasks.size() + 1));
}

}  // namespace baocao
