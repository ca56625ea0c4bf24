// A plan's form, the school's report described once: every field's key,
// type, vocabulary, range and cross-field rule, whether it is required, what
// a teacher calls it (Vietnamese and English) and what the blank form says of
// it. The plan file writes it under `form:` (form_reader.h reads it); the
// reader, the requirement checks, the figures, the blank form, the JSON
// Schema and the messages all read this one table. A plan without a form
// takes form v1, the form of the built-in plan pcmd-2024.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "lang.h"
#include "scalar.h"

namespace baocao {

enum class FieldKind : unsigned char {
  section,  // a mapping of further fields ("staff:")
  list,     // a list of items, each a mapping of further fields ("lessons:")
  text,
  count,    // a whole number
  date,
  flag,     // yes / no
  phone,
  code,     // one code of a plan vocabulary
  codes,    // a list of codes of a plan vocabulary
};

enum class Need : unsigned char {
  optional,
  required,
  when_flag,  // required when the flag named in `when` is yes, or the code field holds one of `when_any` (E203)
};

struct FieldLabel {
  std::string vi, en;
  const std::string& in(Lang lang) const { return lang == Lang::en && !en.empty() ? en : vi; }
};

struct FormField {
  std::string path;  // "staff.informed"; a list's items are "lessons[].title"
  FieldKind kind = FieldKind::text;
  Need need = Need::optional;
  FieldLabel label;       // what a teacher calls it, for messages and the report
  std::string comment;    // the blank form's comment; {abbrev} is the plan's short name
  std::string example;    // a value for the blank form's commented example items
  std::string vocabulary;  // code, codes
  long long min = 0, max = kMaxCount;  // count
  long long absent = 0;   // count: the value an absent optional count stands for
  std::string at_most;    // count: may not exceed this top-level count (E201)
  std::string when;       // Need::when_flag: the flag that makes it required, or the code field when `when_any`
  std::vector<std::string> when_any;  // required when the code field `when` holds one of these codes
  bool in_period = false;     // date: inside the plan period (E202)
  bool non_empty = false;     // codes: at least one (E110)
  bool plan_id = false;       // text: must be the id of the plan being checked (E205)
  bool positive_sum = false;  // section: its counts must not all be 0 (E204)
  std::string placeholder;    // text: what the blank form writes; left as is, W002

  // Filled in when the table is built.
  std::string key;   // the last step of the path
  int parent = -1;   // index of the enclosing section or list; -1 at the top
  int scope = -1;    // index of the enclosing list; -1 for the record itself
  std::size_t slot = 0;  // where its value sits among its scope's values
};

class Form {
 public:
  // `rows` in the order of the blank form, a section or list before the
  // fields inside it, each path's parent already among the rows before it
  // (form_reader.h checks this for a plan file's form).
  explicit Form(std::vector<FormField> rows);
  Form(const Form&) = delete;  // fields are pointed at: the form stays where it was built
  Form& operator=(const Form&) = delete;

  const std::vector<FormField>& fields() const { return fields_; }
  // The field at `path` ("staff.total", "lessons[].topics"), or null.
  const FormField* field(std::string_view path) const;
  std::size_t index(const FormField& f) const { return static_cast<std::size_t>(&f - fields_.data()); }
  // The list whose items hold `f`, or null for a field of the record itself.
  const FormField* list_of(const FormField& f) const {
    return f.scope < 0 ? nullptr : &fields_[static_cast<std::size_t>(f.scope)];
  }

  // The fields directly under `parent` (-1: the top level), in form order.
  const std::vector<const FormField*>& children(int parent) const {
    return children_[static_cast<std::size_t>(parent + 1)];
  }
  // Their keys, for "unknown key" checks and suggestions.
  const std::vector<std::string_view>& child_keys(int parent) const {
    return child_keys_[static_cast<std::size_t>(parent + 1)];
  }
  // How many values a scope holds: the record's (-1) or one list item's.
  std::size_t slots(int scope) const { return slots_[static_cast<std::size_t>(scope + 1)]; }

  // "tổng số CB, GV, NV (staff.total)": the label, then the key to find it by.
  std::string name(std::string_view path, Lang lang) const;

  // The field a diagnostic's key path names, in the form's words only, for
  // readers who never see the file: "lessons[2].date" is "ngày dạy (tiết dạy
  // lồng ghép, mục 2)". Empty when the path names no field of the form.
  std::string words(std::string_view key_path, Lang lang) const;

 private:
  std::vector<FormField> fields_;
  std::unordered_map<std::string_view, std::size_t> by_path_;
  std::vector<std::vector<const FormField*>> children_;  // [parent + 1]
  std::vector<std::vector<std::string_view>> child_keys_;
  std::vector<std::size_t> slots_;  // [scope + 1]
};

// The field's blank-form comment, with the plan's short name in place of {abbrev}.
std::string form_comment(const FormField& f, std::string_view abbrev);

// The paths every form has: the report names and dates a school's file by them.
namespace form_path {
constexpr std::string_view plan = "plan";
constexpr std::string_view school_code = "school.code";
constexpr std::string_view school_name = "school.name";
constexpr std::string_view prepared_date = "prepared.date";
// Optional: the school's own assessment, which the report's parts III and V quote.
constexpr std::string_view strengths = "assessment.strengths";
constexpr std::string_view limitations = "assessment.limitations";
constexpr std::string_view proposals = "assessment.proposals";
}  // namespace form_path

}  // namespace baocao
