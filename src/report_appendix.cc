// The appendices: 1, a row per roster school; 2, the schools whose report
// is missing or must be sent again, and files that name no roster school.
#include <fmt/format.h>

#include "form.h"
#include "parallel.h"
#include "report_sections.h"

namespace baocao {

namespace {

// A value in a column: a number, a ratio as "part/whole", a distinct
// figure's number of codes used. `one_school` for a school's own row, where
// a `schools` figure says yes or no; in a group's row it counts the schools.
std::string column_value(const ReportContext& c, const FigureDef& f, const std::vector<long long>& row,
                         bool one_school) {
  auto at = [&](const FigureDef& d) { return d.offset < row.size() ? row[d.offset] : 0; };
  const Figures& figures = c.report.plan->figures;
  switch (f.kind) {
    case FigureKind::ratio:
      return fmt::format("{}/{}", c.values.number(at(figures.defs()[f.numerator])),
                         c.values.number(at(figures.defs()[f.denominator])));
    case FigureKind::schools:
      if (one_school) return word(c.words, at(f) ? "answer-yes" : "answer-no");
      return c.values.number(at(f));
    default: return c.values.number(f.value(row));  // a distinct figure: how many codes
  }
}

mu::data school_row(const ReportContext& c, const SchoolRow& s, std::size_t index) {
  mu::data row;
  put(row, "no", std::to_string(index + 1));
  put(row, "code", s.code);
  put(row, "name", s.name);
  put(row, "commune", s.commune);
  auto levels = c.report.plan->vocabularies.find("level");
  put(row, "level", s.level.empty() || levels == c.report.plan->vocabularies.end()
                        ? s.level
                        : levels->second.label(s.level, c.report.lang));
  row.set("is_valid", s.status == SchoolStatus::valid);
  row.set("is_invalid", s.status == SchoolStatus::invalid);
  row.set("is_missing", s.status == SchoolStatus::missing);
  row.set("is_blank", s.status == SchoolStatus::blank);
  row.set("status", word(c.words, status_word(s.status)));
  row.set("late", s.late);
  std::vector<mu::data> cells;  // one per plan column; empty for a school with no valid file
  for (const Column& col : c.report.plan->columns) {
    mu::data cell;
    const FigureDef* f = c.report.plan->figures.find(col.figure);
    cell.set("value", s.valid() && f ? column_value(c, *f, s.file->figures, true) : std::string());
    cells.push_back(std::move(cell));
  }
  put(row, "cells", list_of(std::move(cells)));
  if (s.valid()) {
    std::vector<std::string> ids = s.file->not_met(*c.report.plan);
    row.set("all_met", ids.empty());
    put(row, "not_met", fmt::format("{}", fmt::join(ids, ", ")));
  }
  return row;
}

// A diagnostic's `code` quotes become typographic quotes: the appendix is
// read by a principal, not in a terminal.
std::string plain_quotes(const std::string& s) {
  std::string out;
  bool open = false;
  for (char ch : s) {
    if (ch != '`') {
      out += ch;
      continue;
    }
    out += open ? "\u201D" : "\u201C";
    open = !open;
  }
  return out;
}

// Key paths in a message ("students.total", "lessons[2].date") become the
// form's words for the field: the principal reads the report, not the file.
// A path that names no field (a misspelt key) stays as the school wrote it.
std::string plain_keys(const Form& form, const std::string& message, Lang lang) {
  auto key_char = [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'; };
  std::string out;
  for (std::size_t i = 0; i < message.size();) {
    if (message[i] < 'a' || message[i] > 'z' || (i > 0 && key_char(message[i - 1]))) {
      out += message[i++];
      continue;
    }
    std::size_t end = i;
    while (end < message.size() && (key_char(message[end]) || message[end] == '.' || message[end] == '[' ||
                                    message[end] == ']'))
      ++end;
    while (end > i && message[end - 1] == '.') --end;  // a full stop after the path
    std::string_view path(message.data() + i, end - i);
    std::string words = path.find_first_of(".[") == std::string_view::npos ? "" : form.words(path, lang);
    out += words.empty() ? std::string(path) : words;
    i = end;
  }
  return out;
}

// Only the first errors of a file are kept (FileSummary); the rest are counted.
void add_errors(const ReportContext& c, mu::data& p, const FileSummary& f) {
  std::vector<mu::data> errors;
  for (const FileSummary::Error& e : f.errors) {
    mu::data item;
    item.set("text", plain_quotes(plain_keys(c.report.plan->form(), e.message, c.report.lang)));
    item.set("has_line", e.line > 0);
    item.set("line", std::to_string(e.line));
    errors.push_back(std::move(item));
  }
  put(p, "errors", list_of(std::move(errors)));
  p.set("error_count", c.values.count(static_cast<long long>(f.error_count)));
  p.set("more_errors", f.error_count > f.errors.size());
}

mu::data problem_row(const ReportContext& c, const SchoolRow& s) {
  mu::data p;
  p.set("code", s.code);
  p.set("name", s.name);
  p.set("is_missing", s.status == SchoolStatus::missing);
  p.set("duplicate", s.paths.size() > 1);
  p.set("files", name_list(s.paths));
  p.set("is_blank", s.status == SchoolStatus::blank);
  p.set("has_errors", s.file != nullptr && s.status == SchoolStatus::invalid);
  std::vector<mu::data> others;
  for (const FileSummary* f : s.other_files) {
    mu::data o;
    o.set("path", f->path);
    o.set("what", f->not_school_file);
    others.push_back(std::move(o));
  }
  put(p, "other_files", list_of(std::move(others)));
  if (s.file) {
    p.set("path", s.file->path);
    add_errors(c, p, *s.file);
  }
  return p;
}

mu::data unknown_row(const ReportContext& c, const FileSummary& f) {
  mu::data p;
  p.set("path", f.path);
  p.set("has_code", !f.code.empty());
  p.set("code", f.code);
  p.set("has_errors", f.error_count > 0);
  add_errors(c, p, f);
  return p;
}

}  // namespace

void add_appendices(const ReportContext& c, mu::data& d) {
  const Report& r = c.report;
  // A province has tens of thousands of rows: built on every thread.
  std::vector<mu::data> rows(r.schools.size());
  parallel_for(r.schools.size(), c.jobs, [&](std::size_t i) { rows[i] = school_row(c, r.schools[i], i); });
  put(d, "schools", list_of(std::move(rows)));
  // The plan's columns; the Word table shares out the width five columns of 1107 twips had.
  std::vector<mu::data> columns;
  const std::vector<Column>& plan_columns = c.report.plan->columns;
  for (const Column& col : plan_columns) {
    mu::data h;
    h.set("header", col.header.in(c.report.lang));
    h.set("docx_width", std::to_string(5535 / std::max<std::size_t>(plan_columns.size(), 1)));
    columns.push_back(std::move(h));
  }
  put(d, "columns", list_of(std::move(columns)));
  // The same columns by level and by commune, each table adding up to the totals.
  auto group_data = [&](const GroupRow& row, const std::string& name) {
    mu::data item;
    item.set("group", name);
    item.set("expected", c.values.number(row.expected));
    item.set("submitted", c.values.number(row.submitted));
    item.set("valid", c.values.number(row.valid));
    std::vector<mu::data> cells;
    for (const Column& col : plan_columns) {
      mu::data cell;
      const FigureDef* f = c.report.plan->figures.find(col.figure);
      cell.set("value", f ? column_value(c, *f, row.totals, false) : std::string());
      cells.push_back(std::move(cell));
    }
    put(item, "cells", list_of(std::move(cells)));
    return item;
  };
  auto levels = c.report.plan->vocabularies.find("level");
  auto size = [](std::size_t n) { return static_cast<long long>(n); };
  const GroupRow all{"", size(r.expected), size(r.submitted), size(r.valid), r.totals};
  std::vector<mu::data> groupings;
  for (const Grouping& g : r.groupings) {
    mu::data table;
    table.set("by_level", g.by == "level");
    table.set("by_commune", g.by == "commune");
    table.set("by_commune_now", g.by == "commune_now");
    table.set("has_units", r.groupings.size() > 2);  // communes before and after the merger
    std::vector<mu::data> rows;
    for (const GroupRow& row : g.rows) {
      bool level_label = g.by == "level" && !row.group.empty() && levels != c.report.plan->vocabularies.end();
      rows.push_back(group_data(row, level_label ? levels->second.label(row.group, c.report.lang) : row.group));
    }
    put(table, "rows", list_of(std::move(rows)));
    put(table, "total", group_data(all, ""));
    groupings.push_back(std::move(table));
  }
  put(d, "groupings", list_of(std::move(groupings)));
  std::vector<mu::data> requirements;
  for (const RequirementRow& q : r.requirements) requirements.push_back(requirement_data(c, q));
  put(d, "requirements", list_of(std::move(requirements)));
  std::vector<mu::data> problems, unknown;
  for (const SchoolRow& s : r.schools)
    if (!s.valid()) problems.push_back(problem_row(c, s));
  for (const FileSummary* f : r.unknown_files) unknown.push_back(unknown_row(c, *f));
  // Appendix 2 numbers its rows on, from the schools to the unknown files.
  for (std::size_t i = 0; i < problems.size(); ++i) problems[i].set("no", std::to_string(i + 1));
  for (std::size_t i = 0; i < unknown.size(); ++i) unknown[i].set("no", std::to_string(problems.size() + i + 1));
  put(d, "problems", list_of(std::move(problems)));
  put(d, "unknown_files", list_of(std::move(unknown)));
}

}  // namespace baocao
