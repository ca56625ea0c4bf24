#include "plan.h"

#include <algorithm>

#include "file_reader.h"
#include "figure_reader.h"
#include "form_reader.h"
#include "sentences.h"
#include "requirement.h"
#include "resources.h"
#include "utf8.h"
#include "yaml_reader.h"

namespace baocao {

namespace {

const Plan& plan_v1();

// "pcmd-2024" -> "pcmd": the id without a trailing year.
std::string family_of(const std::string& id) {
  std::size_t dash = id.rfind('-');
  bool year = dash != std::string::npos && id.size() - dash == 5 &&
              std::all_of(id.begin() + static_cast<long>(dash) + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
  return year ? id.substr(0, dash) : id;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string joined(const std::vector<std::string>& v) { return fmt::format("{}", fmt::join(v, ", ")); }

class PlanReader final : PlanValues {
 public:
  PlanReader(Diagnostics& diags) : r_(diags), lang_(diags.lang()) {}

  std::optional<Plan> read(const Node& root) {
    Plan plan;
    if (!r_.mapping(root, "", {"plan", "family", "title", "subject", "abbrev", "document", "period", "vocabularies", "form",
                               "figures", "sentences", "columns", "tasks", "requirements"}))
      return std::nullopt;
    plan.id = r_.text(r_.field(root, "plan", "", true), "plan", true).value;
    plan.family = r_.text(r_.field(root, "family", "", false), "family", false).value;
    if (plan.family.empty()) plan.family = family_of(plan.id);
    plan.title = text(r_.field(root, "title", "", true), "title");
    plan.subject = text(r_.field(root, "subject", "", true), "subject");
    plan.abbrev = r_.text(r_.field(root, "abbrev", "", true), "abbrev", true).value;
    if (const Node* doc = r_.field(root, "document", "", false)) {
      if (r_.mapping(*doc, "document", {"number", "date", "issuer", "basis"})) {
        plan.doc_number = r_.text(r_.field(*doc, "number", "document", false), "document.number", false).value;
        if (const Node* d = r_.field(*doc, "date", "document", false)) {
          auto date = r_.date(d, "document.date");
          if (date.present) plan.doc_date = date.value;
        }
        // Texts the report quotes: a plain string, or {vi, en} for the English report.
        plan.doc_issuer = text(r_.field(*doc, "issuer", "document", false), "document.issuer");
        // One basis, or a list of them.
        const KeyPath basis = "document.basis";
        if (const Node* b = r_.field(*doc, "basis", "document", false)) {
          if (b->is_sequence())
            for (std::size_t i = 0; i < b->items.size(); ++i) plan.doc_bases.push_back(text(&b->items[i], basis.item(i)));
          else
            plan.doc_bases.push_back(text(b, basis));
        }
      }
    }
    if (const Node* period = r_.field(root, "period", "", true)) {
      if (r_.mapping(*period, "period", {"from", "to"})) {
        auto from = r_.date(r_.field(*period, "from", "period", true), "period.from");
        auto to = r_.date(r_.field(*period, "to", "period", true), "period.to");
        plan.from = from.value;
        plan.to = to.value;
        if (from.present && to.present && to.value < from.value)
          r_.error("E106", *period, "period",
                   say(lang_, "kỳ kế hoạch kết thúc trước khi bắt đầu", "the plan period ends before it starts"));
      }
    }
    read_vocabularies(r_.field(root, "vocabularies", "", true), plan);
    read_form_of(root, plan);
    if (!plan.form_) return std::nullopt;  // nothing below can be checked without it
    read_figures_and_sentences(root, plan);
    const KeyPath tasks = "tasks";
    for (const Node* t : r_.list(r_.field(root, "tasks", "", false), tasks)) {
      const KeyPath path = tasks.item(plan.tasks.size());
      if (!r_.mapping(*t, path, {"clause", "vi", "en", "sentences", "figures"})) continue;
      Task task;
      task.clause = r_.text(r_.field(*t, "clause", path, true), path.key("clause"), true).value;
      task.title.vi = r_.text(r_.field(*t, "vi", path, true), path.key("vi"), true).value;
      task.title.en = r_.text(r_.field(*t, "en", path, false), path.key("en"), false).value;
      // `figures:` is what plans written before sentences called the same list.
      const char* key = r_.field(*t, "sentences", path, false) ? "sentences" : "figures";
      const KeyPath list = path.key(key);
      auto items = r_.list(r_.field(*t, key, path, false), list);
      for (std::size_t i = 0; i < items.size(); ++i) task_sentence(*items[i], list.item(i), plan, task);
      plan.tasks.push_back(std::move(task));
    }
    const KeyPath requirements = "requirements";
    auto reqs = r_.list(r_.field(root, "requirements", "", true), requirements);
    for (std::size_t i = 0; i < reqs.size(); ++i) read_requirement(*reqs[i], requirements.item(i), plan);
    if (r_.diags().has_errors()) return std::nullopt;
    return plan;
  }

 private:
  Text text(const Node* node, const KeyPath& path) {
    Text t;
    if (!node) return t;
    if (node->is_scalar()) {
      t.vi = r_.text(node, path, true).value;
      return t;
    }
    if (!r_.mapping(*node, path, {"vi", "en"})) return t;
    t.vi = r_.text(r_.field(*node, "vi", path, true), path.key("vi"), true).value;
    t.en = r_.text(r_.field(*node, "en", path, false), path.key("en"), false).value;
    return t;
  }

  // Vocabularies under any names, each a list of {code, vi, en}.
  void read_vocabularies(const Node* node, Plan& plan) {
    if (!node) return;
    std::vector<std::string_view> names;  // any name is a vocabulary's
    for (const MapEntry& e : node->entries) names.push_back(e.key);
    if (!r_.mapping(*node, "vocabularies", names)) return;
    const KeyPath vocabularies = "vocabularies";
    for (const MapEntry& e : node->entries) {
      const KeyPath path = vocabularies.key(e.key);
      std::string name(e.key);
      if (!snake_name(name))
        r_.diags().error("E107", e.key_offset, e.key_length, path.str(),
                         say(lang_, "tên danh mục `{}` phải viết bằng chữ thường không dấu, số và `_`",
                             "vocabulary name `{}` must be lowercase ASCII letters, digits and `_`", name),
                         say(lang_, "ví dụ: {}", "for example: {}", loose_key(name)));
      std::vector<Term> terms;
      for (const Node* item : r_.list(&e.value, path)) {
        const KeyPath ipath = path.item(terms.size());
        if (!r_.mapping(*item, ipath, {"code", "vi", "en", "learners"})) continue;
        auto code = r_.text(r_.field(*item, "code", ipath, true), ipath.key("code"), true);
        Term t{code.value, r_.text(r_.field(*item, "vi", ipath, true), ipath.key("vi"), true).value,
               r_.text(r_.field(*item, "en", ipath, false), ipath.key("en"), false).value};
        if (const Node* l = r_.field(*item, "learners", ipath, false)) {
          std::string learners;
          check_name(l, ipath.key("learners"), {"pupils", "children"}, learners);
          t.children = learners == "children";
        }
        if (code.present && !snake_name(t.code))
          r_.diags().error("E107", code.offset, code.length, ipath.key("code").str(),
                           say(lang_, "mã `{}` phải viết bằng chữ thường không dấu, số và `_`",
                               "code `{}` must be lowercase ASCII letters, digits and `_`", t.code),
                           say(lang_, "ví dụ: {}", "for example: {}", loose_key(t.code)));
        for (const Term& other : terms)
          if (other.code == t.code && code.present)
            r_.diags().error("E005", code.offset, code.length, ipath.key("code").str(),
                             say(lang_, "mã `{}` bị lặp trong danh mục `{}`", "code `{}` appears twice in `{}`",
                                 t.code, name));
        terms.push_back(std::move(t));
      }
      plan.vocabularies[name] = Vocabulary(std::move(terms));
    }
  }

  static bool snake_name(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
  }

  // The plan's own form, or form v1, whose vocabularies the plan must then define.
  void read_form_of(const Node& root, Plan& plan) {
    if (const Node* form = r_.field(root, "form", "", false)) {
      plan.form_ = read_form(*form, "form", plan.vocabularies, r_);
      return;
    }
    plan.form_ = plan_v1().form_;
    // Its levels' learners are form v1's: a preschool's are children.
    if (auto level = plan.vocabularies.find("level"); level != plan.vocabularies.end()) {
      std::vector<Term> terms = level->second.terms();
      for (Term& t : terms)
        if (const Term* v1 = plan_v1().vocabulary("level").by_code(t.code)) t.children = t.children || v1->children;
      level->second = Vocabulary(std::move(terms));
    }
    if (!r_.field(root, "vocabularies", "", false)) return;  // said already: the key is required
    std::vector<std::string> reported;
    for (const FormField& f : plan.form_->fields())
      if (!f.vocabulary.empty() && !plan.vocabularies.count(f.vocabulary) &&
          std::find(reported.begin(), reported.end(), f.vocabulary) == reported.end()) {
        reported.push_back(f.vocabulary);
        const Node* at = r_.field(root, "vocabularies", "", false);
        r_.error("E102", at ? *at : root, "vocabularies",
                 say(lang_, "kế hoạch thiếu danh mục `{}` mà biểu mẫu v1 dùng cho {}",
                     "the plan lacks vocabulary `{}`, which form v1 uses for {}", f.vocabulary, f.path),
                 say(lang_, "thêm `{}:` vào `vocabularies`, hoặc viết biểu mẫu riêng của kế hoạch (`form:`)",
                     "add `{}:` under `vocabularies`, or give the plan its own form (`form:`)", f.vocabulary));
      }
  }

  // figures:, sentences: and columns:, over the plan's form; a plan on form
  // v1 takes form v1's, read over its own vocabularies.
  void read_figures_and_sentences(const Node& root, Plan& plan) {
    if (r_.field(root, "form", "", false)) {
      read_parts(root, plan, r_);
      return;
    }
    for (const char* key : {"figures", "sentences", "columns"})
      if (const MapEntry* e = root.find(key))
        r_.diags().error("E302", e->key_offset, e->key_length, key,
                         say(lang_, "`{}` chỉ dùng được khi kế hoạch có biểu mẫu riêng (`form:`)",
                             "`{}` goes with a form of the plan's own (`form:`)", key),
                         say(lang_, "kế hoạch không có `form:` dùng biểu mẫu v1 cùng số liệu và câu văn của nó",
                             "a plan without `form:` takes form v1 with its figures and sentences"));
    if (!r_.field(root, "vocabularies", "", false)) return;  // form v1's figures need the plan's vocabularies
    const char* path = "plans/pcmd-2024.yaml";
    SourceFile v1(path, std::string(*embedded_file(path)));
    Diagnostics d(lang_);
    std::optional<YamlDocument> doc = parse_yaml(v1, d);
    YamlReader v1_reader(d);
    if (doc) read_parts(doc->root, plan, v1_reader);
    for (const Diagnostic& problem : d.items()) {
      const Node* at = r_.field(root, "vocabularies", "", false);
      r_.error("E102", at ? *at : root, "vocabularies",
               say(lang_, "số liệu của biểu mẫu v1 không đọc được theo danh mục của kế hoạch: {}",
                   "form v1's figures can't be read with the plan's vocabularies: {}", problem.message),
               say(lang_, "dùng đủ các mã của danh mục kế hoạch pcmd-2024, hoặc viết biểu mẫu riêng (`form:`)",
                   "use the codes of plan pcmd-2024's vocabularies, or give the plan its own form (`form:`)"));
      break;
    }
  }

  void read_parts(const Node& root, Plan& plan, YamlReader& r) {
    std::optional<Figures> figures = read_figures(r.field(root, "figures", "", false), "figures", plan.form(),
                                                  plan.vocabularies, r);
    if (!figures) return;
    plan.figures = std::move(*figures);
    parts_read_ = true;
    if (const Node* sentences = r.field(root, "sentences", "", false)) {
      std::vector<std::string_view> names;
      for (const MapEntry& e : sentences->entries) names.push_back(e.key);
      if (r.mapping(*sentences, "sentences", names))
        for (const MapEntry& e : sentences->entries)
          plan.sentences[std::string(e.key)] = sentence(e.value, KeyPath("sentences").key(e.key), plan, r);
    }
    const KeyPath columns = "columns";
    auto items = r.list(r.field(root, "columns", "", false), columns);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const KeyPath path = columns.item(i);
      if (!r.mapping(*items[i], path, {"figure", "vi", "en"})) continue;
      Column c;
      auto id = r.text(r.field(*items[i], "figure", path, true), path.key("figure"), true);
      const FigureDef* f = id.present ? figure_id(id, path.key("figure").str(), plan, r) : nullptr;
      if (f && !f->counts() && f->kind != FigureKind::ratio)
        r.diags().error("E302", id.offset, id.length, path.key("figure").str(),
                        say(lang_, "cột cần số liệu là một số, một tỷ lệ hoặc các mã đã dùng (distinct); `{}` là loại `{}`",
                            "a column needs a number, a ratio or the codes used (distinct); `{}` is a `{}`", id.value,
                            figure_kind_name(*f)));
      c.figure = id.value;
      c.header.vi = r.text(r.field(*items[i], "vi", path, true), path.key("vi"), true).value;
      c.header.en = r.text(r.field(*items[i], "en", path, false), path.key("en"), false).value;
      plan.columns.push_back(std::move(c));
    }
  }

  const FigureDef* figure_id(const Located<std::string>& id, const std::string& key, const Plan& plan, YamlReader& r) {
    if (const FigureDef* f = plan.figures.find(id.value)) return f;
    std::vector<std::string> ids;
    for (const FigureDef& f : plan.figures.defs()) ids.push_back(f.id);
    std::string near = closest(id.value, ids);
    r.diags().error("E107", id.offset, id.length, key,
                    say(lang_, "kế hoạch không có số liệu `{}`", "the plan has no figure `{}`", id.value),
                    near.empty() ? say(lang_, "dùng một trong: {}", "use one of: {}", joined(ids))
                                 : say(lang_, "có phải ý bạn là `{}`?", "did you mean `{}`?", near));
    return nullptr;
  }

  // {vi, en, chart: {figure, vi, en}}; each text must parse and name only the plan's figures.
  Sentence sentence(const Node& node, const KeyPath& path, const Plan& plan, YamlReader& r) {
    Sentence out;
    if (!r.mapping(node, path, {"vi", "en", "chart"})) return out;
    for (const char* lang : {"vi", "en"}) {
      auto t = r.text(r.field(node, lang, path, lang == std::string("vi")), path.key(lang), lang == std::string("vi"));
      if (!t.present) continue;
      (lang == std::string("vi") ? out.text.vi : out.text.en) = t.value;
      check_sentence(t, path.key(lang).str(), plan, r);
    }
    if (const Node* chart = r.field(node, "chart", path, false)) {
      const KeyPath cpath = path.key("chart");
      if (r.mapping(*chart, cpath, {"figure", "vi", "en"})) {
        auto id = r.text(r.field(*chart, "figure", cpath, true), cpath.key("figure"), true);
        const FigureDef* f = id.present ? figure_id(id, cpath.key("figure").str(), plan, r) : nullptr;
        if (f && (f->kind != FigureKind::breakdown || f->by))
          r.diags().error("E302", id.offset, id.length, cpath.key("figure").str(),
                          say(lang_, "biểu đồ vẽ một số liệu `breakdown` theo một mã; `{}` không phải",
                              "a chart draws a one-way `breakdown` figure; `{}` is not one", id.value));
        out.chart = id.value;
        out.caption.vi = r.text(r.field(*chart, "vi", cpath, true), cpath.key("vi"), true).value;
        out.caption.en = r.text(r.field(*chart, "en", cpath, false), cpath.key("en"), false).value;
      }
    }
    return out;
  }

  void check_sentence(const Located<std::string>& t, const std::string& key, const Plan& plan, YamlReader& r) {
    SentenceCheck check = check_sentence_text(t.value, plan.figures);
    if (check.ok()) return;
    // Inside a quoted scalar, the text starts one character after the quote.
    std::size_t at = t.offset + (check.position == std::string::npos ? 0 : check.position + 1);
    r.diags().error(check.syntax ? "E302" : "E107", at, check.length, key, check.message(lang_), check.hint(lang_));
  }

  // A task's sentence: a name under `sentences:`, or a sentence written in place.
  void task_sentence(const Node& node, const KeyPath& path, const Plan& plan, Task& task) {
    if (node.is_mapping()) {
      task.sentences.push_back(sentence(node, path, plan, r_));
      return;
    }
    auto name = r_.text(&node, path, true);
    if (!name.present) return;
    auto it = plan.sentences.find(name.value);
    if (it != plan.sentences.end()) {
      task.sentences.push_back(it->second);
      return;
    }
    if (!parts_read_) return;  // the figures and sentences have their own errors
    std::vector<std::string> names;
    for (const auto& [n, s] : plan.sentences) names.push_back(n);
    std::string near = closest(name.value, names);
    r_.diags().error("E107", name.offset, name.length, path.str(),
                     say(lang_, "kế hoạch không có câu `{}` trong `sentences`", "the plan has no sentence `{}` under `sentences`",
                         name.value),
                     near.empty() ? say(lang_, "dùng một trong: {}", "use one of: {}", joined(names))
                                  : say(lang_, "có phải ý bạn là `{}`?", "did you mean `{}`?", near));
  }

  void check_name(const Node* node, const KeyPath& path, const std::vector<std::string>& allowed,
                  std::string& out) override {
    auto v = r_.text(node, path, true);
    if (!v.present) return;
    if (!contains(allowed, v.value)) {
      std::string near = closest(v.value, allowed);
      r_.diags().error("E107", v.offset, v.length, path.str(),
                       say(lang_, "`{}` không dùng được ở đây", "`{}` can't be used here", v.value),
                       near.empty() ? say(lang_, "dùng một trong: {}", "use one of: {}", joined(allowed))
                                    : say(lang_, "có phải ý bạn là `{}`? Dùng một trong: {}",
                                          "did you mean `{}`? Use one of: {}", near, joined(allowed)));
      return;
    }
    out = v.value;
  }

  std::vector<std::string> codes(const Node* node, const KeyPath& path, const Plan& plan,
                                 const std::string& vocab) override {
    std::vector<std::string> out;
    auto items = r_.list(node, path);
    // Codes of a vocabulary the plan does not have (a roster commune) are taken as written.
    auto v = plan.vocabularies.find(vocab);
    if (v == plan.vocabularies.end()) {
      for (std::size_t i = 0; i < items.size(); ++i)
        if (auto t = r_.text(items[i], path.item(i), true); t.present) out.push_back(t.value);
      return out;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto c = r_.code(items[i], v->second, path.item(i));
      if (c.present) out.push_back(c.value);
    }
    return out;
  }

  long long count(const Node* node, const KeyPath& path, long long min, long long max) override {
    auto v = r_.count(node, path);
    if (v.present && (v.value < min || v.value > max))
      r_.error("E106", *node, path, say(lang_, "`{}` phải từ {} đến {}", "`{}` must be {} to {}", path.str(), min, max));
    return v.value;
  }

  void read_requirement(const Node& node, const KeyPath& path, Plan& plan) {
    const Form& form = plan.form();
    if (!r_.mapping(node, path, {"id", "clause", "text", "severity", "check", "applies_if"})) return;
    Requirement q;
    auto id = r_.text(r_.field(node, "id", path, true), path.key("id"), true);
    q.id = id.value;
    for (const Requirement& other : plan.requirements)
      if (id.present && other.id == q.id)
        r_.diags().error("E005", id.offset, id.length, path.key("id").str(),
                         say(lang_, "mã yêu cầu `{}` bị lặp", "requirement id `{}` appears twice", q.id));
    q.clause = r_.text(r_.field(node, "clause", path, true), path.key("clause"), true).value;
    q.text = text(r_.field(node, "text", path, true), path.key("text"));
    if (const Node* sev = r_.field(node, "severity", path, false)) {
      std::string s;
      check_name(sev, path.key("severity"), {"warning", "error"}, s);
      q.severity = s == "error" ? Severity::error : Severity::warning;
    }
    const KeyPath cpath = path.key("check");
    const Node* check = r_.field(node, "check", path, true);
    if (check && r_.mapping(*check, cpath, check_keys())) {
      std::string kind;
      check_name(r_.field(*check, "kind", cpath, true), cpath.key("kind"), check_kind_names(), kind);
      if (const CheckKindRow* row = find_check_kind(kind)) {
        q.kind = row->kind;
        row->read(CheckInput{*this, r_, plan, form, *check, cpath}, q);
        // A key that another kind reads would be read by none here: the
        // plan's writer meant something this check does not do. (A key no
        // kind reads was reported above.)
        const auto& any_kind = check_keys();
        for (const MapEntry& e : check->entries) {
          if (e.key == "kind" || std::find(row->keys.begin(), row->keys.end(), e.key) != row->keys.end() ||
              std::find(any_kind.begin(), any_kind.end(), e.key) == any_kind.end())
            continue;
          r_.diags().error("E101", e.key_offset, e.key_length, cpath.key(std::string(e.key)).str(),
                           say(lang_, "yêu cầu loại `{}` không dùng khóa `{}`", "a `{}` check does not take `{}`",
                               row->name, e.key),
                           say(lang_, "loại `{}` dùng: {}", "`{}` takes: {}", row->name, fmt::join(row->keys, ", ")));
        }
      }
    }
    if (const Node* when = r_.field(node, "applies_if", path, false)) {
      const KeyPath wpath = path.key("applies_if");
      if (r_.mapping(*when, wpath, {"roster", "not_empty", "any_of"})) {
        check_name(r_.field(*when, "roster", wpath, true), wpath.key("roster"), roster_fields(),
                   q.roster_field);
        if (const Node* ne = r_.field(*when, "not_empty", wpath, false))
          q.roster_not_empty = r_.flag(ne, wpath.key("not_empty")).value;
        if (const Node* any = r_.field(*when, "any_of", wpath, false))
          q.roster_any = codes(any, wpath.key("any_of"), plan,
                               q.roster_field.empty() ? "" : roster_field_vocabulary(q.roster_field));
      }
    }
    plan.checks_figures = plan.checks_figures || !q.figure.empty() || plan.figures.find(q.field) ||
                          plan.figures.find(q.of);
    plan.requirements.push_back(std::move(q));
  }

  YamlReader r_;
  Lang lang_;
  bool parts_read_ = false;  // figures and sentences read without error
};

// Form v1 comes with the built-in plan pcmd-2024, read once.
const Plan& plan_v1() {
  static const Plan kPlan = [] {
    const char* path = "plans/pcmd-2024.yaml";
    SourceFile file(path, std::string(*embedded_file(path)));
    Diagnostics diags(Lang::en);
    std::optional<Plan> plan = read_plan(file, diags);
    // The file is the program's own: a mistake in it is a bug, caught by every test.
    if (!plan || !plan->form_) throw std::logic_error("the built-in plan pcmd-2024 does not load");
    return std::move(*plan);
  }();
  return kPlan;
}

}  // namespace

const Vocabulary& Plan::vocabulary(const std::string& name) const { return vocabularies.at(name); }

Text Requirement::met_text() const { return check_kind(kind).met_text(*this); }

std::optional<Plan> read_plan(const SourceFile& file, Diagnostics& diags) {
  std::optional<YamlDocument> doc =
      parse_yaml(file, diags, {},
                 say(diags.lang(), "bắt đầu từ `baocao plan --export > ke-hoach.yaml`, rồi sửa tệp đó",
                     "start from `baocao plan --export > plan.yaml`, and edit that file"));
  if (!doc) return std::nullopt;
  PlanReader reader(diags);
  auto plan = reader.read(doc->root);
  if (plan) plan->source = file.text();
  return plan;
}

std::vector<std::string> builtin_plan_ids() { return {"pcmd-2024"}; }

std::optional<Plan> load_plan(const std::string& id_or_path, Diagnostics& diags,
                              std::optional<SourceFile>& file_out, std::string* io_error) {
  std::string text;
  std::string path = id_or_path;
  if (auto embedded = embedded_file("plans/" + id_or_path + ".yaml")) {
    text = std::string(*embedded);
    path = "plans/" + id_or_path + ".yaml";
  } else {
    std::string why;
    std::optional<std::string> bytes = read_input(id_or_path, diags.lang(), &why);
    if (!bytes) {
      *io_error = say(diags.lang(), "không có kế hoạch `{}`: không phải kế hoạch có sẵn ({}) và {}",
                      "no plan `{}`: not a built-in plan ({}) and {}", id_or_path, joined(builtin_plan_ids()), why);
      return std::nullopt;
    }
    text = std::move(*bytes);
  }
  file_out.emplace(path, std::move(text));
  return read_plan(*file_out, diags);
}

}  // namespace baocao
