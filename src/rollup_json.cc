#include "rollup_json.h"

#include "compare.h"
#include "json_writer.h"

namespace baocao {

namespace {

void counts(JsonWriter& w, const CodeCounts& c) {
  w.begin_object();
  for (const auto& [code, n] : c) w.key(code).value(n);
  w.end_object();
}

void figure(JsonWriter& w, ReportFigureKind kind, const ReportFigure& f) {
  switch (kind) {
    case ReportFigureKind::sum:
    case ReportFigureKind::count:
    case ReportFigureKind::schools: w.value(f.n); break;
    case ReportFigureKind::ratio: w.begin_object().key("part").value(f.part).key("whole").value(f.whole).end_object(); break;
    case ReportFigureKind::distinct: w.strings(f.codes); break;
    case ReportFigureKind::breakdown: counts(w, f.counts); break;
    case ReportFigureKind::breakdown2:
      w.begin_object();
      for (const auto& [code, inner] : f.counts2) {
        w.key(code);
        counts(w, inner);
      }
      w.end_object();
      break;
  }
}

void date(JsonWriter& w, const char* key, const std::optional<Date>& d) {
  w.key(key);
  if (d) w.value(d->iso());
  else w.null();
}

void period(JsonWriter& w, const std::optional<Date>& from, const std::optional<Date>& to) {
  w.key("period").begin_object();
  date(w, "from", from);
  date(w, "to", to);
  w.end_object();
}

// §4's `totals`: the figures it names, a dotted id nested under its group.
void totals(JsonWriter& w, const ReportJson& r) {
  w.key("totals").begin_object();
  std::string group;
  for (const std::string& id : r.totals_keys) {
    long i = r.figure_index(id);
    if (i < 0) continue;
    std::string key = id, prefix;
    if (std::size_t dot = id.find('.'); dot != std::string::npos) prefix = id.substr(0, dot), key = id.substr(dot + 1);
    if (prefix != group) {
      if (!group.empty()) w.end_object();
      if (!prefix.empty()) w.key(prefix).begin_object();
      group = prefix;
    }
    w.key(key).value(r.figures[i].n);
  }
  if (!group.empty()) w.end_object();
  w.end_object();
}

void school(JsonWriter& w, const ReportJson& r, const ReportSchoolEntry& s) {
  w.begin_object().key("code").value(s.code).key("name").value(s.name);
  w.key("level").value(s.level).key("commune").value(s.commune);
  if (!s.unit.empty()) w.key("unit").value(s.unit);
  w.key("status").value(s.status).key("late").value(s.late);
  date(w, "prepared", s.prepared);
  w.key("not_met").strings(s.not_met).key("files").strings(s.files);
  if (s.has_figures) {
    w.key("figures").begin_object();
    for (std::size_t i = 0; i < r.figure_defs.size(); ++i) {
      if (r.figure_defs[i].kind == ReportFigureKind::ratio) continue;
      w.key(r.figure_defs[i].id);
      figure(w, r.figure_defs[i].kind, s.figures[i]);
    }
    w.end_object();
    w.key("texts").begin_object().key("strengths").value(s.strengths).key("limitations").value(s.limitations);
    w.key("proposals").value(s.proposals).end_object();
  }
  if (s.error_count > 0) {
    w.key("errors").begin_object().key("count").value(s.error_count).key("first").begin_array();
    for (const ReportSchoolEntry::Error& e : s.errors)
      w.begin_object().key("line").value(e.line).key("message").value(e.message).end_object();
    w.end_array().end_object();
  }
  w.end_object();
}

}  // namespace

std::string write_report_json(const ReportJson& r, const std::vector<Breakdown>& breakdowns,
                              const Comparison* comparison) {
  JsonWriter w;
  w.begin_object();
  w.key("format_version").value(kNewestReadableFormat);
  w.key("plan").value(r.plan).key("plan_family").value(r.plan_family);
  period(w, r.from, r.to);
  w.key("office").begin_object().key("code").value(r.office_code).key("name").value(r.office_name).end_object();
  date(w, "report_date", r.report_date);
  w.key("schools").begin_object();
  w.key("expected").value(r.expected).key("submitted").value(r.submitted).key("valid").value(r.valid);
  w.key("on_time").value(r.on_time);
  w.key("missing").strings(r.missing).key("invalid").strings(r.invalid).key("unknown").strings(r.unknown);
  w.end_object();
  totals(w, r);
  w.key("activities_by_form");
  counts(w, r.by_form);
  w.key("activities_by_partner");
  counts(w, r.by_partner);
  w.key("topics");
  counts(w, r.topics);
  w.key("requirements").begin_array();
  for (const ReportRequirementEntry& q : r.requirements) {
    w.begin_object().key("id").value(q.id).key("clause").value(q.clause);
    w.key("met").value(q.met).key("not_met").value(q.not_met).key("schools_not_met").strings(q.schools_not_met);
    w.end_object();
  }
  w.end_array();
  w.key("figures").begin_object();
  for (std::size_t i = 0; i < r.figure_defs.size(); ++i) {
    w.key(r.figure_defs[i].id);
    figure(w, r.figure_defs[i].kind, r.figures[i]);
  }
  w.end_object();
  w.key("figure_defs").begin_array();
  for (const ReportFigureDef& d : r.figure_defs) {
    w.begin_object().key("id").value(d.id).key("kind").value(report_figure_kind_name(d.kind));
    w.key("label").begin_object().key("vi").value(d.label_vi).key("en").value(d.label_en).end_object();
    if (!d.of.empty()) w.key("of").value(d.of);
    w.end_object();
  }
  w.end_array();
  if (!breakdowns.empty()) {
    w.key("breakdown").begin_object();
    for (const Breakdown& b : breakdowns) {
      w.key(b.by).begin_array();
      for (const BreakdownRow& row : b.rows) {
        w.begin_object().key("group").value(row.group).key("expected").value(row.expected);
        w.key("submitted").value(row.submitted).key("valid").value(row.valid).key("figures").begin_object();
        for (std::size_t i = 0; i < r.figure_defs.size(); ++i)
          if (broken_down(r.figure_defs[i].kind)) w.key(r.figure_defs[i].id).value(row.figures[i]);
        w.end_object().end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  if (comparison) write_comparison(w, *comparison);
  w.key("per_school").begin_array();
  for (const ReportSchoolEntry& s : r.schools) school(w, r, s);
  w.end_array();
  if (!r.inputs.empty() || !r.units.empty()) {
    w.key("inputs").begin_array();
    for (const ReportInputEntry& in : r.inputs) {
      w.begin_object().key("path").value(in.path).key("sha256").value(in.sha256);
      w.key("office_code").value(in.office_code).key("office_name").value(in.office_name).key("plan").value(in.plan);
      period(w, in.from, in.to);
      date(w, "report_date", in.report_date);
      w.end_object();
    }
    w.end_array();
    w.key("units").begin_array();
    for (const ReportUnitEntry& u : r.units) {
      w.begin_object().key("code").value(u.code).key("name").value(u.name);
      w.key("submitted").value(u.submitted).key("on_time").value(u.on_time);
      date(w, "report_date", u.report_date);
      w.key("schools").begin_object().key("expected").value(u.expected).key("submitted").value(u.schools_submitted);
      w.key("valid").value(u.valid).key("on_time").value(u.schools_on_time).key("late").value(u.late);
      w.key("missing").value(u.missing).end_object();
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
  return w.str();
}

}  // namespace baocao
