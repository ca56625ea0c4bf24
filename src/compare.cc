#include "compare.h"

#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "json_writer.h"
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

ComparedSide compared_side(const ReportJson& r) {
  ComparedSide side;
  side.plan_family = r.plan_family;
  for (std::size_t i = 0; i < r.figure_defs.size(); ++i) {
    const ReportFigureDef& d = r.figure_defs[i];
    side.figures.push_back({d.id, d.label_vi, d.label_en, d.kind, r.figures[i]});
  }
  for (const ReportSchoolEntry& s : r.schools) side.schools.push_back(s.code);
  return side;
}

namespace {

// Whole numbers compare with whole numbers whichever way they were counted.
bool comparable(ReportFigureKind a, ReportFigureKind b) { return a == b || (broken_down(a) && broken_down(b)); }

long long count_of(const CodeCounts& counts, const std::string& code) {
  for (const auto& [c, n] : counts)
    if (c == code) return n;
  return 0;
}

// The codes of both lists: the current report's order, then the earlier one's others.
template <typename List, typename Key>
std::vector<std::string> united(const List& now, const List& before, Key key) {
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  for (const auto* list : {&now, &before})
    for (const auto& x : *list)
      if (seen.insert(key(x)).second) out.push_back(key(x));
  return out;
}

const CodeCounts& row_of(const std::vector<std::pair<std::string, CodeCounts>>& rows, const std::string& code) {
  static const CodeCounts kNone;
  for (const auto& [c, counts] : rows)
    if (c == code) return counts;
  return kNone;
}

// `row`: a two-way breakdown's first code, whose row of pairs this is.
void compare_cells(Comparison& c, const std::string& id, const std::string& row, const CodeCounts& now,
                   const CodeCounts& before) {
  for (const std::string& code : united(now, before, [](const auto& p) { return p.first; })) {
    CellChange cell;
    cell.id = id;
    cell.before = count_of(before, code);
    cell.now = count_of(now, code);
    // A code neither report counted says nothing: a vocabulary lists many.
    if (cell.before == 0 && cell.now == 0) continue;
    if (row.empty()) {
      cell.code = code;
    } else {
      cell.code = row;
      cell.by = code;
    }
    c.cell_changes.push_back(std::move(cell));
  }
}

CodesChange codes_change(const std::string& id, const std::vector<std::string>& now,
                         const std::vector<std::string>& before) {
  CodesChange out;
  out.id = id;
  out.before = static_cast<long long>(before.size());
  out.now = static_cast<long long>(now.size());
  std::unordered_set<std::string> then(before.begin(), before.end()), today(now.begin(), now.end());
  for (const std::string& code : now)
    if (!then.count(code)) out.added.push_back(code);
  for (const std::string& code : before)
    if (!today.count(code)) out.dropped.push_back(code);
  return out;
}

}  // namespace

Comparison compare_reports(const ComparedSide& now, const ReportJson& before) {
  Comparison c;
  c.previous_plan = before.plan;
  c.previous_from = before.from;
  c.previous_to = before.to;
  c.same_family = now.plan_family == before.plan_family;
  std::unordered_map<std::string, std::size_t> earlier;
  for (std::size_t i = 0; i < before.figure_defs.size(); ++i) earlier.emplace(before.figure_defs[i].id, i);
  std::unordered_set<std::string> seen;
  for (const ComparedSide::Figure& f : now.figures) {
    seen.insert(f.id);
    auto it = earlier.find(f.id);
    if (it == earlier.end() || !comparable(f.kind, before.figure_defs[it->second].kind)) {
      c.not_compared.push_back({f.id, f.label_vi, f.label_en});
      continue;
    }
    const ReportFigure& b = before.figures[it->second];
    const ReportFigure& n = f.total;
    switch (f.kind) {
      case ReportFigureKind::ratio:
        // A share of nothing (no staff, no school) has no value to compare.
        if (b.whole > 0 && n.whole > 0)
          c.ratio_changes.push_back({f.id, b.part, b.whole, n.part, n.whole});
        else
          c.not_compared.push_back({f.id, f.label_vi, f.label_en});
        break;
      case ReportFigureKind::distinct: c.codes_changes.push_back(codes_change(f.id, n.codes, b.codes)); break;
      case ReportFigureKind::breakdown: compare_cells(c, f.id, "", n.counts, b.counts); break;
      case ReportFigureKind::breakdown2:
        for (const std::string& code : united(n.counts2, b.counts2, [](const auto& p) { return p.first; }))
          compare_cells(c, f.id, code, row_of(n.counts2, code), row_of(b.counts2, code));
        break;
      default: c.changes.push_back({f.id, b.n, n.n});
    }
  }
  for (const ReportFigureDef& d : before.figure_defs)
    if (!seen.count(d.id)) c.not_compared.push_back({d.id, d.label_vi, d.label_en});
  std::unordered_set<std::string> then_codes, now_codes(now.schools.begin(), now.schools.end());
  for (const ReportSchoolEntry& s : before.schools) then_codes.insert(s.code);
  for (const std::string& code : now.schools)
    if (!then_codes.count(code)) c.only_now.push_back(code);
  for (const ReportSchoolEntry& s : before.schools)
    if (!now_codes.count(s.code)) {
      c.only_before.push_back(s.code);
      c.only_before_names.push_back(s.name.empty() ? s.code : s.name);
    }
  return c;
}

Comparison compare_reports(const ReportJson& now, const ReportJson& before) {
  return compare_reports(compared_side(now), before);
}

