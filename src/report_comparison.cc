// The comparison with an earlier period's report (`compile --previous`): a
// table of every figure both have (a breakdown code by code, the codes used
// by how many), which codes came and went, the schools of one period only,
// and the figures that could not be compared.
#include <cstdlib>

#include "report_sections.h"

namespace baocao {

mu::data change_data(const ReportContext& c, const Comparison& cmp, const FigureChange& f) {
  mu::data d;
  d.set("is_ratio", false);
  long long diff = std::llabs(f.change());
  std::string pct = change_percent(f, c.report.lang);
  d.set("before", c.values.number(f.before));
  d.set("now", c.values.number(f.now));
  d.set("diff", c.values.number(diff));
  d.set("signed", f.change() == 0 ? "0" : (f.change() > 0 ? "+" : "\u2212") + c.values.number(diff));
  d.set("has_pct", !pct.empty());
  d.set("pct", pct.empty() ? pct : pct + "%");
  d.set("up", f.change() > 0);
  d.set("down", f.change() < 0);
  d.set("same", f.change() == 0);
  d.set("period", cmp.period_name(c.report.lang));
  d.set("words", change_sentence(f, cmp, c.report.lang));
  return d;
}

mu::data ratio_change_data(const ReportContext& c, const Comparison& cmp, const RatioChange& f) {
  mu::data d;
  Lang lang = c.report.lang;
  long long t = f.tenths();
  d.set("is_ratio", true);
  d.set("before", share_percent(f.before_part, f.before_whole, lang));
  d.set("now", share_percent(f.now_part, f.now_whole, lang));
  d.set("diff", tenths_text(t, lang));
  d.set("signed", t == 0 ? tenths_text(0, lang) : (t > 0 ? "+" : "\u2212") + tenths_text(t, lang));
  d.set("has_pct", false);
  d.set("pct", "");
  d.set("up", t > 0);
  d.set("down", t < 0);
  d.set("same", t == 0);
  d.set("period", cmp.period_name(lang));
  d.set("words", ratio_change_sentence(f, cmp, lang));
  return d;
}

const RatioChange* find_ratio_change(const Comparison& cmp, const std::string& id) {
  for (const RatioChange& f : cmp.ratio_changes)
    if (f.id == id) return &f;
  return nullptr;
}

const FigureChange* find_change(const Comparison& cmp, const std::string& id) {
  for (const FigureChange& f : cmp.changes)
    if (f.id == id) return &f;
  return nullptr;
}

const CellChange* find_cell_change(const Comparison& cmp, const std::string& id, const std::string& code) {
  for (const CellChange& f : cmp.cell_changes)
    if (f.id == id && f.code == code && f.by.empty()) return &f;
  return nullptr;
}

const CodesChange* find_codes_change(const Comparison& cmp, const std::string& id) {
  for (const CodesChange& f : cmp.codes_changes)
    if (f.id == id) return &f;
  return nullptr;
}

std::string code_label(const Vocabulary* vocabulary, const std::string& code, Lang lang) {
  return vocabulary ? vocabulary->label(code, lang) : code;
}

std::string codes_change_words(const Report& r, const CodesChange& f) {
  const FigureDef* def = r.plan->figures.find(f.id);
  const Vocabulary* vocabulary = def ? def->vocabulary : nullptr;
  return codes_change_sentence(f, *r.comparison, r.lang,
                               [&](const std::string& code) { return code_label(vocabulary, code, r.lang); });
}

void add_comparison(const ReportContext& c, mu::data& d) {
  const Report& r = c.report;
  d.set("has_comparison", r.comparison.has_value());
  if (!r.comparison) return;
  const Comparison& cmp = *r.comparison;
  mu::data out;
  out.set("period", cmp.period_name(r.lang));
  out.set("previous_plan", cmp.previous_plan);
  out.set("other_plan", !cmp.same_family);
  std::vector<mu::data> rows;
  for (const FigureChange& f : cmp.changes) {
    mu::data row = change_data(c, cmp, f);
    const FigureDef* def = r.plan->figures.find(f.id);
    row.set("label", def ? def->label.in(r.lang) : f.id);
    rows.push_back(std::move(row));
  }
  // A breakdown's cells: "Hoạt động theo hình thức: Chào cờ", a pair's
  // "Vụ việc theo loại và cách xử lý: Bạo lực × Hoà giải".
  for (const CellChange& f : cmp.cell_changes) {
    mu::data row = change_data(c, cmp, f);
    const FigureDef* def = r.plan->figures.find(f.id);
    std::string label = (def ? def->label.in(r.lang) : f.id) + ": " +
                        code_label(def ? def->vocabulary : nullptr, f.code, r.lang);
    if (!f.by.empty()) label += " \u00d7 " + code_label(def ? def->by_vocabulary : nullptr, f.by, r.lang);
    row.set("label", label);
    rows.push_back(std::move(row));
  }
  std::vector<mu::data> codes;
  for (const CodesChange& f : cmp.codes_changes) {
    mu::data row = change_data(c, cmp, f);
    const FigureDef* def = r.plan->figures.find(f.id);
    std::string label = def ? def->label.in(r.lang) : f.id;
    row.set("label", word(c.words, "kinds-of", {{"label", label}}));
    rows.push_back(std::move(row));
    mu::data line;
    line.set("label", label);
    line.set("words", codes_change_words(r, f));
    codes.push_back(std::move(line));
  }
  // Shares last: their change is in percentage points.
  for (const RatioChange& f : cmp.ratio_changes) {
    mu::data row = ratio_change_data(c, cmp, f);
    const FigureDef* def = r.plan->figures.find(f.id);
    row.set("label", def ? def->label.in(r.lang) : f.id);
    rows.push_back(std::move(row));
  }
  put(out, "rows", list_of(std::move(rows)));
  put(out, "codes", list_of(std::move(codes)));
  std::vector<std::string> labels;
  for (const NotCompared& n : cmp.not_compared) labels.push_back(r.lang == Lang::en ? n.label_en : n.label_vi);
  out.set("has_not_compared", !labels.empty());
  put(out, "not_compared", name_list(labels));
  out.set("has_only_now", !cmp.only_now.empty());
  put(out, "only_now", c.school_names(cmp.only_now));
  out.set("has_only_before", !cmp.only_before.empty());
  put(out, "only_before", c.values.school_list(cmp.only_before_names));
  put(d, "comparison", std::move(out));
}

}  // namespace baocao
