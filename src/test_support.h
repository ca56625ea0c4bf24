// What several unit tests need: the built-in plan, and a school file checked
// against it.
#pragma once
#include "plan.h"
#include "submission.h"

namespace baocao::test {

inline const Plan& builtin_plan() {
  static const Plan p = [] {
    Diagnostics d(Lang::en);
    std::optional<SourceFile> f;
    std::string err;
    return *load_plan("pcmd-2024", d, f, &err);
  }();
  return p;
}

// Form v1, the built-in plan's form.
inline const Form& v1() { return builtin_plan().form(); }

// A complete, valid school file; `extra` is appended (later keys may not
// repeat earlier ones).
inline std::string school_file(const std::string& code = "A", const std::string& extra = "",
                               const std::string& school_plan = "{issued: no}") {
  return "plan: pcmd-2024\nschool: {code: " + code + ", name: Trường " + code +
         "}\nprepared: {by: Lò Văn B, date: 2024-12-01}\nstaff: {total: 10, informed: 10}\n"
         "students: {total: 100, reached: 100}\ncommunication_program: yes\nschool_plan: " + school_plan + "\n" + extra;
}

inline Submission check(const std::string& text, const Office* office = nullptr, const Plan& plan = builtin_plan()) {
  return check_submission("t.yaml", text, "", plan, office, Lang::en);
}

inline std::vector<std::string> codes(const Submission& s) {
  std::vector<std::string> out;
  for (const Diagnostic& d : s.diags.items()) out.push_back(d.code);
  return out;
}

inline std::size_t count_of(const Submission& s, const std::string& code) {
  std::size_t n = 0;
  for (const Diagnostic& d : s.diags.items()) n += d.code == code;
  return n;
}

}  // namespace baocao::test
