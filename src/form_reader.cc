#include "form_reader.h"

#include <algorithm>

#include "utf8.h"

namespace baocao {

namespace {

struct KindName {
  FieldKind kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {FieldKind::section, "section"}, {FieldKind::list, "list"},   {FieldKind::text, "text"},
    {FieldKind::count, "count"},     {FieldKind::date, "date"},   {FieldKind::flag, "flag"},
    {FieldKind::phone, "phone"},     {FieldKind::code, "code"},   {FieldKind::codes, "codes"},
};

// A property and the kinds it belongs to; every kind takes the common ones.
struct Property {
  const char* name;
  std::vector<FieldKind> kinds;  // empty: every kind
};
const std::vector<Property>& properties() {
  using K = FieldKind;
  static const std::vector<Property> kProperties = {
      {"key", {}},        {"kind", {}},          {"vi", {}},         {"en", {}},
      {"required", {}},   {"required_when", {}}, {"comment", {}},    {"example", {}},
      {"fields", {K::section, K::list}},          {"positive_sum", {K::section}},
      {"plan_id", {K::text}},                     {"placeholder", {K::text}},
      {"min", {K::count}}, {"max", {K::count}},   {"default", {K::count}}, {"at_most", {K::count}},
      {"in_period", {K::date}},                   {"vocabulary", {K::code, K::codes}},
      {"non_empty", {K::codes}},
  };
  return kProperties;
}

std::vector<std::string_view> property_names() {
  std::vector<std::string_view> names;
  for (const Property& p : properties()) names.emplace_back(p.name);
  return names;
}

bool snake_case(std::string_view key) {
  return !key.empty() && key[0] >= 'a' && key[0] <= 'z' &&
         std::all_of(key.begin(), key.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

// Where a rule that names another field was written, checked once the whole
// form is read.
struct Reference {
  std::size_t field;  // the row that wrote it
  Located<std::string> name;
  std::string key_path;
};

// required_when: {field, any_of}: the codes as written, checked once every field is read.
struct WhenCodes {
  std::size_t field;
  const Node* any_of;
  std::string path;  // of any_of
};

class FormReader {
 public:
  FormReader(YamlReader& r, const std::vector<std::string>& vocabularies,
             const std::map<std::string, Vocabulary>& terms)
      : r_(r), lang_(r.lang()), vocabularies_(vocabularies), terms_(terms) {}

  std::shared_ptr<const Form> read(const Node& node, const KeyPath& path) {
    std::size_t errors = r_.diags().error_count();
    read_fields(&node, path, "", -1);
    check_references();
    check_identity(node, path);
    if (r_.diags().error_count() > errors) return nullptr;
    return std::make_shared<const Form>(std::move(rows_));
  }

 private:
  // The fields of one mapping (the form, a section or a list item), under `prefix`.
  void read_fields(const Node* node, const KeyPath& path, const std::string& prefix, int parent_kind_list) {
    auto items = r_.list(node, path);
    if (node && items.empty())
      r_.error("E110", *node, path, say(lang_, "`{}` phải có ít nhất một trường", "`{}` needs at least one field", path.str()),
               say(lang_, "mỗi trường một mục: `- {{key: ..., kind: ..., vi: ...}}`",
                   "one item per field: `- {{key: ..., kind: ..., vi: ...}}`"));
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < items.size(); ++i) read_field(*items[i], path.item(i), prefix, keys, parent_kind_list);
  }

  void read_field(const Node& node, const KeyPath& path, const std::string& prefix, std::vector<std::string>& keys,
                  int list_depth) {
    if (!r_.mapping(node, path, property_names())) return;
    auto key = r_.text(r_.field(node, "key", path, true), path.key("key"), true);
    auto kind_name = r_.text(r_.field(node, "kind", path, true), path.key("kind"), true);
    if (!key.present || !kind_name.present) return;
    if (!snake_case(key.value)) {
      r_.diags().error("E107", key.offset, key.length, path.key("key").str(),
                       say(lang_, "khóa `{}` phải viết bằng chữ thường không dấu, số và `_`",
                           "key `{}` must be lowercase ASCII letters, digits and `_`", key.value),
                       say(lang_, "ví dụ: {}", "for example: {}", loose_key(key.value)));
      return;
    }
    if (std::find(keys.begin(), keys.end(), key.value) != keys.end()) {
      r_.diags().error("E005", key.offset, key.length, path.key("key").str(),
                       say(lang_, "khóa `{}` bị lặp trong cùng một mục của biểu mẫu", "key `{}` appears twice at one level of the form",
                           key.value));
      return;
    }
    keys.push_back(key.value);
    const KindName* kind = nullptr;
    for (const KindName& k : kKinds)
      if (kind_name.value == k.name) kind = &k;
    if (!kind) {
      unknown(kind_name, path.key("kind"), field_kind_names());
      return;
    }
    FormField f;
    f.path = prefix + key.value;
    f.kind = kind->kind;
    f.label.vi = r_.text(r_.field(node, "vi", path, true), path.key("vi"), true).value;
    f.label.en = r_.text(r_.field(node, "en", path, false), path.key("en"), false).value;
    f.comment = text(node, "comment", path);
    f.example = text(node, "example", path);
    placeholders(node, "comment", path, {"abbrev"});
    std::vector<std::string> fills = vocabularies_;
    fills.insert(fills.end(), {"subject", "from"});
    placeholders(node, "example", path, fills);
    for (const MapEntry& e : node.entries) not_for_kind(e, path, f.kind);
    need(node, path, f, prefix);
    std::size_t row = rows_.size();
    switch (f.kind) {
      case FieldKind::count:
        f.min = number(node, "min", path, 0);
        f.max = number(node, "max", path, kMaxCount);
        f.absent = number(node, "default", path, 0);
        if (f.min > f.max)
          r_.error("E106", node, path, say(lang_, "`min` ({}) lớn hơn `max` ({})", "`min` ({}) is more than `max` ({})", f.min, f.max));
        if (auto at = r_.text(r_.field(node, "at_most", path, false), path.key("at_most"), false); at.present)
          at_most_.push_back({row, at, path.key("at_most").str()});
        break;
      case FieldKind::text:
        f.plan_id = flag(node, "plan_id", path);
        f.placeholder = text(node, "placeholder", path);
        break;
      case FieldKind::date:
        f.in_period = flag(node, "in_period", path);
        break;
      case FieldKind::codes:
        f.non_empty = flag(node, "non_empty", path);
        [[fallthrough]];
      case FieldKind::code:
        vocabulary(node, path, f);
        break;
      case FieldKind::section:
        f.positive_sum = flag(node, "positive_sum", path);
        break;
      default:
        break;
    }
    rows_.push_back(std::move(f));
    if (kind->kind == FieldKind::section || kind->kind == FieldKind::list) {
      const Node* fields = r_.field(node, "fields", path, true);
      std::string inner = rows_[row].path + (kind->kind == FieldKind::list ? "[]." : ".");
      if (fields) read_fields(fields, path.key("fields"), inner, list_depth + (kind->kind == FieldKind::list));
      if (kind->kind == FieldKind::list && list_depth >= 0)
        r_.error("E302", node, path,
                 say(lang_, "danh sách `{}` nằm trong một danh sách khác: biểu mẫu chỉ có danh sách một tầng",
                     "list `{}` is inside another list: a form's lists are one level deep", rows_[row].path),
                 say(lang_, "đưa `{}` ra ngoài cùng của biểu mẫu", "move `{}` to the top of the form", key.value));
    }
  }

  // required_when: KEY (a flag beside the field) or {field: KEY, any_of:
  // [codes]} (a code field beside it holding one of the codes).
  void need(const Node& node, const KeyPath& path, FormField& f, const std::string& prefix) {
    bool required = flag(node, "required", path);
    const Node* rule = r_.field(node, "required_when", path, false);
    const KeyPath rule_path = path.key("required_when");
    const KeyPath field_path = rule_path.key("field");
    const Node* any_of = nullptr;
    const bool codes = rule && rule->is_mapping();
    if (codes) {
      if (!r_.mapping(*rule, rule_path, {"field", "any_of"})) return;
      any_of = r_.field(*rule, "any_of", rule_path, true);
      rule = r_.field(*rule, "field", rule_path, true);
      if (!any_of) return;  // said; the field alone would read as a flag
    }
    const KeyPath& wpath = codes ? field_path : rule_path;
    auto when = r_.text(rule, wpath, false);
    f.need = required ? Need::required : Need::optional;
    if (!when.present) return;
    if (required)
      r_.diags().error("E302", when.offset, when.length, path.key("required_when").str(),
                       say(lang_, "trường đã là bắt buộc (`required: true`), không cần `required_when`",
                           "the field is required already (`required: true`): drop `required_when`"));
    f.need = Need::when_flag;
    f.when = prefix + when.value;
    when_.push_back({rows_.size(), when, wpath.str()});
    if (any_of) when_codes_.push_back({rows_.size(), any_of, rule_path.key("any_of").str()});
  }

  // `baocao init` fills {name} in a comment or an example: a name it has no
  // value for, or a lone brace, is the plan's mistake, found here rather
  // than when a school asks for its form.
  void placeholders(const Node& node, const char* key, const KeyPath& path, const std::vector<std::string>& allowed) {
    auto t = r_.text(r_.field(node, key, path, false), path.key(key), false);
    const std::string& s = t.value;
    for (std::size_t i = 0; t.present && i < s.size(); ++i) {
      if ((s[i] == '{' || s[i] == '}') && i + 1 < s.size() && s[i + 1] == s[i]) {
        ++i;  // {{ and }} write a brace
        continue;
      }
      if (s[i] != '{' && s[i] != '}') continue;
      std::size_t close = s[i] == '{' ? s.find('}', i) : std::string::npos;
      std::string name = close == std::string::npos ? std::string() : s.substr(i + 1, close - i - 1);
      if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) {
        i = close;
        continue;
      }
      r_.diags().error("E107", t.offset, t.length, path.key(key).str(),
                       name.empty() ? say(lang_, "dấu ngoặc nhọn lẻ trong `{}`", "a lone brace in `{}`", key)
                                    : say(lang_, "`{{{}}}` không có giá trị để điền", "`{{{}}}` has no value to fill in", name),
                       say(lang_, "ở đây dùng được: {}; viết {{{{ và }}}} cho một dấu ngoặc nhọn",
                           "usable here: {}; write {{{{ and }}}} for a brace", fmt::join(allowed, ", ")));
      return;
    }
  }

  void vocabulary(const Node& node, const KeyPath& path, FormField& f) {
    auto v = r_.text(r_.field(node, "vocabulary", path, true), path.key("vocabulary"), true);
    if (!v.present) return;
    if (std::find(vocabularies_.begin(), vocabularies_.end(), v.value) == vocabularies_.end()) {
      unknown(v, path.key("vocabulary"), vocabularies_);
      return;
    }
    f.vocabulary = v.value;
  }

  // E302 for a property that a field of this kind can't have.
  void not_for_kind(const MapEntry& e, const KeyPath& path, FieldKind kind) {
    for (const Property& p : properties()) {
      if (e.key != p.name || p.kinds.empty()) continue;
      if (std::find(p.kinds.begin(), p.kinds.end(), kind) != p.kinds.end()) return;
      std::vector<std::string> kinds;
      for (FieldKind k : p.kinds) kinds.emplace_back(field_kind_name(k));
      r_.diags().error("E302", e.key_offset, e.key_length, join_path(path.str(), e.key),
                       say(lang_, "trường loại `{}` không có thuộc tính `{}`", "a field of kind `{}` has no `{}`",
                           field_kind_name(kind), e.key),
                       say(lang_, "`{}` chỉ dùng cho loại: {}", "`{}` is for kinds: {}", e.key, fmt::join(kinds, ", ")));
      return;
    }
  }

  // The codes of required_when: {field, any_of}, in the code field's vocabulary.
  void read_when_codes(const WhenCodes& w, const FormField& code) {
    auto vocabulary = terms_.find(code.vocabulary);
    if (vocabulary == terms_.end()) return;  // said where the code field names it
    const KeyPath path(w.path);
    auto items = r_.list(w.any_of, path);
    if (w.any_of->is_sequence() && items.empty())
      r_.error("E110", *w.any_of, path, say(lang_, "`{}` phải có ít nhất một mã", "`{}` needs at least one code", w.path),
               say(lang_, "các mã được dùng: {}", "allowed codes: {}", vocabulary->second.codes_list()));
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto c = r_.code(items[i], vocabulary->second, path.item(i));
      if (c.present) rows_[w.field].when_any.push_back(c.value);
    }
  }

