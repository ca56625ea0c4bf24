#include "figure_reader.h"

#include <algorithm>

#include "form_reader.h"
#include "utf8.h"

namespace baocao {

namespace {

constexpr const char* kKinds[] = {"sum", "count", "schools", "ratio", "distinct", "breakdown", "parts"};

constexpr const char* kReserved[] = {"plan", "plan_family", "format_version", "period", "office", "report_date",
                                     "schools", "totals", "requirements", "per_school", "figures", "figure_defs",
                                     "breakdowns", "previous", "units", "inputs"};

bool id_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'; }

// A reference to another figure, resolved once all are read.
struct Pending {
  std::size_t figure;
  Located<std::string> name;
  std::string key;
  int role;  // 0 numerator, 1 denominator, 2 a part
};

class FigureReader {
 public:
  FigureReader(const Form& form, const std::map<std::string, Vocabulary>& vocabularies, YamlReader& r)
      : form_(form), vocabularies_(vocabularies), r_(r), lang_(r.lang()) {}

  std::optional<Figures> read(const Node* node, const KeyPath& path) {
    std::size_t errors = r_.diags().error_count();
    FigureDef schools;
    schools.id = kSchoolsFigure;
    schools.label = {"Số trường", "Schools"};
    schools.kind = FigureKind::schools;
    defs_.push_back(schools);
    auto items = r_.list(node, path);
    for (std::size_t i = 0; i < items.size(); ++i) read_figure(*items[i], path.item(i));
    resolve();
    if (r_.diags().error_count() > errors) return std::nullopt;
    return Figures(std::move(defs_));
  }

 private:
  void read_figure(const Node& node, const KeyPath& path) {
    if (!r_.mapping(node, path, {"id", "vi", "en", "sum", "count", "schools", "ratio", "distinct", "breakdown", "by",
                                 "where", "parts"}))
      return;
    FigureDef d;
    auto id = r_.text(r_.field(node, "id", path, true), path.key("id"), true);
    if (!id.present) return;
    d.id = id.value;
    if (d.id.empty() || !std::all_of(d.id.begin(), d.id.end(), id_char) || d.id.front() == '.' || d.id.back() == '.')
      r_.diags().error("E107", id.offset, id.length, path.key("id").str(),
                       say(lang_, "mã số liệu `{}` phải viết bằng chữ thường không dấu, số, `_` và `.`",
                           "figure id `{}` must be lowercase ASCII letters, digits, `_` and `.`", d.id),
                       say(lang_, "ví dụ: {}", "for example: {}", loose_key(d.id)));
    else if (reserved_figure_id(d.id))
      r_.diags().error("E107", id.offset, id.length, path.key("id").str(),
                       say(lang_, "`{}` là khóa riêng của báo cáo JSON, không dùng làm mã số liệu",
                           "`{}` is a key of the JSON report and can't be a figure id", d.id),
                       say(lang_, "đặt tên khác, ví dụ `so_{}`", "choose another, e.g. `n_{}`", d.id));
    for (const FigureDef& other : defs_)
      if (other.id == d.id)
        r_.diags().error("E005", id.offset, id.length, path.key("id").str(),
                         say(lang_, "mã số liệu `{}` bị lặp", "figure id `{}` appears twice", d.id));
    d.label.vi = r_.text(r_.field(node, "vi", path, true), path.key("vi"), true).value;
    d.label.en = r_.text(r_.field(node, "en", path, false), path.key("en"), false).value;
    std::vector<const MapEntry*> kinds;
    for (const MapEntry& e : node.entries)
      if (std::find(std::begin(kKinds), std::end(kKinds), e.key) != std::end(kKinds)) kinds.push_back(&e);
    if (kinds.size() != 1) {
      r_.error("E302", node, path,
               kinds.empty() ? say(lang_, "số liệu `{}` chưa nói cách tính", "figure `{}` says not how it is counted", d.id)
                             : say(lang_, "số liệu `{}` có {} cách tính, chỉ được một", "figure `{}` has {} ways of counting, one is allowed",
                                   d.id, kinds.size()),
               say(lang_, "viết một trong: {}", "write one of: {}", fmt::join(kKinds, ", ")));
      return;
    }
    const MapEntry& how = *kinds[0];
    const KeyPath hpath = path.key(how.key);
    const std::size_t index = defs_.size();
    if (how.key == "sum") {
      d.kind = FigureKind::sum;
      field(&how.value, hpath, d, {FieldKind::count}, true);
    } else if (how.key == "count") {
      d.kind = FigureKind::count;
      field(&how.value, hpath, d, {FieldKind::list}, false);
    } else if (how.key == "schools") {
      d.kind = FigureKind::schools;
      field(&how.value, hpath, d, {FieldKind::flag, FieldKind::list, FieldKind::count}, false);
    } else if (how.key == "ratio") {
      d.kind = FigureKind::ratio;
      auto ids = r_.list(&how.value, hpath);
      if (ids.size() != 2)
        r_.error("E302", how.value, hpath,
                 say(lang_, "`ratio` ghi hai mã số liệu: [tử số, mẫu số]", "`ratio` names two figures: [numerator, denominator]"));
      for (std::size_t i = 0; i < ids.size() && i < 2; ++i)
        pending_.push_back({index, r_.text(ids[i], hpath.item(i), true), hpath.item(i).str(), static_cast<int>(i)});
    } else if (how.key == "parts") {
      d.kind = FigureKind::parts;
      auto ids = r_.list(&how.value, hpath);
      for (std::size_t i = 0; i < ids.size(); ++i)
        pending_.push_back({index, r_.text(ids[i], hpath.item(i), true), hpath.item(i).str(), 2});
    } else {  // distinct, breakdown: one code field or several
      d.kind = how.key == "distinct" ? FigureKind::distinct : FigureKind::breakdown;
      if (how.value.is_sequence()) {
        for (std::size_t i = 0; i < how.value.items.size(); ++i)
          field(&how.value.items[i], hpath.item(i), d, {FieldKind::code, FieldKind::codes}, true);
      } else {
        field(&how.value, hpath, d, {FieldKind::code, FieldKind::codes}, true);
      }
      d.vocabulary = same_vocabulary(d, how.value, hpath);
    }
    if (const Node* by = r_.field(node, "by", path, false)) second_code(*by, path.key("by"), d);
    if (const Node* where = r_.field(node, "where", path, false)) filter(*where, path.key("where"), d);
    defs_.push_back(std::move(d));
  }

