// Part II of the report: a part per task of the plan, in the plan's order,
// each with the sentences the plan writes for it over its figures, and its
// requirements.
#include <algorithm>

#include "report_chart.h"
#include "report_docx.h"
#include "report_sections.h"
#include "sentences.h"

namespace baocao {

namespace {

// The value of a number figure in a row of totals.
long long cell(const std::vector<long long>& row, const FigureDef& d) {
  return d.offset < row.size() ? row[d.offset] : 0;
}

// {comma, and} on each item, for "A; B và C".
void joiners(std::vector<mu::data>& items) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i].set("comma", i > 0 && i + 1 < items.size());
    items[i].set("and", i > 0 && i + 1 == items.size());
  }
}

// A count with the learners split: {n, one, zero, many, pupils, children, has_pupils, has_children, has_both}.
mu::data number_data(const ReportContext& c, long long all, long long children) {
  mu::data d = c.values.count(all);
  d.set("pupils", c.values.count(all - children));
  d.set("children", c.values.count(children));
  d.set("has_pupils", all - children > 0);
  d.set("has_children", children > 0);
  d.set("has_both", all - children > 0 && children > 0);
  return d;
}

// A part of a whole, likewise split; which learners there are is the whole's.
mu::data ratio_data(const ReportContext& c, long long part, long long whole, long long child_part, long long child_whole) {
  mu::data d = c.values.figure(part, whole);
  d.set("n", c.values.number(part));
  d.set("pupils", c.values.figure(part - child_part, whole - child_whole));
  d.set("children", c.values.figure(child_part, child_whole));
  d.set("has_pupils", whole - child_whole > 0);
  d.set("has_children", child_whole > 0);
  d.set("has_both", whole - child_whole > 0 && child_whole > 0);
  return d;
}

// A breakdown by one code: {any, used: the codes counted, all: every code,
// CODE: count}; each code's `compared` as a number's.
mu::data breakdown_data(const ReportContext& c, const FigureDef& d, const long long* cells) {
  mu::data out;
  std::vector<mu::data> used, all;
  const auto& terms = d.vocabulary->terms();
  const Comparison* cmp = c.report.comparison ? &*c.report.comparison : nullptr;
  // The figure was compared when the earlier report had it as a breakdown too.
  bool compared = cmp && std::none_of(cmp->not_compared.begin(), cmp->not_compared.end(),
                                      [&](const NotCompared& n) { return n.id == d.id; });
  for (std::size_t i = 0; i < terms.size(); ++i) {
    mu::data item;
    item.set("code", terms[i].code);
    item.set("label", term_label(terms[i], c.report.lang));
    item.set("count", c.values.count(cells[i]));
    if (compared) {
      // A code neither report counted has no change of its own: 0 then and now.
      const CellChange* change = find_cell_change(*cmp, d.id, terms[i].code);
      put(item, "compared", change_data(c, *cmp, change ? static_cast<const FigureChange&>(*change) : FigureChange{d.id, 0, 0}));
    } else {
      item.set("compared", false);
    }
    out.set(terms[i].code, c.values.count(cells[i]));
    if (cells[i] != 0) used.push_back(item);
    all.push_back(std::move(item));
  }
  joiners(used);
  out.set("any", !used.empty());
  put(out, "used", list_of(std::move(used)));
  put(out, "all", list_of(std::move(all)));
  return out;
}

// By two codes: {any, columns: [{label}], rows: [{label, count, cells: [{label, count}], used}],
// CODE: its row, where CODE2 is a cell's count}.
mu::data two_way_data(const ReportContext& c, const FigureDef& d, const long long* cells) {
  const auto& rows = d.vocabulary->terms();
  const auto& cols = d.by_vocabulary->terms();
  mu::data out;
  std::vector<mu::data> columns, row_items;
  for (const Term& t : cols) {
    mu::data col;
    col.set("label", term_label(t, c.report.lang));
    columns.push_back(std::move(col));
  }
  bool any = false;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    long long total = 0;
    std::vector<mu::data> row_cells, used;
    mu::data row;
    for (std::size_t j = 0; j < cols.size(); ++j) {
      long long n = cells[i * cols.size() + j];
      total += n;
      row.set(cols[j].code, c.values.count(n));
      mu::data item;
      item.set("label", term_label(cols[j], c.report.lang));
      item.set("count", c.values.count(n));
      if (n != 0) used.push_back(item);
      row_cells.push_back(std::move(item));
    }
    joiners(used);
    row.set("code", rows[i].code);
    row.set("label", term_label(rows[i], c.report.lang));
    row.set("count", c.values.count(total));
    put(row, "cells", list_of(std::move(row_cells)));
    put(row, "used", list_of(std::move(used)));
    any = any || total != 0;
    out.set(rows[i].code, row);
    row_items.push_back(std::move(row));
  }
  out.set("any", any);
  put(out, "columns", list_of(std::move(columns)));
  put(out, "rows", list_of(std::move(row_items)));
  return out;
}