  void check_references() {
    for (const Reference& ref : when_) {
      const FormField* flag = find(ref.field, rows_[ref.field].when);
      auto codes = std::find_if(when_codes_.begin(), when_codes_.end(),
                                [&](const WhenCodes& w) { return w.field == ref.field; });
      if (codes != when_codes_.end()) {
        if (flag && (flag->kind == FieldKind::code || flag->kind == FieldKind::codes)) {
          read_when_codes(*codes, *flag);
          continue;
        }
        r_.diags().error("E107", ref.name.offset, ref.name.length, ref.key_path,
                         say(lang_, "`{}` không phải trường mã cùng cấp", "`{}` is not a code field beside this one",
                             ref.name.value),
                         say(lang_, "`required_when: {{field, any_of}}` ghi khóa của một trường `kind: code` hoặc `codes` cùng cấp",
                             "`required_when: {{field, any_of}}` names a `kind: code` or `codes` field at the same level"));
        continue;
      }
      if (!flag || flag->kind != FieldKind::flag)
        r_.diags().error("E107", ref.name.offset, ref.name.length, ref.key_path,
                         say(lang_, "`{}` không phải trường có/không cùng cấp", "`{}` is not a yes/no field beside this one",
                             ref.name.value),
                         say(lang_, "`required_when` ghi khóa của một trường `kind: flag` cùng cấp",
                             "`required_when` names the key of a `kind: flag` field at the same level"));
    }
    for (const Reference& ref : at_most_) {
      const FormField* whole = find(ref.field, ref.name.value);
      if (!whole || whole->kind != FieldKind::count || whole->path.find("[]") != std::string::npos) {
        r_.diags().error("E107", ref.name.offset, ref.name.length, ref.key_path,
                         say(lang_, "`{}` không phải trường số ngoài danh sách của biểu mẫu",
                             "`{}` is not a count of the form outside its lists", ref.name.value),
                         say(lang_, "ghi đường dẫn đầy đủ, ví dụ `staff.total`", "write the whole path, e.g. `staff.total`"));
        continue;
      }
      rows_[ref.field].at_most = ref.name.value;
    }
  }

