#include "submission.h"

#include <algorithm>
#include <cctype>

#include "blank_form.h"
#include "school_reader.h"
#include "utf8.h"
#include "vocabulary.h"
#include "yaml_tree.h"

namespace baocao {

std::string Submission::school_code() const {
  if (!record) return {};
  const FieldValue& code = (*record)[*code_field];
  return code.present ? code.text : std::string();
}

Submission read_submission(const std::string& path, std::optional<std::string> bytes, const std::string& read_error,
                           const Plan& plan, Lang lang) {
  Submission s(lang);
  s.path = path;
  if (!bytes) {
    s.diags.error("E012", 0, 0, {}, read_error,
                  say(lang, "kiểm tra tệp còn đó và có quyền đọc", "check that the file exists and is readable"));
    return s;
  }
  s.foreign = foreign_kind(path, *bytes);
  if (s.foreign != ForeignKind::none) {
    // Never read as text: its bytes would read as a legacy encoding on every line.
    s.source.emplace(path, std::string());
    return s;
  }
  if (looks_like_plan_file(*bytes)) {
    s.plan_file = true;
    s.source.emplace(path, std::move(*bytes));
    return s;
  }
  s.source.emplace(path, std::move(*bytes));
  if (std::optional<YamlDocument> doc = parse_yaml(*s.source, s.diags)) {
    s.record = read_school(doc->root, plan, s.diags);
    s.code_field = plan.form().field(form_path::school_code);
  }
  return s;
}

namespace {

// A file name as compared with a code: ASCII case folded, `_` and spaces as `-`.
std::string name_key(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_' || c == ' ') c = '-';
  }
  return out;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

bool looks_like_plan_file(std::string_view text) {
  bool plan = false, parts = false;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    auto key = [&](std::string_view k) { return line.substr(0, k.size()) == k; };
    if (key("school:")) return false;
    plan = plan || key("plan:");
    parts = parts || key("requirements:") || key("tasks:");
  }
  return plan && parts;
}

const RosterEntry* school_in_file_name(const std::string& path, const Office& office) {
  std::size_t slash = path.find_last_of("/\\");
  const std::string name = name_key(slash == std::string::npos ? path : path.substr(slash + 1));
  const RosterEntry* best = nullptr;
  for (const RosterEntry& e : office.schools()) {
    const std::string code = name_key(e.code);
    if (code.empty() || (best && best->code.size() >= code.size())) continue;
    // The code as a word of the name: "th-cx" is in "th-cx-bao-cao", not in "th-cxa".
    for (std::size_t at = name.find(code); at != std::string::npos; at = name.find(code, at + 1))
      if ((at == 0 || !is_word_char(name[at - 1])) &&
          (at + code.size() == name.size() || !is_word_char(name[at + code.size()]))) {
        best = &e;
        break;
      }
  }
  return best;
}

namespace {

// What to write instead of a school code that is not on the roster, in words
// a school can act on: the school's name written where its code belongs, a
// near miss, or else who gives out the codes. (The school does not have the
// office's file, so the hint does not send it there.)
std::string unknown_code_hint(const std::string& written, const Office& office, Lang lang) {
  const std::string folded = fold(written);
  std::vector<std::string> codes;
  for (const RosterEntry& e : office.schools()) {
    if (fold(e.name) == folded)
      return say(lang, "`{}` là tên trường; mã của trường là `{}`: ghi `code: {}`",
                 "`{}` is the school's name; its code is `{}`: write `code: {}`", written, e.code, e.code);
    codes.push_back(e.code);
  }
  std::string near = closest(written, codes);
  if (!near.empty())
    return say(lang, "có phải ý bạn là `{}` ({})?", "did you mean `{}` ({})?", near, office.find(near)->name);
  return say(lang, "ghi đúng mã trường mà nơi nhận báo cáo (xã, phường hoặc Sở) đã cấp (như trong biểu mẫu `baocao init` của trường); nếu chưa có, hỏi nơi nhận báo cáo",
             "write the school code the office you report to gave (as in the school's `baocao init` form); if unsure, ask the office");
}

// The roster's and the plan's checks of a file that gave a record.
void check_record(Submission& s, const Plan& plan, const Office* office) {
  Lang lang = s.diags.lang();
  const FieldValue& code = (*s.record)[*s.code_field];
  const RosterEntry* entry = office && code.present ? office->find(code.text) : nullptr;
  if (office && code.present && !entry) s.diags.error("E206", code.offset, code.length, "school.code",
                                                        say(lang, "mã trường `{}` không có trong danh sách trường của phòng",
                                                            "school code `{}` is not on the office roster", code.text),
                                                        unknown_code_hint(code.text, *office, lang));
  if (s.diags.has_errors()) return;
  if (plan.checks_figures) s.figures = plan.figures.of(plan.form(), *s.record);
  s.results = evaluate_requirements(plan, *s.record, s.figures, entry, office != nullptr, lang);
  for (const RequirementResult& r : s.results) {
    if (!r.evaluated || r.met) continue;
    const Requirement& q = *r.requirement;
    std::size_t at = r.offset == kNoOffset ? 0 : r.offset;
    std::string msg = say(lang, "chưa đạt {} (mục {}): {}", "{} not met (clause {}): {}", q.id, q.clause, q.text.in(lang));
    Diagnostic& d = q.severity == Severity::error ? s.diags.error("E300", at, r.length, {}, msg, r.detail)
                                                  : s.diags.warning("W001", at, r.length, {}, msg, r.detail);
    d.key = q.field.empty() ? q.list : q.field;
    d.requirement = q.id;
  }
}

// E019: one error for the whole file, saying what it is, whose it seems to
// be, and what to send instead.
void name_foreign_file(Submission& s, const Office* office) {
  Lang lang = s.diags.lang();
  const RosterEntry* school = office ? school_in_file_name(s.path, *office) : nullptr;
  if (school) s.guessed_code = school->code;
  std::string whose = school ? say(lang, " (theo tên tệp, có vẻ là của {} — {})", " (by its name, it seems to come from {}, {})",
                                   school->code, school->name)
                             : std::string();
  std::string hint =
      s.foreign == ForeignKind::image
          ? say(lang, "không chụp ảnh báo cáo: gửi tệp .yaml của biểu mẫu do `baocao init` tạo ra (hoặc tệp lưu từ biểu mẫu trên trình duyệt), đã điền",
                "don't send a photo of the report: send the filled-in .yaml form made by `baocao init` (or the file saved from the browser form)")
          : say(lang, "gửi tệp .yaml của biểu mẫu do `baocao init` tạo ra (hoặc tệp lưu từ biểu mẫu trên trình duyệt), đã điền; không chép báo cáo sang Word, Excel hay PDF",
                "send the filled-in .yaml form made by `baocao init` (or the file saved from the browser form); don't copy the report into Word, Excel or PDF");
  s.diags.error("E019", 0, 0, {},
                say(lang, "tệp này là {}, không phải tệp báo cáo của trường{}", "this file is {}, not a school report file{}",
                    foreign_kind_words(s.foreign, lang), whose),
                hint);
}

}  // namespace

// E208: a form sent as `baocao init` wrote it is not a report. Its one
// error replaces the warnings it would get (the placeholder, every
// requirement unmet), which would bury what matters: nothing is filled in.
void mark_blank(Submission& s) {
  Lang lang = s.diags.lang();
  s.blank = true;
  s.diags = Diagnostics(lang);
  s.diags.error("E208", 0, 0, {},
                say(lang, "mẫu chưa điền: mọi giá trị vẫn như biểu mẫu trống (số liệu 0, danh sách trống, chưa ghi người lập báo cáo)",
                    "the form is not filled in: every value is still the blank form's (counts 0, lists empty, no one named as preparer)"),
                say(lang, "điền số liệu và hoạt động của trường vào biểu mẫu, rồi kiểm tra lại trước khi gửi",
                    "fill in the school's figures and activities, then check the file again before sending it"));
}

void finish_submission(Submission& s, const Plan& plan, const Office* office) {
  if (s.foreign != ForeignKind::none) name_foreign_file(s, office);
  if (s.record && !s.diags.has_errors() && is_blank_form(*s.record, plan.form())) mark_blank(s);
  else if (s.record) check_record(s, plan, office);
  s.diags.sort_by_position();
}

Submission check_submission(const std::string& path, std::optional<std::string> bytes, const std::string& read_error,
                            const Plan& plan, const Office* office, Lang lang) {
  Submission s = read_submission(path, std::move(bytes), read_error, plan, lang);
  finish_submission(s, plan, office);
  return s;
}

}  // namespace baocao
