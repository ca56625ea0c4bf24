// A plan as data: its identity, period, vocabularies, tasks and the
// requirements a school's report is checked against. Loaded from a YAML plan
// file (the built-in ones are embedded at build time).
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check_kind.h"
#include "diagnostic.h"
#include "figures.h"
#include "form.h"
#include "scalar.h"
#include "source_file.h"
#include "vocabulary.h"

namespace baocao {

struct Requirement {
  std::string id;
  std::string clause;
  Text text;
  Severity severity = Severity::warning;
  CheckKind kind = CheckKind::flag;
  std::string field, of, list;
  std::vector<std::string> lists, codes;
  long long min = 1;
  long long max = -1;        // figure: no upper bound when negative
  long long min_percent = 100;
  std::string where_field;
  std::vector<std::string> where_any;
  std::string figure;        // figure: its id; ratio: `field` and `of` may name number figures too
  std::string roster_field;  // when set: evaluated only with a roster whose
  bool roster_not_empty = false;  // entry's field is not empty
  std::vector<std::string> roster_any;  // ... or holds one of these codes

  Text met_text() const;  // what "met" means, in words, from the parameters
};

// A sentence of the report: a mustache text per language over the plan's
// figures, optionally followed by a chart of a breakdown figure.
struct Sentence {
  Text text;
  std::string chart;  // a breakdown figure's id, or ""
  Text caption;       // the chart's
};

struct Task {
  std::string clause;
  Text title;
  std::vector<Sentence> sentences;  // what the report states for it, in order
};

// A column of appendix 1 and of the workbook's school sheet: a figure per school.
struct Column {
  std::string figure;
  Text header;
};

struct Plan {
  std::string id;
  std::string family;  // plans whose figures compare across years: "pcmd" for pcmd-2024, pcmd-2025
  Text title, subject;
  std::string abbrev;  // the campaign's short name in forms and reports, e.g. "PCMD"
  std::string doc_number;
  Text doc_issuer;               // who issued the plan
  std::vector<Text> doc_bases;   // the documents it answers (legal bases), in order
  std::optional<Date> doc_date;
  Date from, to;
  std::map<std::string, Vocabulary> vocabularies;
  std::vector<Task> tasks;
  std::vector<Requirement> requirements;
  bool checks_figures = false;  // some requirement reads a school's figures (validate computes them then only)
  std::string source;  // the plan file's text, for `plan --export`
  std::shared_ptr<const Form> form_;  // the plan's own, or form v1
  Figures figures;                   // over form_
  std::map<std::string, Sentence> sentences;  // by name, for tasks to list
  std::vector<Column> columns;       // appendix 1's and the workbook's, after the school's status

  const Vocabulary& vocabulary(const std::string& name) const;
  const Form& form() const { return *form_; }
};

std::optional<Plan> read_plan(const SourceFile& file, Diagnostics& diags);

// "pcmd-2024" or a path to a plan file. Problems go to `diags` (located in
// the plan file); `file_out` receives the file for printing them.
std::optional<Plan> load_plan(const std::string& id_or_path, Diagnostics& diags,
                              std::optional<SourceFile>& file_out, std::string* io_error);

std::vector<std::string> builtin_plan_ids();

}  // namespace baocao