  // A row written before `before`, by path: a rule names a field above it
  // or beside it, never one the blank form shows later in another part.
  const FormField* find(std::size_t before, const std::string& path) const {
    for (std::size_t i = 0; i < rows_.size(); ++i)
      if (i != before && rows_[i].path == path) return &rows_[i];
    return nullptr;
  }

  // The fields the program itself reads: the plan answered, the school, the date.
  void check_identity(const Node& node, const KeyPath& path) {
    struct Must {
      std::string_view path;
      FieldKind kind;
    };
    const Must musts[] = {{form_path::plan, FieldKind::text},
                          {form_path::school_code, FieldKind::text},
                          {form_path::school_name, FieldKind::text},
                          {form_path::prepared_date, FieldKind::date}};
    for (const Must& m : musts) {
      auto it = std::find_if(rows_.begin(), rows_.end(), [&](const FormField& f) { return f.path == m.path; });
      if (it != rows_.end() && it->kind == m.kind && it->need == Need::required) {
        if (m.path == form_path::plan && !it->plan_id) it->plan_id = true;
        continue;
      }
      r_.error("E301", node, path,
               say(lang_, "biểu mẫu thiếu trường bắt buộc `{}` (loại `{}`)", "the form lacks the required field `{}` (kind `{}`)",
                   m.path, field_kind_name(m.kind)),
               say(lang_, "mọi biểu mẫu có mã kế hoạch, mã và tên trường, ngày lập báo cáo: chép phần đầu biểu mẫu của plans/pcmd-2024.yaml",
                   "every form has the plan id, the school's code and name and the report date: copy the start of plans/pcmd-2024.yaml's form"));
    }
  }

