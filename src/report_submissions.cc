// Part I of the report: the office's own work and the state of submissions.
#include "report_sections.h"

namespace baocao {

namespace {

// A roll-up's units: a sentence in part I and a table in appendix 1, each
// rate with its numerator and denominator. Schools were on time by their
// unit's deadline, so the report's deadline speaks of units only.
void add_units_table(const ReportContext& c, mu::data& d) {
  const Values& v = c.values;
  std::vector<mu::data> rows;
  std::vector<std::string> not_sent;
  long long sent = 0, on_time = 0;
  ReportUnitEntry all;
  for (const ReportUnitEntry& u : *c.report.units) {
    mu::data row;
    row.set("no", std::to_string(rows.size() + 1));
    row.set("code", u.code);
    row.set("name", u.name);
    row.set("sent", u.submitted);
    row.set("on_time", u.on_time);
    row.set("has_date", u.report_date.has_value());
    if (u.report_date) row.set("date", v.date(*u.report_date));
    row.set("expected", v.number(u.expected));
    row.set("schools_sent", v.figure(u.schools_submitted, u.expected));
    row.set("schools_valid", v.figure(u.valid, u.expected));
    row.set("schools_on_time", v.figure(u.schools_on_time, u.valid));
    row.set("schools_missing", v.number(u.missing));
    rows.push_back(std::move(row));
    if (!u.submitted) not_sent.push_back(u.name);
    sent += u.submitted;
    on_time += u.submitted && u.on_time;
    all.expected += u.expected;
    all.schools_submitted += u.schools_submitted;
    all.valid += u.valid;
    all.schools_on_time += u.schools_on_time;
    all.missing += u.missing;
  }
  long long units = static_cast<long long>(rows.size());
  mu::data total;
  total.set("expected", v.number(all.expected));
  total.set("schools_sent", v.figure(all.schools_submitted, all.expected));
  total.set("schools_valid", v.figure(all.valid, all.expected));
  total.set("schools_on_time", v.figure(all.schools_on_time, all.valid));
  total.set("schools_missing", v.number(all.missing));
  put(d, "units", list_of(std::move(rows)));
  put(d, "units_total", std::move(total));
  d.set("units_sent", v.figure(sent, units));
  d.set("units_on_time", v.figure(on_time, sent));
  d.set("has_units_missing", !not_sent.empty());
  d.set("units_missing", v.school_list(not_sent));
  d.set("has_units_deadline", c.report.office->deadline.has_value());
}

}  // namespace

void add_submissions(const ReportContext& c, mu::data& d) {
  const Report& r = c.report;
  const Values& v = c.values;
  const auto n = [](std::size_t x) { return static_cast<long long>(x); };
  d.set("office_work", narrative_data(r.office->narrative.office_work));
  d.set("expected", v.count(n(r.expected)));
  d.set("submitted", v.figure(n(r.submitted), n(r.expected)));
  d.set("valid", v.figure(n(r.valid), n(r.expected)));
  d.set("on_time", v.figure(n(r.on_time), n(r.valid)));
  d.set("late", v.count(n(r.valid - r.on_time)));
  d.set("has_late", r.valid > r.on_time);
  d.set("has_deadline", r.office->deadline.has_value() && !r.units);  // a roll-up's deadline is its units'

  if (r.office->deadline) d.set("deadline", v.date(*r.office->deadline));
  d.set("missing", v.count(n(r.missing.size())));
  d.set("missing_schools", c.school_names(r.missing));
  d.set("has_missing", !r.missing.empty());
  d.set("blank", v.count(n(r.blank.size())));
  d.set("blank_schools", c.school_names(r.blank));
  d.set("has_blank", !r.blank.empty());
  d.set("invalid", v.count(n(r.invalid.size())));
  d.set("invalid_schools", c.school_names(r.invalid));
  d.set("has_invalid", !r.invalid.empty());
  d.set("unknown", v.count(n(r.unknown.size())));
  d.set("has_unknown", !r.unknown.empty());
  d.set("has_problems", !r.complete() || !r.unknown.empty());
  d.set("is_rollup", r.units != nullptr);
  if (r.units) add_units_table(c, d);
}

}  // namespace baocao
