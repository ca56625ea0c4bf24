// One builder per part of the report. Each sets its variables on `d`;
// templates/VARIABLES.md documents them, part by part.
#pragma once
#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

#include "report.h"
#include "report_values.h"
#include "report_words.h"

namespace baocao {

// What every builder reads: the report, its language's value formatter,
// the threads for the parts with a row or a text per school, and the roster
// names by code.
struct ReportContext {
  const Report& report;
  const WordMap& words;  // the report's language's, for the words the builders say themselves
  Values values;
  unsigned jobs = 1;
  std::string school_name(const std::string& code) const;
  // The schools of `codes` for a sentence (Values::school_list).
  mu::data school_names(const std::vector<std::string>& codes) const;
};

void add_header(const ReportContext& c, mu::data& d);       // header, title, basis (report_header.cc)
void add_submissions(const ReportContext& c, mu::data& d);  // part I (report_submissions.cc)
void add_tasks(const ReportContext& c, mu::data& d);        // part II, a part per plan task (report_tasks.cc)
void add_assessment(const ReportContext& c, mu::data& d);   // parts III, IV, V (report_assessment.cc)
void add_closing(const ReportContext& c, mu::data& d);      // recipients, signature (report_header.cc)
void add_appendices(const ReportContext& c, mu::data& d);   // (report_appendix.cc)
void add_comparison(const ReportContext& c, mu::data& d);   // with an earlier period (report_comparison.cc)

// A figure's change on the earlier period: {before, now, diff, signed, pct,
// has_pct, up, down, same, period, words}; the change of figure `id`, or null.
mu::data change_data(const ReportContext& c, const Comparison& cmp, const FigureChange& f);
const FigureChange* find_change(const Comparison& cmp, const std::string& id);
// A ratio's: the same names, `before` and `now` as percentages, `diff` in
// percentage points, and `is_ratio` (false on a number's).
mu::data ratio_change_data(const ReportContext& c, const Comparison& cmp, const RatioChange& f);
const RatioChange* find_ratio_change(const Comparison& cmp, const std::string& id);
// A one-way breakdown's code, and a distinct figure's codes; null when not compared.
const CellChange* find_cell_change(const Comparison& cmp, const std::string& id, const std::string& code);
const CodesChange* find_codes_change(const Comparison& cmp, const std::string& id);

// {text, id, clause, met: figure of the schools it was evaluated for,
// not_met: count, schools_not_met: name list, has_not_met}
mu::data requirement_data(const ReportContext& c, const RequirementRow& q);

// {has, paragraphs: [{text}]} for a part of the office's narrative.
mu::data narrative_data(const NarrativePart& part);

inline const std::string& term_label(const Term& t, Lang lang) { return lang == Lang::en && !t.en.empty() ? t.en : t.vi; }

}  // namespace baocao