  void unknown(const Located<std::string>& v, const KeyPath& path, const std::vector<std::string>& allowed) {
    std::string near = closest(v.value, allowed);
    std::string all = fmt::format("{}", fmt::join(allowed, ", "));
    r_.diags().error("E107", v.offset, v.length, path.str(),
                     say(lang_, "`{}` không dùng được ở đây", "`{}` can't be used here", v.value),
                     near.empty() ? say(lang_, "dùng một trong: {}", "use one of: {}", all)
                                  : say(lang_, "có phải ý bạn là `{}`? Dùng một trong: {}",
                                        "did you mean `{}`? Use one of: {}", near, all));
  }

  std::string text(const Node& node, const char* key, const KeyPath& path) {
    return r_.text(r_.field(node, key, path, false), path.key(key), false).value;
  }
  bool flag(const Node& node, const char* key, const KeyPath& path) {
    const Node* n = r_.field(node, key, path, false);
    return n && r_.flag(n, path.key(key)).value;
  }
  long long number(const Node& node, const char* key, const KeyPath& path, long long otherwise) {
    const Node* n = r_.field(node, key, path, false);
    if (!n) return otherwise;
    auto v = r_.count(n, path.key(key));
    return v.present ? v.value : otherwise;
  }

  YamlReader& r_;
  Lang lang_;
  const std::vector<std::string>& vocabularies_;
  const std::map<std::string, Vocabulary>& terms_;
  std::vector<WhenCodes> when_codes_;
  std::vector<FormField> rows_;
  std::vector<Reference> when_, at_most_;
};

}  // namespace

const std::vector<std::string>& field_kind_names() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> v;
    for (const KindName& k : kKinds) v.emplace_back(k.name);
    return v;
  }();
  return kNames;
}

const char* field_kind_name(FieldKind kind) {
  for (const KindName& k : kKinds)
    if (k.kind == kind) return k.name;
  return "text";
}

std::shared_ptr<const Form> read_form(const Node& node, const KeyPath& path,
                                      const std::map<std::string, Vocabulary>& vocabularies, YamlReader& r) {
  std::vector<std::string> names;
  for (const auto& [name, v] : vocabularies) names.push_back(name);
  return FormReader(r, names, vocabularies).read(node, path);
}

}  // namespace baocao
