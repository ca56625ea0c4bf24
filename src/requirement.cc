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

}  // namespace

const FormField* item_field(const Form& form, const std::string& list, const std::string& field) {
  return form.field(list + "[]." + field);
}

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
  const CheckSchool school{plan, form, r, figures, lang};
  for (const Requirement& q : plan.requirements) {
    RequirementResult res;
    res.requirement = &q;
    res.evaluated = applies(q, roster, have_roster);
    if (!res.evaluated) {
      out.push_back(res);
      continue;
    }
    // The reason is written only for a requirement that is not met: most are.
    res.met = check_kind(q.kind).evaluate(q, school, res.detail);
    // Point at the first key the requirement is about that the file has; a
    // figure is about the field it counts (a list item's: its list).
    auto point_at = [&](const std::string& key) {
      const SchoolRecord::Place* at = key.empty() ? nullptr : r.key_place(form, key);
      if (!at) {
        const FigureDef* d = key.empty() ? nullptr : plan.figures.find(key);
        const FormField* f = d && !d->fields.empty() ? d->fields.front() : nullptr;
        if (f && f->scope >= 0) f = &form.fields()[static_cast<std::size_t>(f->scope)];
        at = f ? r.key_place(form, f->path) : nullptr;
      }
      if (!at) return false;
      res.offset = at->offset;
      res.length = at->length;
      return true;
    };
    if (!point_at(q.field) && !point_at(q.list) && !point_at(q.figure))
      for (const std::string& l : q.lists)
        if (point_at(l)) break;
    out.push_back(std::move(res));
  }
  return out;
}

}  // namespace baocao
