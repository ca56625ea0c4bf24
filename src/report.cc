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

// Activities and lessons per term of a vocabulary, counted by the term's index.
class TermCounter {
 public:
  TermCounter(const Form& form, const SchoolRecord& r, const Vocabulary& v, std::vector<std::uint32_t>& counts)
      : form_(form), r_(r), v_(v), counts_(counts) {
    counts_.assign(v.terms().size(), 0);
  }
  void add(const char* path) {  // a codes field of a list
    const FormField& f = *form_.field(path);
    for (const ListItem& item : r_.items(static_cast<std::size_t>(f.scope)))
      for (const auto& c : item.values[f].codes)
        if (std::size_t i = v_.index_of(c.value); i < counts_.size()) ++counts_[i];
  }

 private:
  const Form& form_;
  const SchoolRecord& r_;
  const Vocabulary& v_;
  std::vector<std::uint32_t>& counts_;
};

void read_figures(FileSummary& f, const SchoolRecord& r, const Plan& plan) {
  const Form& form = plan.form();
  auto field = [&](std::string_view path) -> const FormField& { return *form.field(path); };
  if (r[field(form_path::prepared_date)].present) f.prepared = r[field(form_path::prepared_date)].date;
  f.totals = totals_of(form, r);
  TermCounter(form, r, plan.vocabulary("form"), f.by_form).add("activities[].form");
  TermCounter(form, r, plan.vocabulary("partner"), f.by_partner).add("activities[].partners");
  TermCounter topics(form, r, plan.vocabulary("topic"), f.by_topic);
  topics.add("lessons[].topics");
  topics.add("activities[].topics");
  f.strengths = r[field(form_path::strengths)].text;
  f.limitations = r[field(form_path::limitations)].text;
  f.proposals = r[field(form_path::proposals)].text;
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
  read_figures(f, r, plan);
  f.checks.reserve(s.results.size());
  for (const RequirementResult& q : s.results)
    f.checks.push_back(!q.evaluated ? FileSummary::Check::not_evaluated
                       : q.met     ? FileSummary::Check::met
                                   : FileSummary::Check::not_met);
  return f;
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

// Activities per term, counted by the term's index over the schools and
// named once at the end.
struct TermCounts {
  std::vector<long long> forms, partners, topics;
};

void add_counts(std::vector<long long>& total, const std::vector<std::uint32_t>& n) {
  for (std::size_t i = 0; i < n.size() && i < total.size(); ++i) total[i] += n[i];
}

// A valid school's file counted in the totals and the requirements.
void count_valid(Report& rep, SchoolRow& row, TermCounts& counts) {
  const FileSummary& f = *row.file;
  ++rep.valid;
  row.late = rep.office->deadline && f.prepared && *rep.office->deadline < *f.prepared;
  if (!row.late) ++rep.on_time;
  rep.totals.add(f.totals);
  add_counts(counts.forms, f.by_form);
  add_counts(counts.partners, f.by_partner);
  add_counts(counts.topics, f.by_topic);
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

// Every term gets its count, zero included.
void name_counts(std::map<std::string, long long>& total, const Vocabulary& v, const std::vector<long long>& n) {
  for (std::size_t i = 0; i < n.size(); ++i) total[v.terms()[i].code] = n[i];
}

}  // namespace

Report build_report(const Plan& plan, const Office& office, const std::vector<FileSummary>& files, Lang lang) {
  Report rep;
  rep.lang = lang;
  rep.plan = &plan;
  rep.office = &office;
  rep.expected = office.schools().size();
  for (const Requirement& q : plan.requirements) rep.requirements.push_back({&q, 0, 0, {}});
  const Vocabulary &forms = plan.vocabulary("form"), &partners = plan.vocabulary("partner"),
                   &topics = plan.vocabulary("topic");
  TermCounts counts{std::vector<long long>(forms.terms().size()), std::vector<long long>(partners.terms().size()),
                    std::vector<long long>(topics.terms().size())};

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
    if (row.valid()) count_valid(rep, row, counts);
    rep.schools.push_back(std::move(row));
  }
  name_counts(rep.by_form, forms, counts.forms);
  name_counts(rep.by_partner, partners, counts.partners);
  name_counts(rep.by_topic, topics, counts.topics);
  return rep;
}

}  // namespace baocao
