#include "report.h"

#include <algorithm>
#include <unordered_map>

namespace baocao {

std::vector<std::string> FileSummary::not_met(const Plan& plan) const {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < checks.size() && i < plan.requirements.size(); ++i)
    if (checks[i] == Check::not_met) ids.push_back(plan.requirements[i].id);
  return ids;
}

namespace {

constexpr std::size_t kErrorsKept = 3;  // what appendix 2 shows of an invalid file

}  // namespace

void FileSummary::add_error(std::size_t line, std::string message) {
  valid = false;
  ++error_count;
  if (errors.size() < kErrorsKept) errors.push_back({line, std::move(message)});
}

namespace {


void read_errors(FileSummary& f, const Submission& s) {
  f.error_count = s.diags.error_count();
  for (const Diagnostic& d : s.diags.items())
    if (d.severity == Severity::error && f.errors.size() < kErrorsKept)
      f.errors.push_back({d.offset != kNoOffset && s.source ? s.source->location(d.offset).line : 0, d.message});
}

void read_figures(FileSummary& f, const Submission& s, const SchoolRecord& r, const Plan& plan) {
  const Form& form = plan.form();
  auto field = [&](std::string_view path) -> const FormField& { return *form.field(path); };
  if (r[field(form_path::prepared_date)].present) f.prepared = r[field(form_path::prepared_date)].date;
  f.figures = s.figures.empty() ? plan.figures.of(form, r) : s.figures;
  // The school's own assessment, where the form has it.
  auto text = [&](std::string_view path) { return form.field(path) ? r[field(path)].text : std::string(); };
  f.strengths = text(form_path::strengths);
  f.limitations = text(form_path::limitations);
  f.proposals = text(form_path::proposals);
}

}  // namespace

FileSummary summarize(const Submission& s, const Plan& plan) {
  FileSummary f;
  f.path = s.path;
  f.valid = s.valid();
  read_errors(f, s);
  f.blank = s.blank;
  f.plan_file = s.plan_file;
  if (s.foreign != ForeignKind::none) {
    f.not_school_file = foreign_kind_words(s.foreign, s.diags.lang());
    f.guessed_code = s.guessed_code;
  }
  if (!s.record) return f;
  const SchoolRecord& r = *s.record;
  f.code = s.school_code();
  if (!f.code.empty() && s.source) {
    f.code_at = s.source->location(r[*plan.form().field(form_path::school_code)].offset);
    f.code_line = s.source->line_text(f.code_at.line);
  }
  f.name = r[*plan.form().field(form_path::school_name)].text;
  if (!f.valid) return f;
  read_figures(f, s, r, plan);
  f.checks.reserve(s.results.size());
  for (const RequirementResult& q : s.results)
    f.checks.push_back(!q.evaluated ? FileSummary::Check::not_evaluated
                       : q.met     ? FileSummary::Check::met
                                   : FileSummary::Check::not_met);
  return f;
}

const char* status_word(SchoolStatus s) {
  switch (s) {
    case SchoolStatus::valid: return "status-submitted";
    case SchoolStatus::invalid: return "status-resend";
    case SchoolStatus::blank: return "status-blank";
    case SchoolStatus::missing: break;
  }
  return "status-missing";
}

const char* status_name(SchoolStatus s) {
  switch (s) {
    case SchoolStatus::valid: return "valid";
    case SchoolStatus::invalid: return "invalid";
    case SchoolStatus::missing: return "missing";
    case SchoolStatus::blank: return "blank";
  }
  return "missing";
}

