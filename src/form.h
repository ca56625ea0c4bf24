// Form v1, the school's report, described once: every field's key, type,
// vocabulary, range and cross-field rule, whether it is required, what a
// teacher calls it (Vietnamese and English) and what the blank form says of
// it. The reader, the requirement checks, the report's totals, the blank
// form, the JSON Schema and the messages all read this table; a new field is
// one more row.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
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
  when_flag,  // required when the flag named in `when` is yes (E203)
};

struct FieldLabel {
  std::string_view vi, en;
  std::string_view in(Lang lang) const { return lang == Lang::en ? en : vi; }
};

struct FormField {
  std::string_view path;  // "staff.informed"; a list's items are "lessons[].title"
  FieldKind kind = FieldKind::text;
  Need need = Need::optional;
  FieldLabel label;            // what a teacher calls it, for messages and the report
  std::string_view comment;    // the blank form's comment; {abbrev} is the plan's short name
  std::string_view example;    // a value for the blank form's commented example items
  std::string_view vocabulary = {};  // code, codes
  long long min = 0, max = kMaxCount;  // count
  long long absent = 0;        // count: the value an absent optional count stands for
  std::string_view at_most = {};  // count: may not exceed this top-level count (E201)
  std::string_view when = {};  // Need::when_flag: the flag that makes it required
  bool in_period = false;      // date: inside the plan period (E202)
  bool non_empty = false;      // codes: at least one (E110)
  bool plan_id = false;        // text: must be the id of the plan being checked (E205)
  bool positive_sum = false;   // section: its counts must not all be 0 (E204)
  std::string_view placeholder = {};  // text: what the blank form writes; left as is, W002

  // Filled in when the table is built.
  std::string_view key;        // the last step of the path
  int parent = -1;             // index of the enclosing section or list; -1 at the top
  int scope = -1;              // index of the enclosing list; -1 for the record itself
  std::size_t slot = 0;        // where its value sits among its scope's values
};

// The form, in the order of the blank form.
const std::vector<FormField>& form_fields();

// The field at `path` ("staff.total", "lessons[].topics"), or null.
const FormField* form_field(std::string_view path);
std::size_t field_index(const FormField& f);

// The fields directly under `parent` (-1: the top level), in form order.
const std::vector<const FormField*>& form_children(int parent);
// Their keys, for "unknown key" checks and suggestions.
const std::vector<std::string_view>& form_child_keys(int parent);

// How many values a scope holds: the record's (-1) or one list item's.
std::size_t form_slots(int scope);

// The field's blank-form comment, with the plan's short name in place of {abbrev}.
std::string form_comment(const FormField& f, std::string_view abbrev);

// "tổng số CB, GV, NV (staff.total)": the label, then the key to find it by.
std::string field_name(std::string_view path, Lang lang);

// The field a diagnostic's key path names, in the form's words only, for
// readers who never see the file: "lessons[2].date" is "ngày dạy (tiết dạy
// lồng ghép, mục 2)". Empty when the path names no field of the form.
std::string field_words(std::string_view key_path, Lang lang);

}  // namespace baocao
