#include "school_reader.h"

#include <algorithm>

#include "utf8.h"

namespace baocao {

namespace {

// Reads a school file by walking the form table (form.h): each field is read
// by its kind and checked by the rules of its row.
class SchoolReader {
 public:
  SchoolReader(const Plan& plan, Diagnostics& diags)
      : plan_(plan), form_(plan.form()), r_(diags), lang_(diags.lang()) {
    // Each field's vocabulary looked up once per file, not once per value.
    const std::vector<FormField>& fields = form_.fields();
    vocabularies_.resize(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i)
      if (!fields[i].vocabulary.empty()) vocabularies_[i] = &plan.vocabulary(fields[i].vocabulary);
  }

  SchoolRecord read(const Node& root) {
    SchoolRecord rec;
    rec_ = &rec;
    rec.values = FieldValues(form_.slots(-1));
    rec.key_places.resize(form_.fields().size());
    if (r_.mapping(root, "", form_.child_keys(-1))) read_fields(root, -1, "", rec.values);
    return rec;
  }

 private:
  // Looks a key up and remembers where it is, for the requirement warnings
  // that point at it (they name keys outside list items only).
  const Node* get(const Node& map, const FormField& f, const KeyPath& path) {
    if (map.is_mapping() && !path.in_list())
      if (const MapEntry* e = map.find(f.key)) rec_->key_places[form_.index(f)] = {e->key_offset, e->key_length};
    return r_.field(map, f.key, path, f.need == Need::required);
  }

  void read_fields(const Node& map, int parent, const KeyPath& path, FieldValues& values) {
    for (const FormField* f : form_.children(parent)) {
      const Node* node = get(map, *f, path);
      const KeyPath here = path.key(f->key);
      const int index = static_cast<int>(form_.index(*f));
      switch (f->kind) {
        case FieldKind::section:
          if (node && r_.mapping(*node, here, form_.child_keys(index), f->need == Need::optional)) {
            read_fields(*node, index, here, values);
            if (f->positive_sum) at_least_one(*node, *f, here, values);
          }
          break;
        case FieldKind::list:
          read_list(node, *f, here);
          break;
        default:
          read_value(node, *f, here, values[*f]);
      }
    }
    for (const FormField* f : form_.children(parent))
      if (f->need == Need::when_flag) required_by_flag(map, *f, path, values);
  }

  void read_list(const Node* node, const FormField& list, const KeyPath& path) {
    const int index = static_cast<int>(form_.index(list));
    std::vector<const Node*> nodes = r_.list(node, path);
    if (nodes.empty()) return;
    std::vector<ListItem>& items = rec_->lists[form_.index(list)];
    items.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
      const KeyPath item_path = path.item(i);
      if (!r_.mapping(*nodes[i], item_path, form_.child_keys(index))) continue;
      ListItem item{nodes[i]->offset, FieldValues(form_.slots(index))};
      read_fields(*nodes[i], index, item_path, item.values);
      items.push_back(std::move(item));
    }
  }

  template <typename T>
  static void take(FieldValue& v, const Located<T>& located) {
    v.offset = located.offset;
    v.length = located.length;
    v.present = located.present;
  }

  void read_value(const Node* node, const FormField& f, const KeyPath& path, FieldValue& v) {
    const bool required = f.need == Need::required;
    switch (f.kind) {
      case FieldKind::text: {
        Located<std::string> t = r_.text(node, path, required);
        take(v, t);
        v.text = std::move(t.value);
        if (v.present) check_text(f, path, v);
        break;
      }
      case FieldKind::count: {
        v.number = f.absent;
        if (!node) break;
        Located<long long> n = r_.count(node, path);
        take(v, n);
        if (!v.present) break;
        v.number = n.value;
        in_range(f, path, v);
        if (!f.at_most.empty()) not_above(v, path, *form_.field(f.at_most));
        break;
      }
      case FieldKind::date: {
        if (!node) break;
        Located<Date> d = r_.date(node, path);
        take(v, d);
        v.date = d.value;
        if (v.present && f.in_period) in_period(v, path);
        break;
      }
      case FieldKind::flag: {
        if (!node) break;
        Located<bool> b = r_.flag(node, path);
        take(v, b);
        v.flag = b.value;
        break;
      }
      case FieldKind::phone: {
        if (!node) break;
        Located<std::string> p = r_.phone(node, path);
        take(v, p);
        v.text = std::move(p.value);
        break;
      }
      case FieldKind::code: {
        if (!node) break;
        Located<std::string> c = r_.code(node, *vocabularies_[form_.index(f)], path);
        take(v, c);
        v.text = c.value;
        if (c.present) v.codes.push_back(std::move(c));
        break;
      }
      case FieldKind::codes:
        v.codes = codes(node, path, *vocabularies_[form_.index(f)], f.non_empty);
        v.present = node != nullptr;
        if (node) {
          v.offset = node->offset;
          v.length = node->length;
        }
        break;
      case FieldKind::section:
      case FieldKind::list:
        break;
    }
  }

