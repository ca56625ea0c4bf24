// Part I of the report: the office's own work and the state of submissions.
#include "report_sections.h"

namespace baocao {

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
  d.set("has_deadline", r.office->deadline.has_value());
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
}

}  // namespace baocao