namespace {

// Whether a roster level's learners are children: the plan's level vocabulary says.
bool children_level(const Plan& plan, const std::string& level) {
  auto v = plan.vocabularies.find("level");
  const Term* t = v == plan.vocabularies.end() ? nullptr : v->second.by_code(level);
  return t && t->children;
}

// A valid school's file counted in the totals and the requirements.
void count_valid(Report& rep, SchoolRow& row) {
  const FileSummary& f = *row.file;
  ++rep.valid;
  row.late = rep.office->deadline && f.prepared && *rep.office->deadline < *f.prepared;
  if (!row.late) ++rep.on_time;
  add_row(rep.totals, f.figures);
  if (children_level(*rep.plan, row.level)) add_row(rep.children_totals, f.figures);
  for (std::size_t i = 0; i < rep.requirements.size() && i < f.checks.size(); ++i) {
    RequirementRow& q = rep.requirements[i];
    if (f.checks[i] == FileSummary::Check::not_met) {
      ++q.not_met;
      q.schools_not_met.push_back(row.code);
    } else if (f.checks[i] == FileSummary::Check::met) {
      ++q.met;
    }
  }
}

SchoolRow school_row(const RosterEntry& e, const std::vector<const FileSummary*>& claims,
                     const std::vector<const FileSummary*>& others) {
  SchoolRow row;
  row.other_files = others;
  row.code = e.code;
  row.name = e.name;
  row.commune = e.commune;
  row.level = e.level;
  for (const FileSummary* f : claims) row.paths.push_back(f->path);
  if (claims.size() == 1) row.file = claims[0];
  row.status = claims.empty()       ? SchoolStatus::missing
               : claims.size() > 1 ? SchoolStatus::invalid
               : claims[0]->blank  ? SchoolStatus::blank
               : claims[0]->valid  ? SchoolStatus::valid
                                   : SchoolStatus::invalid;
  return row;
}

// A school in its group's row: counted as expected, submitted (not the
// blank form) and valid, as the report's own counts are.
void add_school(GroupRow& row, const SchoolRow& s) {
  ++row.expected;
  if (!s.paths.empty() && s.status != SchoolStatus::blank) ++row.submitted;
  if (!s.valid()) return;
  ++row.valid;
  add_row(row.totals, s.file->figures);
}

// Adds each school to its level's and its commune's rows.
std::vector<Grouping> group_schools(const Report& rep) {
  std::vector<Grouping> out{{"level", {}}, {"commune", {}}};
  std::vector<std::unordered_map<std::string, std::size_t>> index(out.size());
  auto levels = rep.plan->vocabularies.find("level");
  if (levels != rep.plan->vocabularies.end())  // levels in the vocabulary's order, used or not
    for (const Term& t : levels->second.terms()) {
      index[0].emplace(t.code, out[0].rows.size());
      out[0].rows.push_back({t.code, 0, 0, 0, std::vector<long long>(rep.totals.size())});
    }
  for (const SchoolRow& s : rep.schools) {
    const std::string* keys[] = {&s.level, &s.commune};
    for (std::size_t g = 0; g < out.size(); ++g) {
      auto [it, fresh] = index[g].emplace(*keys[g], out[g].rows.size());
      if (fresh) out[g].rows.push_back({*keys[g], 0, 0, 0, std::vector<long long>(rep.totals.size())});
      add_school(out[g].rows[it->second], s);
    }
  }
  // A level no school of the roster has is no row.
  std::vector<GroupRow>& by_level = out[0].rows;
  by_level.erase(std::remove_if(by_level.begin(), by_level.end(), [](const GroupRow& r) { return r.expected == 0; }),
                 by_level.end());
  return out;
}

}  // namespace