  void check_text(const FormField& f, const KeyPath& path, const FieldValue& v) {
    if (f.plan_id && v.text != plan_.id)
      r_.diags().error("E205", v.offset, v.length, path.str(),
                       say(lang_, "tệp báo cáo cho kế hoạch `{}`, nhưng đang kiểm tra theo kế hoạch `{}`",
                           "the file answers plan `{}`, but plan `{}` is being checked", v.text, plan_.id),
                       say(lang_, "ghi `{}: {}`, hoặc kiểm tra với --plan {}", "write `{}: {}`, or check with --plan {}",
                           f.key, plan_.id, v.text));
    if (!f.placeholder.empty() && v.text == f.placeholder)
      r_.diags().warning("W002", v.offset, v.length, path.str(),
                         say(lang_, "{} vẫn là chữ mẫu của biểu mẫu trắng", "{} is still the blank form's placeholder",
                             path.str()),
                         say(lang_, "ghi {}", "write the {}", f.label.in(lang_)));
  }

  // A count that must not exceed a top-level one; reports E201 at the part.
  void not_above(const FieldValue& part, const KeyPath& part_path, const FormField& whole_field) {
    const FieldValue& whole = (*rec_)[whole_field];
    if (!whole.present || part.number <= whole.number) return;
    std::string part_key = part_path.str();
    r_.diags().error("E201", part.offset, part.length, part_key,
                     say(lang_, "{} = {} lớn hơn {} = {}", "{} = {} is more than {} = {}", part_key, part.number,
                         whole_field.path, whole.number),
                     say(lang_, "kiểm tra lại hai số này: {} không thể vượt quá {}", "check both figures: {} can't exceed {}",
                         part_key, whole_field.path));
  }

  void in_range(const FormField& f, const KeyPath& path, const FieldValue& v) {
    if (v.number >= f.min && v.number <= f.max) return;
    std::string key = path.str();
    if (f.max == kMaxCount)  // only a floor: say it as one, and what to do when there is nothing to count
      r_.diags().error("E106", v.offset, v.length, key,
                       say(lang_, "{} phải ít nhất là {}", "{} must be at least {}", key, f.min),
                       f.scope >= 0 ? say(lang_, "nếu không có {}, xóa cả mục này", "if there were no {}, remove the item",
                                          f.label.in(lang_))
                                    : std::string());
    else
      r_.diags().error("E106", v.offset, v.length, key,
                       say(lang_, "{} = {} nằm ngoài khoảng {}..{}", "{} = {} is outside {}..{}", key, v.number, f.min,
                           f.max),
                       say(lang_, "ghi {} từ {} đến {}", "write the {} as {} to {}", f.label.in(lang_), f.min, f.max));
  }

  void in_period(const FieldValue& d, const KeyPath& path) {
    if (plan_.from <= d.date && d.date <= plan_.to) return;
    r_.diags().error("E202", d.offset, d.length, path.str(),
                     say(lang_, "ngày {} nằm ngoài thời gian của kế hoạch ({} – {})",
                         "{} is outside the plan period ({} – {})", d.date.vi(), plan_.from.vi(), plan_.to.vi()),
                     say(lang_, "chỉ báo cáo việc làm trong thời gian kế hoạch; kiểm tra lại năm và thứ tự ngày/tháng",
                         "report only work done in the plan period; check the year and the day/month order"));
  }

  // A section of counts that may each be absent but not all zero (E204).
  void at_least_one(const Node& node, const FormField& section, const KeyPath& path, const FieldValues& values) {
    long long sum = 0;
    std::vector<std::string_view> keys;
    for (const FormField* c : form_.children(static_cast<int>(form_.index(section)))) {
      const FieldValue& v = values[*c];
      // A sum over unreadable counts would be a second, misleading error.
      if (node.find(c->key) && !node.find(c->key)->value.is_null() && !v.present) return;
      sum += v.number;
      keys.push_back(c->key);
    }
    if (sum > 0) return;
    r_.error("E204", node, path,
             say(lang_, "{} bằng 0: không có ai tham gia", "{} add up to 0: nobody took part", section.label.in(lang_)),
             say(lang_, "ghi số lượt tham gia vào {}", "write the numbers under {}", fmt::join(keys, ", ")));
  }

