#include "requirement.h"

#include <algorithm>

namespace baocao {

namespace {

// The names the plan's checks may use, drawn from the form table: top-level
// fields of a kind, lists, and the code fields of a list's items.
std::vector<std::string> top_level(const Form& form, FieldKind kind) {
  std::vector<std::string> out;
  for (const FormField& f : form.fields())
    if (f.kind == kind && f.scope < 0) out.emplace_back(f.path);
  return out;
}

const FormField* item_field(const Form& form, const std::string& list, const std::string& field) {
  return form.field(list + "[]." + field);
}

}  // namespace

std::vector<std::string> number_fields(const Form& form) { return top_level(form, FieldKind::count); }
std::vector<std::string> flag_fields(const Form& form) { return top_level(form, FieldKind::flag); }
std::vector<std::string> code_list_fields(const Form& form) { return top_level(form, FieldKind::codes); }
std::vector<std::string> list_names(const Form& form) { return top_level(form, FieldKind::list); }
std::string item_field_vocabulary(const Form& form, const std::string& list, const std::string& field) {
  const FormField* f = item_field(form, list, field);
  return f ? std::string(f->vocabulary) : std::string();
}
std::string code_list_vocabulary(const Form& form, const std::string& field) {
  const FormField* f = form.field(field);
  return f && f->kind == FieldKind::codes ? std::string(f->vocabulary) : std::string();
}
std::vector<std::string> roster_fields() { return {"areas", "level", "commune", "code"}; }
std::string roster_field_vocabulary(const std::string& field) {
  return field == "areas" ? "area" : field == "level" ? "level" : "";
}

namespace {

// What a teacher calls a field, with its key so the line is easy to find:
// "hoạt động (activities)". `list` qualifies a field of the list's items.
std::string named(const Form& form, const std::string& key, Lang lang, const std::string& list = {}) {
  return form.name(list.empty() ? key : list + "[]." + key, lang);
}

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
                                             const std::vector<std::string>& lists, const std::string& field) {
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

bool applies(const Requirement& q, const RosterEntry* roster, bool have_roster) {
  if (q.roster_field.empty()) return true;
  if (!have_roster || !roster) return false;
  std::vector<std::string> v = q.roster_field == "areas"     ? roster->areas
                               : q.roster_field == "level"   ? std::vector<std::string>{roster->level}
                               : q.roster_field == "commune" ? std::vector<std::string>{roster->commune}
                                                             : std::vector<std::string>{roster->code};
  v.erase(std::remove(v.begin(), v.end(), std::string()), v.end());
  if (q.roster_not_empty && v.empty()) return false;
  if (!q.roster_any.empty())
    return std::any_of(v.begin(), v.end(), [&](const std::string& c) {
      return std::find(q.roster_any.begin(), q.roster_any.end(), c) != q.roster_any.end();
    });
  return true;
}

}  // namespace

std::vector<RequirementResult> evaluate_requirements(const Plan& plan, const SchoolRecord& r,
                                                     const std::vector<long long>& figures, const RosterEntry* roster,
                                                     bool have_roster, Lang lang) {
  std::vector<RequirementResult> out;
  const Form& form = plan.form();
  // A field's or a figure's name as the reader knows it, and its value for the school.
  // A count of the form by its path, else a figure by its id ("activities" is both a list and a figure).
  auto count_field = [&](const std::string& key) {
    const FormField* f = form.field(key);
    return f && f->kind == FieldKind::count ? f : nullptr;
  };
  auto named = [&](const std::string& key, Lang l, const std::string& list = {}) {
    return ::baocao::named(form, key, l, list);
  };
  auto number_named = [&](const std::string& key, Lang l) {
    const FigureDef* f = count_field(key) ? nullptr : plan.figures.find(key);
    return f ? fmt::format("{} ({})", f->label.in(l), f->id) : named(key, l);
  };
  auto number = [&](const std::string& key) {
    if (const FormField* f = count_field(key)) return r[*f].number;
    const FigureDef* d = plan.figures.find(key);
    return d && d->offset < figures.size() ? figures[d->offset] : 0;
  };
  for (const Requirement& q : plan.requirements) {
    RequirementResult res;
    res.requirement = &q;
    res.evaluated = applies(q, roster, have_roster);
    if (!res.evaluated) {
      out.push_back(res);
      continue;
    }
    // The reason is written only for a requirement that is not met: most are.
    switch (q.kind) {
      case CheckKind::ratio: {
        long long a = number(q.field), b = number(q.of);
        res.met = a * 100 >= q.min_percent * b;
        if (res.met) break;
        std::string pct = fmt::format("{:.1f}", b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 100.0);
        if (lang == Lang::vi) std::replace(pct.begin(), pct.end(), '.', ',');  // 95,7%
        res.detail = say(lang, "{} là {} trên {} là {} ({}%), cần {}%", "{} is {} of {} {} ({}%), {}% needed",
                         number_named(q.field, lang), a, number_named(q.of, lang), b, pct, q.min_percent);
        break;
      }
      case CheckKind::flag:
        res.met = r[*form.field(q.field)].flag;
        if (!res.met) res.detail = say(lang, "{} đang ghi là không", "{} is no", named(q.field, lang));
        break;
      case CheckKind::includes: {
        std::vector<std::string> missing;
        for (const std::string& c : q.codes)
          if (const auto& held = r[*form.field(q.field)].codes; std::none_of(held.begin(), held.end(),
                           [&](const Located<std::string>& h) { return h.value == c; }))
            missing.push_back(c);
        res.met = missing.empty();
        if (!res.met)
          res.detail = say(lang, "{} còn thiếu: {}", "{} is missing: {}", named(q.field, lang),
                           labels(plan, code_list_vocabulary(form, q.field), missing, lang));
        break;
      }
      case CheckKind::count: {
        std::size_t n = 0;
        if (q.where_field.empty()) {
          n = r.items(form.index(*form.field(q.list))).size();
        } else {
          for_each_item_codes(form, r, q.list, q.where_field, [&](const Located<std::string>* codes, std::size_t k) {
            if (std::any_of(codes, codes + k, [&](const Located<std::string>& c) {
                  return std::find(q.where_any.begin(), q.where_any.end(), c.value) != q.where_any.end();
                }))
              ++n;
          });
        }
        res.met = static_cast<long long>(n) >= q.min;
        if (res.met) break;
        res.detail = q.where_field.empty()
                         ? say(lang, "mới có {1} {0}, cần ít nhất {2}", "{0}: {1}, at least {2} needed", named(q.list, lang), n, q.min)
                         : say(lang, "mới có {1} {0} với {2} thuộc ({3}), cần ít nhất {4}",
                               "{0}: {1} with {2} in ({3}), at least {4} needed", named(q.list, lang), n,
                               named(q.where_field, lang, q.list),
                               labels(plan, item_field_vocabulary(form, q.list, q.where_field), q.where_any, lang), q.min);
        break;
      }
      case CheckKind::covers: {
        std::vector<std::string_view> seen = distinct_codes(form, r, q.lists, q.field);
        std::vector<std::string> missing;
        for (const std::string& c : q.codes)
          if (!contains(seen, c)) missing.push_back(c);
        res.met = missing.empty();
        if (res.met) break;
        std::string vocab = q.lists.empty() ? "" : item_field_vocabulary(form, q.lists[0], q.field);
        res.detail = say(lang, "chưa có nội dung: {}", "not covered yet: {}", labels(plan, vocab, missing, lang));
        break;
      }
      case CheckKind::figure: {
        long long v = number(q.figure);
        res.met = v >= q.min && (q.max < 0 || v <= q.max);
        if (res.met) break;
        res.detail = v < q.min ? say(lang, "{} là {}, cần ít nhất {}", "{} is {}, at least {} needed", number_named(q.figure, lang), v, q.min)
                               : say(lang, "{} là {}, không được quá {}", "{} is {}, at most {} allowed", number_named(q.figure, lang), v, q.max);
        break;
      }
      case CheckKind::distinct: {
        std::size_t seen = distinct_codes(form, r, {q.list}, q.field).size();
        res.met = static_cast<long long>(seen) >= q.min;
        if (!res.met)
          res.detail = say(lang, "{0} mới dùng {2} {1} khác nhau, cần ít nhất {3}",
                           "{0} use {2} different {1}, at least {3} needed", named(q.list, lang), named(q.field, lang, q.list),
                           seen, q.min);
        break;
      }
    }
    // Point at the first key the requirement is about that the file has.
    auto point_at = [&](const std::string& key) {
      const SchoolRecord::Place* at = key.empty() ? nullptr : r.key_place(form, key);
      if (!at) return false;
      res.offset = at->offset;
      res.length = at->length;
      return true;
    };
    if (!point_at(q.field) && !point_at(q.list))
      for (const std::string& l : q.lists)
        if (point_at(l)) break;
    out.push_back(std::move(res));
  }
  return out;
}

}  // namespace baocao
