#include "requirement.h"

#include <algorithm>

namespace baocao {

const std::vector<std::string>& number_fields() {
  static const std::vector<std::string> v = {"staff.total", "staff.informed", "students.total", "students.reached"};
  return v;
}
const std::vector<std::string>& flag_fields() {
  static const std::vector<std::string> v = {"communication_program", "school_plan.issued", "movement_integrated"};
  return v;
}
const std::vector<std::string>& code_list_fields() {
  static const std::vector<std::string> v = {"school_plan.integrated_with"};
  return v;
}
const std::vector<std::string>& list_names() {
  static const std::vector<std::string> v = {"focal_persons", "lessons", "activities", "training"};
  return v;
}
std::string item_field_vocabulary(const std::string& list, const std::string& field) {
  if (list == "lessons" && field == "topics") return "topic";
  if (list == "activities" && field == "topics") return "topic";
  if (list == "activities" && field == "form") return "form";
  if (list == "activities" && field == "partners") return "partner";
  return {};
}
std::string code_list_vocabulary(const std::string& field) {
  return field == "school_plan.integrated_with" ? "program" : "";
}
std::vector<std::string> roster_fields() { return {"areas", "level"}; }
std::string roster_field_vocabulary(const std::string& field) {
  return field == "areas" ? "area" : field == "level" ? "level" : "";
}

namespace {

// What a teacher calls the fields that checks name, with the key in the file
// after it so the line is easy to find: "số hoạt động (activities)".
std::string named(const std::string& key, Lang lang) {
  struct Label { const char* key; const char* vi; const char* en; };
  static const Label kLabels[] = {
      {"staff.total", "tổng số CB, GV, NV", "total staff"},
      {"staff.informed", "số CB, GV, NV được quán triệt", "staff briefed"},
      {"students.total", "tổng số học sinh", "total students"},
      {"students.reached", "số học sinh được tuyên truyền", "students reached"},
      {"communication_program", "chương trình truyền thông", "communication programme"},
      {"school_plan.issued", "kế hoạch của trường", "school plan issued"},
      {"movement_integrated", "lồng ghép phong trào", "movement integration"},
      {"school_plan.integrated_with", "chương trình được lồng ghép", "integrated programmes"},
      {"focal_persons", "CB, GV phụ trách tuyên truyền", "focal persons"},
      {"lessons", "tiết dạy lồng ghép", "lessons"},
      {"activities", "hoạt động", "activities"},
      {"training", "lượt tập huấn", "trainings"},
      {"form", "hình thức", "forms"},
      {"partners", "đơn vị phối hợp", "partners"},
      {"topics", "nội dung", "topics"},
  };
  for (const Label& l : kLabels)
    if (key == l.key) return fmt::format("{} ({})", lang == Lang::vi ? l.vi : l.en, key);
  return key;
}

long long number(const SchoolRecord& r, const std::string& f) {
  if (f == "staff.total") return r.staff_total.value;
  if (f == "staff.informed") return r.staff_informed.value;
  if (f == "students.total") return r.students_total.value;
  return r.students_reached.value;
}

bool flag(const SchoolRecord& r, const std::string& f) {
  if (f == "communication_program") return r.communication_program.value;
  if (f == "school_plan.issued") return r.plan_issued.value;
  return r.movement_integrated.value;
}

// Calls fn(first, n) with the codes one list item holds in `field`.
template <typename Fn>
void for_each_item_codes(const SchoolRecord& r, const std::string& list, const std::string& field, Fn fn) {
  if (list == "lessons") {
    for (const Lesson& l : r.lessons) fn(l.topics.data(), l.topics.size());
  } else if (list == "activities") {
    for (const Activity& a : r.activities) {
      if (field == "form") fn(&a.form, 1);
      else if (field == "partners") fn(a.partners.data(), a.partners.size());
      else fn(a.topics.data(), a.topics.size());
    }
  }
}

// The distinct codes the items of `lists` hold in `field`: a few at most.
std::vector<std::string_view> distinct_codes(const SchoolRecord& r, const std::vector<std::string>& lists,
                                             const std::string& field) {
  std::vector<std::string_view> seen;
  for (const std::string& l : lists)
    for_each_item_codes(r, l, field, [&](const Located<std::string>* codes, std::size_t n) {
      for (std::size_t i = 0; i < n; ++i)
        if (std::find(seen.begin(), seen.end(), codes[i].value) == seen.end()) seen.push_back(codes[i].value);
    });
  return seen;
}

bool contains(const std::vector<std::string_view>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::size_t list_size(const SchoolRecord& r, const std::string& list) {
  if (list == "focal_persons") return r.focal_persons.size();
  if (list == "lessons") return r.lessons.size();
  if (list == "activities") return r.activities.size();
  return r.training.size();
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
  std::vector<std::string> v = q.roster_field == "areas" ? roster->areas : std::vector<std::string>{roster->level};
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
                                                     const RosterEntry* roster, bool have_roster, Lang lang) {
  std::vector<RequirementResult> out;
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
        long long a = number(r, q.field), b = number(r, q.of);
        res.met = a * 100 >= q.min_percent * b;
        if (res.met) break;
        std::string pct = fmt::format("{:.1f}", b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 100.0);
        if (lang == Lang::vi) std::replace(pct.begin(), pct.end(), '.', ',');  // 95,7%
        res.detail = say(lang, "{} là {} trên {} là {} ({}%), cần {}%", "{} is {} of {} {} ({}%), {}% needed",
                         named(q.field, lang), a, named(q.of, lang), b, pct, q.min_percent);
        break;
      }
      case CheckKind::flag:
        res.met = flag(r, q.field);
        if (!res.met) res.detail = say(lang, "{} đang ghi là không", "{} is no", named(q.field, lang));
        break;
      case CheckKind::includes: {
        std::vector<std::string> missing;
        for (const std::string& c : q.codes)
          if (std::none_of(r.integrated_with.begin(), r.integrated_with.end(),
                           [&](const Located<std::string>& h) { return h.value == c; }))
            missing.push_back(c);
        res.met = missing.empty();
        if (!res.met)
          res.detail = say(lang, "{} còn thiếu: {}", "{} is missing: {}", named(q.field, lang),
                           labels(plan, code_list_vocabulary(q.field), missing, lang));
        break;
      }
      case CheckKind::count: {
        std::size_t n = 0;
        if (q.where_field.empty()) {
          n = list_size(r, q.list);
        } else {
          for_each_item_codes(r, q.list, q.where_field, [&](const Located<std::string>* codes, std::size_t k) {
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
                               named(q.where_field, lang),
                               labels(plan, item_field_vocabulary(q.list, q.where_field), q.where_any, lang), q.min);
        break;
      }
      case CheckKind::covers: {
        std::vector<std::string_view> seen = distinct_codes(r, q.lists, q.field);
        std::vector<std::string> missing;
        for (const std::string& c : q.codes)
          if (!contains(seen, c)) missing.push_back(c);
        res.met = missing.empty();
        if (res.met) break;
        std::string vocab = q.lists.empty() ? "" : item_field_vocabulary(q.lists[0], q.field);
        res.detail = say(lang, "chưa có nội dung: {}", "not covered yet: {}", labels(plan, vocab, missing, lang));
        break;
      }
      case CheckKind::distinct: {
        std::size_t seen = distinct_codes(r, {q.list}, q.field).size();
        res.met = static_cast<long long>(seen) >= q.min;
        if (!res.met)
          res.detail = say(lang, "{0} mới dùng {2} {1} khác nhau, cần ít nhất {3}",
                           "{0} use {2} different {1}, at least {3} needed", named(q.list, lang), named(q.field, lang),
                           seen, q.min);
        break;
      }
    }
    // Point at the first key the requirement is about that the file has.
    auto point_at = [&](const std::string& key) {
      auto it = key.empty() ? r.keys.end() : r.keys.find(key);
      if (it == r.keys.end()) return false;
      res.offset = it->second.offset;
      res.length = it->second.length;
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