  // A field required because a flag of the same mapping is yes, or a code
  // field of it holds one of the given codes (E203), reported at that value.
  void required_by_flag(const Node& map, const FormField& f, const KeyPath& path, const FieldValues& values) {
    const FormField& rule = *form_.field(f.when);
    const FieldValue& on = values[rule];
    if (!on.present) return;
    const MapEntry* e = map.find(f.key);
    if (e && !e->value.is_null()) return;
    const std::string hint =
        say(lang_, "thêm `{}: {}` trong {}", "add `{}: {}` under {}", f.key, f.example, path.str());
    if (f.when_any.empty()) {
      if (!on.flag) return;
      r_.diags().error("E203", on.offset, on.length, path.key(f.key).str(),
                       say(lang_, "{} ({}: có) nhưng thiếu {}", "{} ({}: yes) but the {} is missing",
                           rule.label.in(lang_), rule.key, f.label.in(lang_)),
                       hint);
      return;
    }
    for (const Located<std::string>& c : on.codes) {
      if (std::find(f.when_any.begin(), f.when_any.end(), c.value) == f.when_any.end()) continue;
      const std::string term = vocabularies_[form_.index(rule)]->label(c.value, lang_);
      r_.diags().error("E203", c.offset, c.length, path.key(f.key).str(),
                       say(lang_, "{} là “{}” nhưng thiếu {}", "{} is “{}” but the {} is missing",
                           rule.label.in(lang_), term, f.label.in(lang_)),
                       hint);
      return;
    }
  }

  std::vector<Located<std::string>> codes(const Node* node, const KeyPath& path, const Vocabulary& v, bool non_empty) {
    std::vector<Located<std::string>> out;
    auto items = r_.list(node, path);
    // An absent or empty key is already reported as missing by field().
    if (non_empty && node && node->is_sequence() && node->items.empty())
      r_.error("E110", *node, path, say(lang_, "`{}` phải có ít nhất một mục", "`{}` needs at least one item", path.str()),
               say(lang_, "các mã được dùng: {}", "allowed codes: {}", v.codes_list()));
    for (std::size_t i = 0; i < items.size(); ++i) {
      // Labels hold commas ("Phòng, chống mại dâm"), which split an unquoted
      // [a, b] list; rejoin neighbours when together they name a term.
      if (std::size_t used = rejoined_label(items, i, v)) {
        Located<std::string> c;
        c.value = v.find(joined(items, i, used))->code;
        c.offset = items[i]->offset;
        c.length = items[i]->length;
        c.present = true;
        out.push_back(c);
        i += used - 1;
        continue;
      }
      auto c = r_.code(items[i], v, path.item(i));
      if (c.present) out.push_back(c);
    }
    return out;
  }

  static std::string joined(const std::vector<const Node*>& items, std::size_t from, std::size_t n) {
    std::string s;
    for (std::size_t k = from; k < from + n; ++k) {
      if (k > from) s += ", ";
      s += items[k]->text;
    }
    return s;
  }

  // How many items from `i` on (2 or more) form one label; 0 when none do.
  static std::size_t rejoined_label(const std::vector<const Node*>& items, std::size_t i, const Vocabulary& v) {
    if (!items[i]->is_scalar() || items[i]->quoted || v.find(items[i]->text)) return 0;
    for (std::size_t n = 2; n <= 4 && i + n <= items.size(); ++n) {
      if (!items[i + n - 1]->is_scalar() || items[i + n - 1]->quoted) return 0;
      if (v.find(joined(items, i, n))) return n;
    }
    return 0;
  }

  const Plan& plan_;
  const Form& form_;
  YamlReader r_;
  Lang lang_;
  std::vector<const Vocabulary*> vocabularies_;  // by form field
  SchoolRecord* rec_ = nullptr;
};

}  // namespace

SchoolRecord read_school(const Node& root, const Plan& plan, Diagnostics& diags) {
  return SchoolReader(plan, diags).read(root);
}

}  // namespace baocao
