#include "check_kind.h"

#include <algorithm>

#include "plan.h"
#include "requirement.h"
#include "school_record.h"
#include "yaml_reader.h"

namespace baocao {

namespace {

std::string joined(const std::vector<std::string>& v) { return fmt::format("{}", fmt::join(v, ", ")); }

// Calls fn(first, n) with the codes one list item holds in `field`.
template <typename Fn>
void for_each_item_codes(const Form& form, const SchoolRecord& r, const std::string& list, const std::string& field,
                         Fn fn) {
  const FormField* l = form.field(list);
  const FormField* f = item_field(form, list, field);
  if (!l || !f) return;
  for (const ListItem& item : r.items(form.index(*l))) {
    const FieldValue& v = item.values[*f];
    fn(v.codes.data(), v.codes.size());
  }
}

// The distinct codes the items of `lists` hold in `field`: a few at most.
std::vector<std::string_view> distinct_codes(const Form& form, const SchoolRecord& r,
                                             std::span<const std::string> lists, const std::string& field) {
  std::vector<std::string_view> seen;
  for (const std::string& l : lists)
    for_each_item_codes(form, r, l, field, [&](const Located<std::string>* codes, std::size_t n) {
      for (std::size_t i = 0; i < n; ++i)
        if (std::find(seen.begin(), seen.end(), codes[i].value) == seen.end()) seen.push_back(codes[i].value);
    });
  return seen;
}

bool contains(const std::vector<std::string_view>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string labels(const Plan& plan, const std::string& vocab, const std::vector<std::string>& codes, Lang lang) {
  std::string out;
  for (const std::string& c : codes)
    out += (out.empty() ? "" : "; ") + (vocab.empty() ? c : plan.vocabulary(vocab).label(c, lang));
  return out;
}

// A code field of `list`'s items, into `out` (E107 when the items have none of that name).
void read_item_field(const CheckInput& in, const Node* node, const KeyPath& path, const std::string& list,
                     std::string& out) {
  auto f = in.r.text(node, path, true);
  if (!f.present || list.empty()) return;
  if (item_field_vocabulary(in.form, list, f.value).empty()) {
    in.r.diags().error("E107", f.offset, f.length, path.str(),
                       say(in.r.lang(), "các mục của `{}` không có trường mã `{}`", "items of `{}` have no code field `{}`",
                           list, f.value));
    return;
  }
  out = f.value;
}

// The plan's figures with a whole number per school (a distinct figure's:
// how many codes the school used).
std::vector<std::string> number_figures(const Plan& plan) {
  std::vector<std::string> out;
  for (const FigureDef& f : plan.figures.defs())
    if (f.counts()) out.push_back(f.id);
  return out;
}

// ratio: `field` >= `min_percent`% of `of`.

constexpr std::string_view kRatioKeys[] = {"field", "of", "min_percent"};

void read_ratio(const CheckInput& in, Requirement& q) {
  // A count of the form, or a number figure.
  std::vector<std::string> numbers = number_fields(in.form);
  for (std::string& f : number_figures(in.plan)) numbers.push_back(std::move(f));
  in.values.check_name(in.field("field", true), in.path.key("field"), numbers, q.field);
  in.values.check_name(in.field("of", true), in.path.key("of"), numbers, q.of);
  q.min_percent = in.values.count(in.field("min_percent", true), in.path.key("min_percent"), 0, 100);
}

Text ratio_met_text(const Requirement& q) {
  return {fmt::format("{} ≥ {}% × {}", q.field, q.min_percent, q.of),
          fmt::format("{} ≥ {}% of {}", q.field, q.min_percent, q.of)};
}

bool evaluate_ratio(const Requirement& q, const CheckSchool& s, std::string& detail) {
  long long a = s.number(q.field), b = s.number(q.of);
  if (a * 100 >= q.min_percent * b) return true;
  std::string pct = fmt::format("{:.1f}", b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 100.0);
  if (s.lang == Lang::vi) std::replace(pct.begin(), pct.end(), '.', ',');  // 95,7%
  detail = say(s.lang, "{} là {} trên {} là {} ({}%), cần {}%", "{} is {} of {} {} ({}%), {}% needed",
               s.number_named(q.field), a, s.number_named(q.of), b, pct, q.min_percent);
  return false;
}

// flag: a yes/no field is yes.

constexpr std::string_view kFlagKeys[] = {"field"};

void read_flag(const CheckInput& in, Requirement& q) {
  in.values.check_name(in.field("field", true), in.path.key("field"), flag_fields(in.form), q.field);
}

Text flag_met_text(const Requirement& q) { return {fmt::format("{} là có", q.field), fmt::format("{} is yes", q.field)}; }

bool evaluate_flag(const Requirement& q, const CheckSchool& s, std::string& detail) {
  const FieldValue& v = s.record[*s.form.field(q.field)];
  if (v.flag) return true;
  // Left out, or written so it cannot be read: "no" would put words in the school's mouth.
  detail = v.present ? say(s.lang, "{} đang ghi là không", "{} is no", s.named(q.field))
                     : say(s.lang, "{} chưa ghi có hay không", "{} says neither yes nor no", s.named(q.field));
  return false;
}

// includes: a code list holds every code of `codes`.

constexpr std::string_view kIncludesKeys[] = {"field", "codes"};

void read_includes(const CheckInput& in, Requirement& q) {
  in.values.check_name(in.field("field", true), in.path.key("field"), code_list_fields(in.form), q.field);
  q.codes = in.values.codes(in.field("codes", true), in.path.key("codes"), in.plan,
                            q.field.empty() ? "" : code_list_vocabulary(in.form, q.field));
}

Text includes_met_text(const Requirement& q) {
  return {fmt::format("{} có đủ: {}", q.field, joined(q.codes)), fmt::format("{} has all of: {}", q.field, joined(q.codes))};
}

bool evaluate_includes(const Requirement& q, const CheckSchool& s, std::string& detail) {
  std::vector<std::string> missing;
  for (const std::string& c : q.codes)
    if (const auto& held = s.record[*s.form.field(q.field)].codes;
        std::none_of(held.begin(), held.end(), [&](const Located<std::string>& h) { return h.value == c; }))
      missing.push_back(c);
  if (missing.empty()) return true;
  detail = say(s.lang, "{} còn thiếu: {}", "{} is missing: {}", s.named(q.field),
               labels(s.plan, code_list_vocabulary(s.form, q.field), missing, s.lang));
  return false;
}

// count: a list has at least `min` items (those matching `where`, if set).

constexpr std::string_view kCountKeys[] = {"list", "min", "where"};

// `list` and `min`, which count and distinct both take.
void read_list_min(const CheckInput& in, Requirement& q) {
  in.values.check_name(in.field("list", true), in.path.key("list"), list_names(in.form), q.list);
  q.min = in.values.count(in.field("min", true), in.path.key("min"), 0, kMaxCount);
}

void read_count(const CheckInput& in, Requirement& q) {
  read_list_min(in, q);
  const Node* where = in.field("where", false);
  if (!where) return;
  const KeyPath wpath = in.path.key("where");
  if (!in.r.mapping(*where, wpath, {"field", "any_of"})) return;
  read_item_field(in, in.r.field(*where, "field", wpath, true), wpath.key("field"), q.list, q.where_field);
  std::string vocab = q.where_field.empty() ? "" : item_field_vocabulary(in.form, q.list, q.where_field);
  q.where_any = in.values.codes(in.r.field(*where, "any_of", wpath, true), wpath.key("any_of"), in.plan, vocab);
}

Text count_met_text(const Requirement& q) {
  if (!q.where_field.empty())
    return {fmt::format("ít nhất {} mục {} có {} thuộc: {}", q.min, q.list, q.where_field, joined(q.where_any)),
            fmt::format("at least {} {} with {} in: {}", q.min, q.list, q.where_field, joined(q.where_any))};
  return {fmt::format("ít nhất {} mục {}", q.min, q.list), fmt::format("at least {} {}", q.min, q.list)};
}

bool evaluate_count(const Requirement& q, const CheckSchool& s, std::string& detail) {
  std::size_t n = 0;
  if (q.where_field.empty()) {
    n = s.record.items(s.form.index(*s.form.field(q.list))).size();
  } else {
    for_each_item_codes(s.form, s.record, q.list, q.where_field, [&](const Located<std::string>* codes, std::size_t k) {
      if (std::any_of(codes, codes + k, [&](const Located<std::string>& c) {
            return std::find(q.where_any.begin(), q.where_any.end(), c.value) != q.where_any.end();
          }))
        ++n;
    });
  }
  if (static_cast<long long>(n) >= q.min) return true;
  detail = q.where_field.empty()
               ? say(s.lang, "mới có {1} {0}, cần ít nhất {2}", "{0}: {1}, at least {2} needed", s.named(q.list), n, q.min)
               : say(s.lang, "mới có {1} {0} với {2} thuộc ({3}), cần ít nhất {4}",
                     "{0}: {1} with {2} in ({3}), at least {4} needed", s.named(q.list), n,
                     s.named(q.where_field, q.list),
                     labels(s.plan, item_field_vocabulary(s.form, q.list, q.where_field), q.where_any, s.lang), q.min);
  return false;
}

// covers: items of `lists` together name every code of `codes` in `field`.

constexpr std::string_view kCoversKeys[] = {"lists", "field", "codes"};

void read_covers(const CheckInput& in, Requirement& q) {
  const KeyPath lists_path = in.path.key("lists");
  auto lists = in.r.list(in.field("lists", true), lists_path);
  for (std::size_t i = 0; i < lists.size(); ++i) {
    std::string l;
    in.values.check_name(lists[i], lists_path.item(i), list_names(in.form), l);
    if (!l.empty()) q.lists.push_back(l);
  }
  auto f = in.r.text(in.field("field", true), in.path.key("field"), true);
  std::string vocab;
  for (const std::string& l : q.lists) {
    std::string v = item_field_vocabulary(in.form, l, f.value);
    if (f.present && v.empty())
      in.r.diags().error("E107", f.offset, f.length, in.path.key("field").str(),
                         say(in.r.lang(), "các mục của `{}` không có trường `{}`", "items of `{}` have no field `{}`", l,
                             f.value));
    if (!v.empty()) vocab = v;
  }
  q.field = f.value;
  q.codes = in.values.codes(in.field("codes", true), in.path.key("codes"), in.plan, vocab);
}

Text covers_met_text(const Requirement& q) {
  return {fmt::format("{} của {} gồm đủ: {}", q.field, joined(q.lists), joined(q.codes)),
          fmt::format("{} of {} cover: {}", q.field, joined(q.lists), joined(q.codes))};
}

bool evaluate_covers(const Requirement& q, const CheckSchool& s, std::string& detail) {
  std::vector<std::string_view> seen = distinct_codes(s.form, s.record, q.lists, q.field);
  std::vector<std::string> missing;
  for (const std::string& c : q.codes)
    if (!contains(seen, c)) missing.push_back(c);
  if (missing.empty()) return true;
  std::string vocab = q.lists.empty() ? "" : item_field_vocabulary(s.form, q.lists[0], q.field);
  detail = say(s.lang, "chưa có nội dung: {}", "not covered yet: {}", labels(s.plan, vocab, missing, s.lang));
  return false;
}

// distinct: items of `list` use at least `min` different values of `field`.

constexpr std::string_view kDistinctKeys[] = {"list", "min", "field"};

void read_distinct(const CheckInput& in, Requirement& q) {
  read_list_min(in, q);
  read_item_field(in, in.field("field", true), in.path.key("field"), q.list, q.field);
}

Text distinct_met_text(const Requirement& q) {
  return {fmt::format("{} dùng ít nhất {} giá trị {} khác nhau", q.list, q.min, q.field),
          fmt::format("{} use at least {} different {} values", q.list, q.min, q.field)};
}

bool evaluate_distinct(const Requirement& q, const CheckSchool& s, std::string& detail) {
  std::size_t seen = distinct_codes(s.form, s.record, {&q.list, 1}, q.field).size();
  if (static_cast<long long>(seen) >= q.min) return true;
  detail = say(s.lang, "{0} mới dùng {2} {1} khác nhau, cần ít nhất {3}", "{0} use {2} different {1}, at least {3} needed",
               s.named(q.list), s.named(q.field, q.list), seen, q.min);
  return false;
}

// figure: a number figure's value for the school is at least `min` (and at most `max`, if set).

constexpr std::string_view kFigureKeys[] = {"figure", "min", "max"};

void read_figure(const CheckInput& in, Requirement& q) {
  in.values.check_name(in.field("figure", true), in.path.key("figure"), number_figures(in.plan), q.figure);
  const Node* min = in.field("min", false);
  const Node* max = in.field("max", false);
  q.min = min ? in.values.count(min, in.path.key("min"), 0, kMaxCount) : 0;
  if (max) q.max = in.values.count(max, in.path.key("max"), 0, kMaxCount);
  if (!min && !max)
    in.r.error("E102", in.check, in.path,
               say(in.r.lang(), "yêu cầu loại `figure` cần `min` hoặc `max`", "a `figure` check needs `min` or `max`"));
}

Text figure_met_text(const Requirement& q) {
  if (q.max < 0) return {fmt::format("{} ≥ {}", q.figure, q.min), fmt::format("{} ≥ {}", q.figure, q.min)};
  if (q.min <= 0) return {fmt::format("{} ≤ {}", q.figure, q.max), fmt::format("{} ≤ {}", q.figure, q.max)};
  return {fmt::format("{} ≤ {} ≤ {}", q.min, q.figure, q.max), fmt::format("{} ≤ {} ≤ {}", q.min, q.figure, q.max)};
}

bool evaluate_figure(const Requirement& q, const CheckSchool& s, std::string& detail) {
  long long v = s.number(q.figure);
  if (v >= q.min && (q.max < 0 || v <= q.max)) return true;
  detail = v < q.min ? say(s.lang, "{} là {}, cần ít nhất {}", "{} is {}, at least {} needed", s.number_named(q.figure), v, q.min)
                     : say(s.lang, "{} là {}, không được quá {}", "{} is {}, at most {} allowed", s.number_named(q.figure), v, q.max);
  return false;
}

// In the enum's order, so that a kind's row is found by its value
// (check_kind_test); the order is also the one `kind:`'s hint lists them in.
constexpr CheckKindRow kRows[] = {
    {CheckKind::ratio, "ratio", kRatioKeys, read_ratio, ratio_met_text, evaluate_ratio},
    {CheckKind::flag, "flag", kFlagKeys, read_flag, flag_met_text, evaluate_flag},
    {CheckKind::includes, "includes", kIncludesKeys, read_includes, includes_met_text, evaluate_includes},
    {CheckKind::count, "count", kCountKeys, read_count, count_met_text, evaluate_count},
    {CheckKind::covers, "covers", kCoversKeys, read_covers, covers_met_text, evaluate_covers},
    {CheckKind::distinct, "distinct", kDistinctKeys, read_distinct, distinct_met_text, evaluate_distinct},
    {CheckKind::figure, "figure", kFigureKeys, read_figure, figure_met_text, evaluate_figure},
};

}  // namespace

const Node* CheckInput::field(std::string_view key, bool required) const { return r.field(check, key, path, required); }

long long CheckSchool::number(const std::string& key) const {
  const FormField* f = form.field(key);
  if (f && f->kind == FieldKind::count) return record[*f].number;
  const FigureDef* d = plan.figures.find(key);
  return d ? d->value(figures) : 0;
}

std::string CheckSchool::number_named(const std::string& key) const {
  const FormField* f = form.field(key);
  const FigureDef* d = f && f->kind == FieldKind::count ? nullptr : plan.figures.find(key);
  return d ? fmt::format("{} ({})", d->label.in(lang), d->id) : named(key);
}

std::string CheckSchool::named(const std::string& key, const std::string& list) const {
  return form.name(list.empty() ? key : list + "[]." + key, lang);
}

std::span<const CheckKindRow> check_kinds() { return kRows; }

const CheckKindRow& check_kind(CheckKind kind) { return kRows[static_cast<std::size_t>(kind)]; }

const CheckKindRow* find_check_kind(std::string_view name) {
  for (const CheckKindRow& row : kRows)
    if (row.name == name) return &row;
  return nullptr;
}

const std::vector<std::string>& check_kind_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const CheckKindRow& row : kRows) out.emplace_back(row.name);
    return out;
  }();
  return names;
}

const std::vector<std::string_view>& check_keys() {
  static const std::vector<std::string_view> keys = [] {
    // The order E101's hint has always listed them in; a key new to the table goes last.
    std::vector<std::string_view> out = {"kind", "field", "of",  "min_percent", "codes", "list",
                                         "lists", "min",  "max", "where",       "figure"};
    for (const CheckKindRow& row : kRows)
      for (std::string_view key : row.keys)
        if (std::find(out.begin(), out.end(), key) == out.end()) out.push_back(key);
    return out;
  }();
  return keys;
}

}  // namespace baocao
