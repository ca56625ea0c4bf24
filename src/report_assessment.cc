// Parts III-V of the report: the overall assessment (strengths,
// shortcomings, causes), the direction for the next period, and proposals,
// the office's own first, then the schools', each text said once.
#include "report_sections.h"
#include "text_groups.h"

namespace baocao {

namespace {

// [{text, count, schools: name list, all}] from what valid schools wrote.
mu::data grouped(const ReportContext& c, std::string FileSummary::*field) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const SchoolRow& s : c.report.schools)
    if (s.valid()) texts.emplace_back(s.name, s.file->*field);
  std::vector<mu::data> items;
  for (const TextGroup& g : group_texts(texts, c.jobs)) {
    mu::data item;
    item.set("text", g.text);
    item.set("count", c.values.count(static_cast<long long>(g.schools.size())));
    item.set("schools", c.values.school_list(g.schools));
    item.set("all", c.report.valid > 1 && g.schools.size() == c.report.valid);  // no list of every school
    items.push_back(std::move(item));
  }
  return list_of(std::move(items));
}

void set_list(mu::data& d, const std::string& name, mu::data list) {
  d.set("has_" + name, !list.is_empty_list());
  put(d, name, std::move(list));
}

}  // namespace

void add_assessment(const ReportContext& c, mu::data& d) {
  std::vector<mu::data> met_everywhere, short_of;
  for (const RequirementRow& q : c.report.requirements) {
    if (q.not_met > 0) short_of.push_back(requirement_data(c, q));
    else if (q.met > 0) met_everywhere.push_back(requirement_data(c, q));
  }
  set_list(d, "met_everywhere", list_of(std::move(met_everywhere)));
  set_list(d, "short_of", list_of(std::move(short_of)));
  set_list(d, "strengths", grouped(c, &FileSummary::strengths));
  set_list(d, "limitations", grouped(c, &FileSummary::limitations));
  set_list(d, "school_proposals", grouped(c, &FileSummary::proposals));
  const Narrative& n = c.report.office->narrative;
  d.set("causes", narrative_data(n.causes));
  d.set("direction", narrative_data(n.direction));
  d.set("office_proposals", narrative_data(n.proposals));
}

}  // namespace baocao
