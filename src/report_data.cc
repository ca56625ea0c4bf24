#include "report_data.h"

#include "report_sections.h"

namespace baocao {

std::string ReportContext::school_name(const std::string& code) const {
  const RosterEntry* e = report.office->find(code);
  return e ? e->name : code;
}

mu::data ReportContext::school_names(const std::vector<std::string>& codes) const {
  std::vector<std::string> names;
  names.reserve(codes.size());
  for (const std::string& code : codes) names.push_back(school_name(code));
  return values.school_list(names);
}

mu::data requirement_data(const ReportContext& c, const RequirementRow& q) {
  mu::data row;
  row.set("id", q.requirement->id);
  row.set("clause", q.requirement->clause);
  row.set("text", q.requirement->text.in(c.report.lang));
  row.set("met", c.values.figure(q.met, q.met + q.not_met));
  row.set("not_met", c.values.count(q.not_met));
  row.set("has_not_met", q.not_met > 0);
  row.set("evaluated", q.met + q.not_met > 0);
  row.set("schools_not_met", c.school_names(q.schools_not_met));
  return row;
}

mu::data narrative_data(const NarrativePart& part) {
  mu::data d;
  d.set("has", !part.paragraphs.empty());
  d.set("paragraphs", text_list(part.paragraphs));
  return d;
}

mu::data build_report_data(const Report& report, const WordMap& words, unsigned jobs) {
  ReportContext c{report, words, Values(report.lang), jobs};
  mu::data d;
  d.set("lang", report.lang == Lang::vi ? "vi" : "en");
  add_header(c, d);
  add_submissions(c, d);
  add_tasks(c, d);
  add_assessment(c, d);
  add_closing(c, d);
  add_appendices(c, d);
  add_comparison(c, d);
  return d;
}

}  // namespace baocao