Report build_report(const Plan& plan, const Office& office, const std::vector<FileSummary>& files, Lang lang) {
  Report rep;
  rep.lang = lang;
  rep.plan = &plan;
  rep.office = &office;
  rep.expected = office.schools().size();
  for (const Requirement& q : plan.requirements) rep.requirements.push_back({&q, 0, 0, {}});
  rep.totals.assign(plan.figures.width(), 0);
  rep.children_totals.assign(plan.figures.width(), 0);

  std::unordered_map<std::string, std::vector<const FileSummary*>> by_code, others;
  for (const FileSummary& f : files) {
    if (f.plan_file) continue;
    if (!f.guessed_code.empty() && office.find(f.guessed_code)) {
      others[f.guessed_code].push_back(&f);  // not a submission: the school's row names it
    } else if (f.code.empty() || !office.find(f.code)) {
      rep.unknown.push_back(f.path);
      rep.unknown_files.push_back(&f);
    } else {
      by_code[f.code].push_back(&f);
    }
  }
  static const std::vector<const FileSummary*> kNone;
  for (const RosterEntry& e : office.schools()) {
    auto found = by_code.find(e.code);
    auto other = others.find(e.code);
    SchoolRow row = school_row(e, found == by_code.end() ? kNone : found->second,
                               other == others.end() ? kNone : other->second);
    if (row.status == SchoolStatus::missing) rep.missing.push_back(e.code);
    if (row.status == SchoolStatus::blank) rep.blank.push_back(e.code);
    if (row.status == SchoolStatus::invalid) rep.invalid.push_back(e.code);
    if (!row.paths.empty() && row.status != SchoolStatus::blank) ++rep.submitted;
    if (row.valid()) count_valid(rep, row);
    rep.schools.push_back(std::move(row));
  }
  rep.groupings = group_schools(rep);
  return rep;
}

std::vector<const SchoolRow*> add_units(Report& r, const Crosswalk& crosswalk) {
  Grouping now{"commune_now", {}};
  std::unordered_map<std::string, std::size_t> index;
  for (const CrosswalkUnit& u : crosswalk.units) {
    index.emplace(u.now, now.rows.size());
    now.rows.push_back({u.now, 0, 0, 0, std::vector<long long>(r.totals.size())});
  }
  std::vector<const SchoolRow*> unplaced;
  for (const SchoolRow& s : r.schools) {
    const std::string* to = crosswalk.now_of(s.commune);
    if (!to) {
      unplaced.push_back(&s);
      continue;
    }
    add_school(now.rows[index.at(*to)], s);
  }
  // New communes with no school of this office are not rows of its report.
  now.rows.erase(std::remove_if(now.rows.begin(), now.rows.end(), [](const GroupRow& g) { return g.expected == 0; }),
                 now.rows.end());
  r.groupings.push_back(std::move(now));
  return unplaced;
}

namespace {

// A figure's total as the JSON report carries it (report_render's figure_json).
ReportFigure report_figure(const Figures& figures, const FigureDef& d, const std::vector<long long>& row) {
  auto at = [&](std::size_t i) { return i < row.size() ? row[i] : 0; };
  ReportFigure out;
  switch (d.kind) {
    case FigureKind::ratio:
      out.part = at(figures.defs()[d.numerator].offset);
      out.whole = at(figures.defs()[d.denominator].offset);
      break;
    case FigureKind::distinct:
      for (std::size_t i = 0; i < d.vocabulary->terms().size(); ++i)
        if (at(d.offset + i) != 0) out.codes.push_back(d.vocabulary->terms()[i].code);
      break;
    case FigureKind::breakdown: {
      const auto& terms = d.vocabulary->terms();
      if (!d.by) {
        for (std::size_t i = 0; i < terms.size(); ++i) out.counts.emplace_back(terms[i].code, at(d.offset + i));
        break;
      }
      const auto& columns = d.by_vocabulary->terms();
      for (std::size_t i = 0; i < terms.size(); ++i) {
        CodeCounts cells;
        for (std::size_t j = 0; j < columns.size(); ++j)
          cells.emplace_back(columns[j].code, at(d.offset + i * columns.size() + j));
        out.counts2.emplace_back(terms[i].code, std::move(cells));
      }
      break;
    }
    default: out.n = at(d.offset);
  }
  return out;
}

}  // namespace

ComparedSide compared_side(const Report& r) {
  ComparedSide side;
  side.plan_family = r.plan->family;
  const Figures& figures = r.plan->figures;
  for (const FigureDef& d : figures.defs()) {
    if (d.kind == FigureKind::parts) continue;  // not a figure of the JSON report
    side.figures.push_back({d.id, d.label.vi, d.label.in(Lang::en), *report_figure_kind(figure_kind_name(d)),
                            report_figure(figures, d, r.totals)});
  }
  for (const SchoolRow& s : r.schools) side.schools.push_back(s.code);
  return side;
}

}  // namespace baocao