  // A field path, of one of `kinds`; `in_list_ok` lets it sit in a list's items.
  void field(const Node* node, const KeyPath& path, FigureDef& d, std::vector<FieldKind> kinds, bool in_list_ok) {
    auto p = r_.text(node, path, true);
    if (!p.present) return;
    const FormField* f = form_.field(p.value);
    if (!f) {
      std::vector<std::string> paths;
      for (const FormField& x : form_.fields())
        if (std::find(kinds.begin(), kinds.end(), x.kind) != kinds.end()) paths.push_back(x.path);
      std::string near = closest(p.value, paths);
      r_.diags().error("E107", p.offset, p.length, path.str(),
                       say(lang_, "biểu mẫu không có trường `{}`", "the form has no field `{}`", p.value),
                       near.empty() ? say(lang_, "dùng một trong: {}", "use one of: {}", fmt::join(paths, ", "))
                                    : say(lang_, "có phải ý bạn là `{}`?", "did you mean `{}`?", near));
      return;
    }
    std::vector<std::string> names;
    for (FieldKind k : kinds) names.push_back(field_kind_name(k));
    if (std::find(kinds.begin(), kinds.end(), f->kind) == kinds.end() || (!in_list_ok && f->scope >= 0 && f->kind != FieldKind::list)) {
      r_.diags().error("E302", p.offset, p.length, path.str(),
                       say(lang_, "`{}` là trường loại `{}`, ở đây cần: {}", "`{}` is a field of kind `{}`; this needs: {}",
                           p.value, field_kind_name(f->kind), fmt::join(names, ", ")));
      return;
    }
    d.fields.push_back(f);
  }

  const Vocabulary* vocabulary_of(const FormField& f) const {
    auto it = vocabularies_.find(f.vocabulary);
    return it == vocabularies_.end() ? nullptr : &it->second;
  }

  const Vocabulary* same_vocabulary(const FigureDef& d, const Node& at, const KeyPath& path) {
    if (d.fields.empty()) return nullptr;
    for (const FormField* f : d.fields)
      if (f->vocabulary != d.fields[0]->vocabulary) {
        r_.error("E302", at, path,
                 say(lang_, "các trường `{}` và `{}` dùng hai danh mục khác nhau", "fields `{}` and `{}` use different vocabularies",
                     d.fields[0]->path, f->path));
        return nullptr;
      }
    const Vocabulary* v = vocabulary_of(*d.fields[0]);
    if (!v)
      r_.error("E107", at, path,
               say(lang_, "kế hoạch không có danh mục `{}` mà trường `{}` dùng", "the plan has no vocabulary `{}`, which `{}` uses",
                   d.fields[0]->vocabulary, d.fields[0]->path));
    return v;
  }

  // breakdown ... by: a second code field of the same list's items.
  void second_code(const Node& node, const KeyPath& path, FigureDef& d) {
    auto p = r_.text(&node, path, true);
    if (!p.present) return;
    const FormField* f = form_.field(p.value);
    bool fits = f && (f->kind == FieldKind::code || f->kind == FieldKind::codes);
    if (d.kind != FigureKind::breakdown || d.fields.size() != 1 || !fits || f->scope != d.fields[0]->scope) {
      r_.diags().error("E302", p.offset, p.length, path.str(),
                       say(lang_, "`by` là một trường mã cùng mục với trường của `breakdown` (một trường)",
                           "`by` is a code field of the same items as the one `breakdown` field"));
      return;
    }
    d.by = f;
    d.by_vocabulary = vocabulary_of(*f);
    if (!d.by_vocabulary)
      r_.diags().error("E107", p.offset, p.length, path.str(),
                       say(lang_, "kế hoạch không có danh mục `{}` mà trường `{}` dùng",
                           "the plan has no vocabulary `{}`, which `{}` uses", f->vocabulary, f->path));
  }

