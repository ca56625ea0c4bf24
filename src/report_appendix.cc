// The appendices: 1, a row per roster school; 2, the schools whose report
// is missing or must be sent again, and files that name no roster school.
#include <fmt/format.h>

#include "form.h"
#include "parallel.h"
#include "report_sections.h"

namespace baocao {

namespace {

constexpr const char* kPreschool = "mam_non";  // its learners are children ("trẻ")

mu::data school_row(const ReportContext& c, const SchoolRow& s, std::size_t index) {
  const Values& v = c.values;
  mu::data row;
  put(row, "no", std::to_string(index + 1));
  put(row, "code", s.code);
  put(row, "name", s.name);
  put(row, "commune", s.commune);
  const Vocabulary& levels = c.report.plan->vocabulary("level");
  put(row, "level", s.level.empty() ? "" : levels.label(s.level, c.report.lang));
  row.set("is_valid", s.status == SchoolStatus::valid);
  row.set("is_invalid", s.status == SchoolStatus::invalid);
  row.set("is_missing", s.status == SchoolStatus::missing);
  row.set("is_blank", s.status == SchoolStatus::blank);
  row.set("late", s.late);
  row.set("is_preschool", s.level == kPreschool);
  if (s.valid()) {
    const Totals& t = s.file->totals;
    put(row, "staff", fmt::format("{}/{}", v.number(t[Figure::staff_informed]), v.number(t[Figure::staff_total])));
    put(row, "learners",
        fmt::format("{}/{}", v.number(t[Figure::students_reached]), v.number(t[Figure::students_total])));
    put(row, "lessons", v.number(t[Figure::lessons]));
    put(row, "activities", v.number(t[Figure::activities]));
    put(row, "trainings", v.number(t[Figure::trainings]));
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