// The codes used: {any, count, used: [{label, comma, and}], compared}; the
// change's `added`, `dropped` are label lists and `codes_words` says both.
mu::data distinct_data(const ReportContext& c, const FigureDef& d, const long long* cells) {
  std::vector<mu::data> used;
  const auto& terms = d.vocabulary->terms();
  for (std::size_t i = 0; i < terms.size(); ++i) {
    if (cells[i] == 0) continue;
    mu::data item;
    item.set("code", terms[i].code);
    item.set("label", term_label(terms[i], c.report.lang));
    used.push_back(std::move(item));
  }
  joiners(used);
  mu::data out;
  out.set("any", !used.empty());
  out.set("count", c.values.count(static_cast<long long>(used.size())));
  put(out, "used", list_of(std::move(used)));
  const CodesChange* change = c.report.comparison ? find_codes_change(*c.report.comparison, d.id) : nullptr;
  if (!change) {
    out.set("compared", false);
    return out;
  }
  mu::data compared = change_data(c, *c.report.comparison, *change);
  auto labels = [&](const std::vector<std::string>& codes) {
    std::vector<std::string> names;
    for (const std::string& code : codes) names.push_back(d.vocabulary->label(code, c.report.lang));
    return name_list(names);
  };
  compared.set("has_added", !change->added.empty());
  put(compared, "added", labels(change->added));
  compared.set("has_dropped", !change->dropped.empty());
  put(compared, "dropped", labels(change->dropped));
  compared.set("codes_words", codes_change_words(c.report, *change));
  put(out, "compared", std::move(compared));
  return out;
}

// Several number figures in one sentence: the non-zero ones, each item with
// its flag set and the others' cleared (so no outer value shows through).
mu::data parts_data(const ReportContext& c, const FigureDef& d) {
  const Figures& figures = c.report.plan->figures;
  std::vector<mu::data> used;
  for (const FigureDef::Part& p : d.parts) {
    const FigureDef& f = figures.defs()[p.figure];
    long long all = cell(c.report.totals, f), children = cell(c.report.children_totals, f);
    long long n = p.learners == FigureDef::Part::Learners::all        ? all
                  : p.learners == FigureDef::Part::Learners::children ? children
                                                                      : all - children;
    if (n == 0) continue;
    mu::data item = c.values.count(n);
    for (const FigureDef::Part& other : d.parts) item.set(other.flag, &other == &p);
    used.push_back(std::move(item));
  }
  joiners(used);
  mu::data out;
  out.set("any", !used.empty());
  put(out, "used", list_of(std::move(used)));
  return out;
}

mu::data figure_value(const ReportContext& c, const FigureDef& d) {
  const Figures& figures = c.report.plan->figures;
  const std::vector<long long>& all = c.report.totals;
  const std::vector<long long>& children = c.report.children_totals;
  static const long long kNone[1] = {0};
  const long long* cells = d.offset + d.width <= all.size() && d.width ? all.data() + d.offset : kNone;
  switch (d.kind) {
    case FigureKind::ratio: {
      const FigureDef& num = figures.defs()[d.numerator];
      const FigureDef& den = figures.defs()[d.denominator];
      mu::data out = ratio_data(c, cell(all, num), cell(all, den), cell(children, num), cell(children, den));
      const RatioChange* change = c.report.comparison ? find_ratio_change(*c.report.comparison, d.id) : nullptr;
      if (change) put(out, "compared", ratio_change_data(c, *c.report.comparison, *change));
      else out.set("compared", false);
      return out;
    }
    case FigureKind::parts: return parts_data(c, d);
    case FigureKind::distinct: return distinct_data(c, d, cells);
    case FigureKind::breakdown: return d.by ? two_way_data(c, d, cells) : breakdown_data(c, d, cells);
    default: {
      mu::data out = number_data(c, cell(all, d), cell(children, d));
      const FigureChange* change = c.report.comparison ? find_change(*c.report.comparison, d.id) : nullptr;
      if (change) put(out, "compared", change_data(c, *c.report.comparison, *change));
      else out.set("compared", false);
      return out;
    }
  }
}

