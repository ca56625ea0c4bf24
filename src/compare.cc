#include "compare.h"

#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "rollup_breakdown.h"

namespace baocao {

std::string Comparison::period_name(Lang lang) const {
  if (!previous_from || !previous_to) return say(lang, "kỳ trước", "the previous period");
  const Date& f = *previous_from;
  const Date& t = *previous_to;
  if (f.year == t.year && f.month == 1 && f.day == 1 && t.month == 12 && t.day == 31)
    return say(lang, "năm {}", "{}", f.year);
  return lang == Lang::vi ? "kỳ " + f.vi() + " - " + t.vi() : "the period " + f.iso() + " to " + t.iso();
}

Comparison compare_reports(const ReportJson& now, const ReportJson& before) {
  Comparison c;
  c.previous_plan = before.plan;
  c.previous_from = before.from;
  c.previous_to = before.to;
  c.same_family = now.plan_family == before.plan_family;
  std::unordered_map<std::string, std::size_t> earlier;
  for (std::size_t i = 0; i < before.figure_defs.size(); ++i) earlier.emplace(before.figure_defs[i].id, i);
  std::unordered_set<std::string> matched;
  for (std::size_t i = 0; i < now.figure_defs.size(); ++i) {
    const ReportFigureDef& d = now.figure_defs[i];
    auto it = earlier.find(d.id);
    if (it == earlier.end() || !broken_down(d.kind) || !broken_down(before.figure_defs[it->second].kind)) {
      c.not_compared.push_back(d.id);
      continue;
    }
    matched.insert(d.id);
    c.changes.push_back({d.id, before.figures[it->second].n, now.figures[i].n});
  }
  for (const ReportFigureDef& d : before.figure_defs)
    if (!matched.count(d.id) && now.figure_index(d.id) < 0) c.not_compared.push_back(d.id);
  std::unordered_set<std::string> then_codes, now_codes;
  for (const ReportSchoolEntry& s : before.schools) then_codes.insert(s.code);
  for (const ReportSchoolEntry& s : now.schools) {
    now_codes.insert(s.code);
    if (!then_codes.count(s.code)) c.only_now.push_back(s.code);
  }
  for (const ReportSchoolEntry& s : before.schools)
    if (!now_codes.count(s.code)) c.only_before.push_back(s.code);
  return c;
}

std::string change_percent(const FigureChange& c, Lang lang) {
  if (c.before == 0) return "";
  long long tenths = (std::llabs(c.change()) * 1000 + c.before / 2) / c.before;  // rounded half up
  std::string s = std::to_string(tenths / 10) + (lang == Lang::vi ? "," : ".") + std::to_string(tenths % 10);
  return s;
}

std::string change_sentence(const FigureChange& c, const Comparison& cmp, Lang lang, const std::string& unit) {
  std::string period = cmp.period_name(lang);
  if (c.change() == 0) return say(lang, "không đổi so với {}", "unchanged on {}", period);
  long long n = std::llabs(c.change());
  // Numbers grouped as the report writes them: 1.234 (vi), 1,234 (en).
  std::string digits = std::to_string(n), grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += lang == Lang::vi ? '.' : ',';
    grouped += digits[i];
  }
  std::string amount = unit.empty() ? grouped : grouped + " " + unit;
  std::string pct = change_percent(c, lang);
  if (!pct.empty()) amount += " (" + pct + "%)";
  return c.change() > 0 ? say(lang, "tăng {} so với {}", "up {} on {}", amount, period)
                        : say(lang, "giảm {} so với {}", "down {} on {}", amount, period);
}

}  // namespace baocao