void write_comparison(JsonWriter& w, const Comparison& c) {
  w.key("comparison").begin_object();
  w.key("previous").begin_object().key("plan").value(c.previous_plan);
  w.key("period").begin_object();
  for (const auto& [key, d] : {std::pair{"from", &c.previous_from}, std::pair{"to", &c.previous_to}}) {
    w.key(key);
    if (*d) w.value((*d)->iso());
    else w.null();
  }
  w.end_object();
  w.key("name").begin_object().key("vi").value(c.period_name(Lang::vi)).key("en").value(c.period_name(Lang::en));
  w.end_object().end_object();
  w.key("figures").begin_object();
  for (const FigureChange& f : c.changes) {
    w.key(f.id).begin_object().key("before").value(f.before).key("now").value(f.now).key("change").value(f.change());
    w.key("words").begin_object().key("vi").value(change_sentence(f, c, Lang::vi));
    w.key("en").value(change_sentence(f, c, Lang::en)).end_object().end_object();
  }
  w.end_object();
  w.key("ratios").begin_object();
  for (const RatioChange& f : c.ratio_changes) {
    w.key(f.id).begin_object();
    w.key("before").begin_object().key("part").value(f.before_part).key("whole").value(f.before_whole).end_object();
    w.key("now").begin_object().key("part").value(f.now_part).key("whole").value(f.now_whole).end_object();
    w.key("change_tenths").value(f.tenths());
    w.key("words").begin_object().key("vi").value(ratio_change_sentence(f, c, Lang::vi));
    w.key("en").value(ratio_change_sentence(f, c, Lang::en)).end_object().end_object();
  }
  w.end_object();
  w.key("cells").begin_object();
  for (std::size_t i = 0; i < c.cell_changes.size(); ++i) {
    const CellChange& f = c.cell_changes[i];
    if (i == 0 || c.cell_changes[i - 1].id != f.id) {
      if (i > 0) w.end_array();
      w.key(f.id).begin_array();
    }
    w.begin_object().key("code").value(f.code);
    if (!f.by.empty()) w.key("by").value(f.by);
    w.key("before").value(f.before).key("now").value(f.now).key("change").value(f.change());
    w.key("words").begin_object().key("vi").value(change_sentence(f, c, Lang::vi));
    w.key("en").value(change_sentence(f, c, Lang::en)).end_object().end_object();
  }
  if (!c.cell_changes.empty()) w.end_array();
  w.end_object();
  w.key("codes").begin_object();
  for (const CodesChange& f : c.codes_changes) {
    w.key(f.id).begin_object().key("before").value(f.before).key("now").value(f.now).key("change").value(f.change());
    w.key("added").strings(f.added).key("dropped").strings(f.dropped);
    w.key("words").begin_object().key("vi").value(change_sentence(f, c, Lang::vi));
    w.key("en").value(change_sentence(f, c, Lang::en)).end_object().end_object();
  }
  w.end_object();
  std::vector<std::string> ids;
  for (const NotCompared& n : c.not_compared) ids.push_back(n.id);
  w.key("not_compared").strings(ids);
  w.key("schools_only_now").strings(c.only_now).key("schools_only_before").strings(c.only_before);
  w.end_object();
}

long long RatioChange::tenths() const {
  // In thousandths of the whole, exactly, then rounded half away from zero.
  long double diff = static_cast<long double>(now_part) / now_whole - static_cast<long double>(before_part) / before_whole;
  return std::llround(diff * 1000);
}

std::string tenths_text(long long tenths, Lang lang) {
  tenths = std::llabs(tenths);
  return std::to_string(tenths / 10) + (lang == Lang::vi ? "," : ".") + std::to_string(tenths % 10);
}

std::string share_percent(long long part, long long whole, Lang lang) {
  if (whole <= 0) return "";
  return tenths_text((part * 1000 + whole / 2) / whole, lang) + "%";
}

std::string ratio_change_sentence(const RatioChange& c, const Comparison& cmp, Lang lang) {
  std::string period = cmp.period_name(lang);
  std::string then = share_percent(c.before_part, c.before_whole, lang);
  std::string now = share_percent(c.now_part, c.now_whole, lang);
  long long t = c.tenths();
  if (t == 0) return say(lang, "không đổi ({}) so với {}", "unchanged ({}) on {}", now, period);
  std::string points = tenths_text(t, lang);
  return t > 0 ? say(lang, "tăng {} điểm phần trăm (từ {} lên {}) so với {}",
                     "up {} percentage points (from {} to {}) on {}", points, then, now, period)
               : say(lang, "giảm {} điểm phần trăm (từ {} xuống {}) so với {}",
                     "down {} percentage points (from {} to {}) on {}", points, then, now, period);
}

std::string codes_change_sentence(const CodesChange& c, const Comparison& cmp, Lang lang,
                                  const std::function<std::string(const std::string&)>& label) {
  std::string period = cmp.period_name(lang);
  if (c.added.empty() && c.dropped.empty()) return say(lang, "không đổi so với {}", "unchanged on {}", period);
  auto names = [&](const std::vector<std::string>& codes) {
    std::string out;
    for (const std::string& code : codes) out += (out.empty() ? "" : ", ") + label(code);
    return out;
  };
  if (c.dropped.empty()) return say(lang, "so với {}: thêm {}", "on {}: new {}", period, names(c.added));
  if (c.added.empty()) return say(lang, "so với {}: không còn {}", "on {}: no longer {}", period, names(c.dropped));
  return say(lang, "so với {}: thêm {}; không còn {}", "on {}: new {}; no longer {}", period, names(c.added),
             names(c.dropped));
}

std::string change_percent(const FigureChange& c, Lang lang) {
  if (c.before == 0) return "";
  return tenths_text((std::llabs(c.change()) * 1000 + c.before / 2) / c.before, lang);  // rounded half up
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
