#include "submission.h"

#include <algorithm>

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
  s.source.emplace(path, std::move(*bytes));
  if (std::optional<YamlDocument> doc = parse_yaml(*s.source, s.diags)) {
    s.record = read_school(doc->root, plan, s.diags);
    s.code_field = plan.form().field(form_path::school_code);
  }
  return s;
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
  return say(lang, "ghi đúng mã trường mà phòng giáo dục đã cấp (như trong biểu mẫu `baocao init` của trường); nếu chưa có, hỏi phòng",
             "write the school code the education office gave (as in the school's `baocao init` form); if unsure, ask the office");
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

}  // namespace

void finish_submission(Submission& s, const Plan& plan, const Office* office) {
  if (s.record) check_record(s, plan, office);
  s.diags.sort_by_position();
}

Submission check_submission(const std::string& path, std::optional<std::string> bytes, const std::string& read_error,
                            const Plan& plan, const Office* office, Lang lang) {
  Submission s = read_submission(path, std::move(bytes), read_error, plan, lang);
  finish_submission(s, plan, office);
  return s;
}

}  // namespace baocao
