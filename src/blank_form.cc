#include "blank_form.h"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "form.h"

namespace baocao {

namespace {

// Comment lines are wrapped to this width, so the form reads in Notepad.
constexpr std::size_t kCommentWidth = 100;

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    if (c == '\t') {
      out += "\\t";
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// A count, date or code as typed: written plain when YAML reads it back as
// the same text, so that `1.200` is checked as the number it was meant to be
// and not as a quoted text; anything else quoted. Inside [a, b] a comma
// would end the code.
std::string as_typed(const std::string& s, bool in_list = false) {
  bool plain = !s.empty() && s.front() != ' ' && s.back() != ' ' && s != "-" && s.compare(0, 2, "- ") != 0;
  for (char c : s)
    if (!std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 0x80 &&
        std::string_view(in_list ? "./_ -" : "./,_ -").find(c) == std::string_view::npos)
      plain = false;
  return plain ? s : quoted(s);
}

class BlankForm {
 public:
  BlankForm(const Plan& plan, const RosterEntry& school, const Office& office, const FormValues* values = nullptr)
      : plan_(plan), form_(plan.form()), school_(school), office_(office), values_(values) {}

  std::string write() {
    out_ += fmt::format("# yaml-language-server: $schema={}\n", schema_file_name(plan_));
    out_ += fmt::format("# Báo cáo kết quả thực hiện {} — {}\n", plan_.subject.vi, school_.name);
    out_ += fmt::format("# Theo: {}\n", plan_.title.vi);
    out_ += "# Điền vào sau mỗi dấu hai chấm; giữ nguyên tên khóa (bên trái) và thụt lề.\n";
    out_ += "# Ngày viết 03/04/2024 (ngày/tháng/năm) hoặc 2024-04-03. Số viết liền: 1200, không 1.200.\n";
    out_ += "# Có/không viết: có, không. Kiểm tra trước khi nộp: baocao validate <tệp này>\n";
    for (const FormField* f : form_.children(-1)) {
      out_ += '\n';
      field(*f, "", "", "");
    }
    extras("", "");
    if (values_ && values_->count("$end" + std::string(kCommentEntry))) {
      out_ += '\n';
      comments("$end", "");
    }
    return std::move(out_);
  }

 private:
  // {subject}, {from} and {VOCABULARY} (its first code) in the table's examples.
  std::string fill(std::string_view text) const {
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    args.push_back(fmt::arg("subject", plan_.subject.vi));
    args.push_back(fmt::arg("from", plan_.from.vi()));
    for (const auto& [name, v] : plan_.vocabularies)
      args.push_back(fmt::arg(name.c_str(), v.terms().empty() ? std::string() : v.terms()[0].code));
    return fmt::vformat(text, args);
  }

  // The value a blank form starts with (init_value): the school's identity
  // and the plan, the date the report is due, zero and "no" where an answer
  // is required, nothing where it is not; with a school's values (the page's
  // save), those.
  std::string value(const FormField& f, const std::string& path) const {
    if (f.plan_id) return plan_.id;
    if (values_) return typed(f, path);
    switch (init_value(f)) {
      case InitValue::nothing: return "";
      case InitValue::zero: return "0";
      case InitValue::no: return "không";
      case InitValue::placeholder: return quoted(std::string(f.placeholder));
      case InitValue::identity: break;
    }
    if (f.path == form_path::school_code) return quoted(school_.code);
    if (f.path == form_path::school_name) return quoted(school_.name);
    return (office_.deadline ? *office_.deadline : plan_.to).vi();
  }

  // The school's value at `path`, written as its kind is.
  std::string typed(const FormField& f, const std::string& path) const {
    auto it = values_->find(path);
    if (it == values_->end() || it->second.empty()) return "";
    const std::string& v = it->second.front();
    switch (f.kind) {
      case FieldKind::count:
      case FieldKind::date:
      case FieldKind::code:
      case FieldKind::flag:
        return v.empty() ? "" : as_typed(v);
      case FieldKind::codes: {
        std::string list;
        for (const std::string& c : it->second) list += (list.empty() ? "" : ", ") + as_typed(c, true);
        return "[" + list + "]";
      }
      default:
        return v.empty() ? "" : quoted(v);
    }
  }

  // How many items the school gave the list at `path`.
  std::size_t items(const std::string& path) const {
    std::size_t n = 0;
    const std::string prefix = path + "[";
    for (auto it = values_->lower_bound(prefix); it != values_->end() && it->first.compare(0, prefix.size(), prefix) == 0;
         ++it)
      n = std::max(n, static_cast<std::size_t>(std::strtoul(it->first.c_str() + prefix.size(), nullptr, 10)) + 1);
    return n;
  }

  // "code (label); code (label)" wrapped as comment lines.
  void codes_comment(const std::string& prefix, const FormField& f) {
    const Vocabulary& v = plan_.vocabulary(f.vocabulary);
    std::string line = prefix + "#   ";
    for (std::size_t i = 0; i < v.terms().size(); ++i) {
      std::string item =
          fmt::format("{} ({}){}", v.terms()[i].code, v.terms()[i].vi, i + 1 < v.terms().size() ? ";" : "");
      if (line.size() + item.size() > kCommentWidth && line.size() > prefix.size() + 4) {
        line.pop_back();  // the space after the last item
        out_ += line + "\n";
        line = prefix + "#   ";
      }
      line += item + " ";
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out_ += line + "\n";
  }

  static std::string with_comment(std::string line, const std::string& comment) {
    if (comment.empty()) return line + "\n";
    if (line.back() != ':') line += ' ';
    return line + " # " + comment + "\n";
  }

  // One field at `indent`; inside a commented example item every line starts
  // with `example` ("#"), so that deleting it gives a working entry.
  // `at` is the concrete path of the enclosing section or item, "" or
  // "lessons[0].", by which the school's values are found.
  void field(const FormField& f, const std::string& indent, const std::string& example, const std::string& at,
             bool first_in_item = false) {
    const std::string path = at + std::string(f.key);
    std::string lead = example + indent;
    if (first_in_item) lead = example + indent.substr(0, indent.size() - 2) + "- ";
    std::string comment = form_comment(f, plan_.abbrev);
    if (example.empty() && f.kind != FieldKind::list) comments(path, indent);
    if (const std::string* w = example.empty() ? written(path) : nullptr) {
      if (f.kind == FieldKind::list) out_ += list_comments(f, comment);
      if (f.kind == FieldKind::list) comments(path, indent);
      as_written(*w, lead, indent);
      if ((f.kind == FieldKind::codes || f.kind == FieldKind::code) && at.find('[') == std::string::npos)
        codes_comment(indent, f);
      return;
    }
    switch (f.kind) {
      case FieldKind::section:
        out_ += with_comment(lead + std::string(f.key) + ":", comment);
        for (const FormField* c : form_.children(static_cast<int>(form_.index(f))))
          field(*c, indent + "  ", example, path + ".");
        if (example.empty()) extras(path + ".", indent + "  ");
        return;
      case FieldKind::list:
        list(f, comment, path);
        return;
      default:
        break;
    }
    if (!example.empty()) {
      out_ += with_comment(lead + std::string(f.key) + ": " + fill(f.example), comment);
      return;
    }
    if (f.kind == FieldKind::codes || f.kind == FieldKind::code) {
      std::string v = values_ ? typed(f, path) : "";
      out_ += with_comment(lead + std::string(f.key) + ":" + (v.empty() ? "" : " " + v), comment + ", mã:");
      if (at.find('[') == std::string::npos) codes_comment(indent, f);  // a list's codes head the list
      return;
    }
    std::string v = value(f, path);
    out_ += with_comment(lead + std::string(f.key) + ":" + (v.empty() ? "" : " " + v), comment);
  }

  // A list starts empty (`lessons:` means none), with one example item
  // commented out right below its key: removing the `#` of those lines in
  // place gives a valid first item, and copying them a second one.
  // A filled list has its items instead.
  void list(const FormField& f, const std::string& comment, const std::string& path) {
    out_ += list_comments(f, comment);
    comments(path, "");
    out_ += std::string(f.key) + ":\n";
    const std::size_t n = values_ ? items(path) : 0;
    for (std::size_t i = 0; i < std::max<std::size_t>(n, 1); ++i) {
      if (n > 0) comments(fmt::format("{}[{}]", path, i), "  ");
      if (const std::string* w = n > 0 ? written(fmt::format("{}[{}]", path, i)) : nullptr) {
        as_written(*w, "  ", "  ");
        continue;
      }
      bool first = true;
      for (const FormField* c : form_.children(static_cast<int>(form_.index(f)))) {
        field(*c, "    ", n == 0 ? "#" : "", fmt::format("{}[{}].", path, i), first);
        first = false;
      }
      if (n > 0) extras(fmt::format("{}[{}].", path, i), "    ");
    }
  }

  // The comment lines above a list's key: what it holds, its codes, how to
  // fill it in.
  std::string list_comments(const FormField& f, const std::string& comment) {
    std::string saved = std::move(out_);
    out_ = fmt::format("# {}.\n", capitalised(comment));
    for (const FormField* c : form_.children(static_cast<int>(form_.index(f))))
      if (!c->vocabulary.empty()) {
        out_ += fmt::format("# Mã {} ({}):\n", c->label.vi, c->key);
        codes_comment("", *c);
      }
    out_ += "# Để điền: bỏ dấu # ở đầu các dòng mẫu bên dưới; mỗi mục thêm, chép lại các dòng từ dấu - .\n";
    std::swap(saved, out_);
    return saved;
  }

  // The value the school wrote at `path` in a shape its field does not take
  // (kWrittenEntry), if any.
  const std::string* written(const std::string& path) const {
    if (!values_) return nullptr;
    auto it = values_->find(path + std::string(kWrittenEntry));
    return it == values_->end() || it->second.empty() ? nullptr : &it->second.front();
  }

  // The school's own comment lines above the entry at `path`, at `indent`.
  void comments(const std::string& path, const std::string& indent) {
    if (!values_) return;
    auto it = values_->find(path + std::string(kCommentEntry));
    if (it == values_->end() || it->second.empty() || it->second.front().empty()) return;
    as_written(it->second.front(), indent, indent);
  }

  // Lines as the school wrote them: the first after `lead`, the others after
  // `indent`, blank ones blank.
  void as_written(std::string_view text, const std::string& lead, const std::string& indent) {
    bool first = true;
    for (std::string_view rest = text; !rest.empty() || first;) {
      std::size_t end = rest.find('\n');
      std::string_view line = rest.substr(0, end);
      out_ += (line.empty() ? std::string() : (first ? lead : indent) + std::string(line)) + "\n";
      first = false;
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
  }

  // The entries the school wrote at `at` that the form has no field for,
  // as written, at this level's indent: a file opened and saved again loses
  // nothing the form could not show.
  void extras(const std::string& at, const std::string& indent) {
    if (!values_) return;
    auto it = values_->find(at + std::string(kExtraEntries));
    if (it == values_->end() || it->second.empty()) return;
    if (at.empty()) out_ += '\n';
    out_ += indent + std::string(kExtrasHeader) + "\n";
    for (const std::string& entry : it->second)
      if (!entry.empty()) as_written(entry, indent, indent);
  }

  static std::string capitalised(const std::string& s) {
    if (s.empty() || static_cast<unsigned char>(s[0]) >= 0x80) return s;
    return static_cast<char>(std::toupper(static_cast<unsigned char>(s[0]))) + s.substr(1);
  }

  const Plan& plan_;
  const Form& form_;
  const RosterEntry& school_;
  const Office& office_;
  const FormValues* values_;  // null for the blank form
  std::string out_;
};

// Whether a value is still what init wrote for its field.
bool still_blank(const FieldValue& v, const FormField& f) {
  if (!v.present) return true;
  switch (init_value(f)) {
    case InitValue::identity: return true;
    case InitValue::nothing:
      if (f.kind == FieldKind::count) return v.number == f.absent;
      return f.kind != FieldKind::date && v.text.empty() && v.codes.empty();
    case InitValue::zero: return v.number == 0;
    case InitValue::no: return !v.flag;
    case InitValue::placeholder: return v.text == f.placeholder;
  }
  return false;
}

}  // namespace

InitValue init_value(const FormField& f) {
  if (f.plan_id || f.path == form_path::school_code || f.path == form_path::school_name) return InitValue::identity;
  if (!f.placeholder.empty()) return InitValue::placeholder;
  if (f.kind == FieldKind::flag) return InitValue::no;
  if (f.need != Need::required) return InitValue::nothing;
  switch (f.kind) {
    case FieldKind::count: return InitValue::zero;
    case FieldKind::date: return InitValue::identity;
    default: return InitValue::nothing;
  }
}

bool is_blank_form(const SchoolRecord& r, const Form& form) {
  for (const FormField& f : form.fields()) {
    if (f.scope != -1 || f.kind == FieldKind::section) continue;  // a list's items are looked at as a whole
    if (f.kind == FieldKind::list ? !r.items(form.index(f)).empty() : !still_blank(r[f], f)) return false;
  }
  return true;
}

std::string schema_file_name(const Plan& plan) { return plan.id + ".schema.json"; }

std::string blank_form(const Plan& plan, const RosterEntry& school, const Office& office) {
  return BlankForm(plan, school, office).write();
}

std::string filled_form(const Plan& plan, const RosterEntry& school, const Office& office, const FormValues& values) {
  return BlankForm(plan, school, office, &values).write();
}

}  // namespace baocao
