#include "rollup_document.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace baocao {

std::vector<long long> plan_row(const Plan& plan, const std::vector<ReportFigureDef>& defs,
                                const std::vector<ReportFigure>& values) {
  std::vector<long long> row(plan.figures.width(), 0);
  for (std::size_t i = 0; i < defs.size() && i < values.size(); ++i) {
    const FigureDef* d = plan.figures.find(defs[i].id);
    if (!d || d->width == 0) continue;  // a ratio or parts: no cells of its own
    const ReportFigure& f = values[i];
    auto at = [&](const Vocabulary* v, const std::string& code) { return v ? v->index_of(code) : std::string::npos; };
    switch (d->kind) {
      case FigureKind::distinct:
        for (const std::string& code : f.codes)
          if (std::size_t k = at(d->vocabulary, code); k != std::string::npos) row[d->offset + k] = 1;
        break;
      case FigureKind::breakdown:
        if (d->by) {
          std::size_t columns = d->by_vocabulary->terms().size();
          for (const auto& [first, inner] : f.counts2)
            for (const auto& [second, n] : inner) {
              std::size_t a = at(d->vocabulary, first), b = at(d->by_vocabulary, second);
              if (a != std::string::npos && b != std::string::npos) row[d->offset + a * columns + b] = n;
            }
        } else {
          for (const auto& [code, n] : f.counts)
            if (std::size_t k = at(d->vocabulary, code); k != std::string::npos) row[d->offset + k] = n;
        }
        break;
      default: row[d->offset] = f.n;
    }
  }
  return row;
}

std::unique_ptr<RollupDocument> rollup_document(const Plan& plan, const Office& higher, const Rollup& r, Lang lang) {
  const ReportJson& j = r.report;
  auto doc = std::make_unique<RollupDocument>();
  doc->office = higher;
  for (const ReportSchoolEntry& s : j.schools) doc->office.add_school({s.code, s.name, s.level, s.commune, {}});
  // A school its unit counted valid is a valid file; one it found invalid, a
  // file with its unit named, so appendix 2 says where to look.
  for (const ReportSchoolEntry& s : j.schools) {
    if (s.status == "missing") continue;
    FileSummary f;
    f.path = s.files.empty() ? s.code : s.files.front();
    f.code = s.code;
    f.name = s.name;
    f.blank = s.status == "blank";
    f.valid = s.status == "valid";
    f.prepared = s.prepared;
    if (f.valid) {
      f.figures = plan_row(plan, j.figure_defs, s.figures);
      // Every plan has it, though a report older than it may not carry it.
      if (const FigureDef* d = plan.figures.find(kSchoolsFigure)) f.figures[d->offset] = 1;
      std::unordered_set<std::string> not_met(s.not_met.begin(), s.not_met.end());
      for (const Requirement& q : plan.requirements)
        f.checks.push_back(not_met.count(q.id) ? FileSummary::Check::not_met : FileSummary::Check::met);
      f.strengths = s.strengths;
      f.limitations = s.limitations;
      f.proposals = s.proposals;
    } else if (!f.blank) {
      // The unit's own reasons, as its report words them, under the file's
      // name in the unit; a report older than them points to the unit's.
      if (!s.unit.empty() && !s.files.empty())
        f.path = say(lang, "{} của đơn vị {}", "{} of unit {}", s.files.front(), s.unit);
      for (const ReportSchoolEntry::Error& e : s.errors) f.add_error(e.line, e.message);
      if (s.errors.empty())
        f.add_error(0, say(lang, "đơn vị {} đã trả lại báo cáo để trường sửa (xem báo cáo của đơn vị)",
                           "unit {} sent the report back to the school to fix (see the unit's report)",
                           s.unit.empty() ? "?" : s.unit));
      else
        f.error_count = std::max(s.error_count, s.errors.size());
    }
    doc->files.push_back(std::move(f));
  }
  doc->report = build_report(plan, doc->office, doc->files, lang);
  Report& rep = doc->report;
  // Timeliness as each unit reported it, against its own deadline.
  std::unordered_map<std::string, bool> late;
  for (const ReportSchoolEntry& s : j.schools) late[s.code] = s.late;
  rep.on_time = 0;
  for (SchoolRow& row : rep.schools) {
    row.late = row.valid() && late[row.code];
    if (row.valid() && !row.late) ++rep.on_time;
  }
  // A requirement is met where the school's unit found it met; one that did
  // not apply to a school is in neither count, as the units counted it.
  for (RequirementRow& q : rep.requirements)
    for (const ReportRequirementEntry& e : j.requirements)
      if (e.id == q.requirement->id) {
        q.met = e.met;
        q.not_met = e.not_met;
      }
  rep.units = &j.units;
  return doc;
}

}  // namespace baocao