// Every figure by id; "participants.staff" nests under "participants".
mu::data figures_data(const ReportContext& c) {
  mu::data root;
  root.set("subject", c.report.plan->subject.in(c.report.lang));
  root.set("abbrev", c.report.plan->abbrev);
  std::map<std::string, mu::data> groups;
  std::vector<std::string> order;
  for (const FigureDef& d : c.report.plan->figures.defs()) {
    std::size_t dot = d.id.find('.');
    if (dot == std::string::npos) {
      put(root, d.id, figure_value(c, d));
      continue;
    }
    std::string group = d.id.substr(0, dot);
    if (!groups.count(group)) order.push_back(group);
    put(groups[group], d.id.substr(dot + 1), figure_value(c, d));
  }
  for (const std::string& g : order) put(root, g, std::move(groups[g]));
  return root;
}

// A requirement belongs to the task of its first clause ("II.4, III.2" -> II.4).
bool under(const Task& t, const RequirementRow& q) {
  const std::string& clause = q.requirement->clause;
  return clause.compare(0, clause.find(','), t.clause) == 0;
}

mu::data chart_data(const ReportContext& c, const FigureDef& d, std::size_t number) {
  std::vector<Bar> bars;  // every code, unused ones too
  const std::vector<long long>& all = c.report.totals;
  for (std::size_t i = 0; i < d.vocabulary->terms().size(); ++i) {
    long long n = d.offset + i < all.size() ? all[d.offset + i] : 0;
    bars.push_back({term_label(d.vocabulary->terms()[i], c.report.lang), c.values.number(n), static_cast<double>(n)});
  }
  mu::data chart = bar_chart(bars);
  chart.set("rid", "rIdChart" + std::to_string(number));
  chart.set("n", std::to_string(number));
  chart.set("cy", std::to_string(docx_chart_height(bars.size())));
  return chart;
}

// Requirement results read as sentences of one paragraph: the first leads in.
void prose(std::vector<mu::data>& requirements) {
  for (std::size_t i = 0; i < requirements.size(); ++i) requirements[i].set("first", i == 0);
}

mu::data task_data(const ReportContext& c, const mu::data& figures, const Task& task, std::size_t index,
                   std::size_t& charts) {
  mu::data row;
  row.set("no", std::to_string(index + 1));
  row.set("clause", task.clause);
  row.set("title", task.title.in(c.report.lang));
  std::vector<mu::data> sentences;
  for (const Sentence& s : task.sentences) {
    // Charts are numbered as report_charts_of() lists them, said or not.
    const FigureDef* f = s.chart.empty() ? nullptr : c.report.plan->figures.find(s.chart);
    std::size_t number = f ? ++charts : 0;
    std::string text = render_sentence(s.text.in(c.report.lang), figures);
    if (text.find_first_not_of(" \n") == std::string::npos) continue;  // nothing to say
    mu::data item;
    item.set("text", text);
    if (f) {
      mu::data chart = chart_data(c, *f, number);
      chart.set("caption", s.caption.in(c.report.lang));
      put(item, "chart", std::move(chart));
    } else {
      item.set("chart", false);
    }
    sentences.push_back(std::move(item));
  }
  std::vector<mu::data> reqs;
  for (const RequirementRow& q : c.report.requirements)
    if (under(task, q)) reqs.push_back(requirement_data(c, q));
  prose(reqs);
  row.set("has_sentences", !sentences.empty());
  row.set("has_requirements", !reqs.empty());
  row.set("no_data", sentences.empty() && reqs.empty());
  put(row, "sentences", list_of(std::move(sentences)));
  put(row, "requirements", list_of(std::move(reqs)));
  return row;
}

}  // namespace

void add_tasks(const ReportContext& c, mu::data& d) {
  const Plan& plan = *c.report.plan;
  mu::data figures = figures_data(c);
  std::vector<mu::data> tasks;
  std::size_t charts = 0;
  for (std::size_t i = 0; i < plan.tasks.size(); ++i) tasks.push_back(task_data(c, figures, plan.tasks[i], i, charts));
  // Requirements under no task of the plan still get reported.
  std::vector<mu::data> others;
  for (const RequirementRow& q : c.report.requirements)
    if (std::none_of(plan.tasks.begin(), plan.tasks.end(), [&](const Task& t) { return under(t, q); }))
      others.push_back(requirement_data(c, q));
  prose(others);
  put(d, "tasks", list_of(std::move(tasks)));
  d.set("has_other_requirements", !others.empty());
  put(d, "other_requirements", list_of(std::move(others)));
  d.set("other_requirements_no", std::to_string(plan.tasks.size() + 1));
}

std::vector<const FigureDef*> report_charts_of(const Plan& plan) {
  std::vector<const FigureDef*> out;
  for (const Task& t : plan.tasks)
    for (const Sentence& s : t.sentences)
      if (const FigureDef* f = s.chart.empty() ? nullptr : plan.figures.find(s.chart)) out.push_back(f);
  return out;
}

}  // namespace baocao