  // where: {field, any_of}: the items counted hold one of the codes; or
  // where: {field} naming a flag of the items: those whose flag is yes.
  void filter(const Node& node, const KeyPath& path, FigureDef& d) {
    if (!r_.mapping(node, path, {"field", "any_of"})) return;
    const FormField* list = d.fields.empty() ? nullptr
                            : d.fields[0]->kind == FieldKind::list ? d.fields[0]
                                                                   : form_.list_of(*d.fields[0]);
    auto f = r_.text(r_.field(node, "field", path, true), path.key("field"), true);
    if (!f.present || !list) return;
    const FormField* code = form_.field(list->path + "[]." + f.value);
    if ((d.kind != FigureKind::sum && d.kind != FigureKind::count) || !code ||
        (code->kind != FieldKind::code && code->kind != FieldKind::codes && code->kind != FieldKind::flag)) {
      r_.diags().error("E302", f.offset, f.length, path.key("field").str(),
                       say(lang_, "các mục của `{}` không có trường mã hay trường có/không `{}`",
                           "items of `{}` have no code or yes/no field `{}`", list->path, f.value));
      return;
    }
    d.where = code;
    if (code->kind == FieldKind::flag) {
      if (const Node* any = r_.field(node, "any_of", path, false))
        r_.error("E302", *any, path.key("any_of"),
                 say(lang_, "`{}` là trường có/không: các mục được đếm là mục ghi có, không cần `any_of`",
                     "`{}` is a yes/no field: the items counted are those marked yes, without `any_of`", f.value));
      return;
    }
    const KeyPath apath = path.key("any_of");
    const Vocabulary* v = vocabulary_of(*code);
    auto codes = r_.list(r_.field(node, "any_of", path, true), apath);
    for (std::size_t i = 0; i < codes.size() && v; ++i) {
      auto c = r_.code(codes[i], *v, apath.item(i));
      if (c.present) d.where_any.push_back(c.value);
    }
  }

  void resolve() {
    for (const Pending& p : pending_) {
      if (!p.name.present) continue;
      std::string id = p.name.value;
      FigureDef::Part::Learners learners = FigureDef::Part::Learners::all;
      for (auto [suffix, l] : {std::pair{".pupils", FigureDef::Part::Learners::pupils},
                               std::pair{".children", FigureDef::Part::Learners::children}})
        if (p.role == 2 && id.size() > std::string_view(suffix).size() &&
            id.compare(id.size() - std::string_view(suffix).size(), std::string::npos, suffix) == 0) {
          id.resize(id.size() - std::string_view(suffix).size());
          learners = l;
        }
      auto it = std::find_if(defs_.begin(), defs_.end(), [&](const FigureDef& d) { return d.id == id; });
      bool number = it != defs_.end() && (it->kind == FigureKind::sum || it->kind == FigureKind::count ||
                                          it->kind == FigureKind::schools);
      if (!number) {
        std::vector<std::string> ids;
        for (const FigureDef& d : defs_)
          if (d.kind == FigureKind::sum || d.kind == FigureKind::count || d.kind == FigureKind::schools) ids.push_back(d.id);
        std::string near = closest(id, ids);
        r_.diags().error("E107", p.name.offset, p.name.length, p.key,
                         say(lang_, "không có số liệu đếm được mang mã `{}`", "no number figure has the id `{}`", id),
                         near.empty() ? say(lang_, "dùng một trong: {}", "use one of: {}", fmt::join(ids, ", "))
                                      : say(lang_, "có phải ý bạn là `{}`?", "did you mean `{}`?", near));
        continue;
      }
      FigureDef& d = defs_[p.figure];
      std::size_t target = static_cast<std::size_t>(it - defs_.begin());
      if (p.role == 0) d.numerator = target;
      if (p.role == 1) d.denominator = target;
      if (p.role == 2) {
        std::string name = p.name.value;
        d.parts.push_back({target, learners, name.substr(name.rfind('.') + 1)});
      }
    }
  }

  const Form& form_;
  const std::map<std::string, Vocabulary>& vocabularies_;
  YamlReader& r_;
  Lang lang_;
  std::vector<FigureDef> defs_;
  std::vector<Pending> pending_;
};

}  // namespace

bool reserved_figure_id(std::string_view id) {
  return std::find(std::begin(kReserved), std::end(kReserved), id) != std::end(kReserved);
}

std::optional<Figures> read_figures(const Node* node, const KeyPath& path, const Form& form,
                                    const std::map<std::string, Vocabulary>& vocabularies, YamlReader& r) {
  return FigureReader(form, vocabularies, r).read(node, path);
}

}  // namespace baocao
