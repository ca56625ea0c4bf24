#include "xlsx_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "platform.h"
#include "utf8.h"

namespace baocao {

namespace {

// Excel's limit on one cell's text; a province's list of schools short of a
// requirement can pass it.
constexpr std::size_t kCellChars = 32767;
// Column widths in characters: wide enough for the longest value, within
// reason; a longer text wraps. Headers wrap too, so a long header over a
// column of small numbers needs only its longest word's width.
constexpr double kMinWidth = 6, kMaxWidth = 60, kHeaderWidth = 12, kFilterButton = 3;
constexpr double kHeaderHeight = 48;  // points: three lines of header

std::size_t chars(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

double header_width(const std::string& head) {
  double longest = 0, word = 0;
  for (std::size_t i = 0; i <= head.size(); ++i) {
    if (i == head.size() || head[i] == ' ') {
      longest = std::max(longest, word);
      word = 0;
    } else if ((static_cast<unsigned char>(head[i]) & 0xC0) != 0x80) {
      ++word;
    }
  }
  return std::max(longest, std::min(kHeaderWidth, static_cast<double>(chars(head)))) + kFilterButton;
}


std::string cell_text(const std::string& s) {
  std::string t = without_bidi_controls(s);
  if (chars(t) <= kCellChars) return t;
  std::size_t n = 0, i = 0;
  for (; i < t.size(); ++i)
    if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80 && ++n == kCellChars) break;
  return t.substr(0, i) + "…";
}

// One sheet written row by row, remembering each column's widest value.
class Sheet {
 public:
  Sheet(lxw_workbook* book, const std::string& name, lxw_format* header, lxw_format* wrap,
        const std::vector<std::string>& heads)
      : ws_(workbook_add_worksheet(book, name.c_str())), wrap_(wrap), columns_(heads.size()) {
    check(worksheet_set_row(ws_, 0, kHeaderHeight, nullptr));
    for (std::size_t c = 0; c < heads.size(); ++c) {
      check(worksheet_write_string(ws_, 0, col(c), heads[c].c_str(), header));
      widths_.push_back(header_width(heads[c]));
    }
  }
  void text(std::size_t c, const std::string& s) {
    std::string t = cell_text(s);
    double w = static_cast<double>(chars(t));
    check(worksheet_write_string(ws_, row_, col(c), t.c_str(), w > kMaxWidth ? wrap_ : nullptr));
    fit(c, w);
  }
  void number(std::size_t c, double v, lxw_format* f) {
    check(worksheet_write_number(ws_, row_, col(c), v, f));
    fit(c, static_cast<double>(std::to_string(static_cast<long long>(v)).size()) * 1.3 + 1);
  }
  void date(std::size_t c, const Date& d, lxw_format* f) {
    lxw_datetime dt = {d.year, d.month, d.day, 0, 0, 0};
    check(worksheet_write_datetime(ws_, row_, col(c), &dt, f));
    fit(c, 10);
  }
  void next_row() { ++row_; }
  // Frozen header, a filter over every row, and the widths.
  lxw_error finish() {
    worksheet_freeze_panes(ws_, 1, 0);
    check(worksheet_autofilter(ws_, 0, 0, row_ > 0 ? row_ - 1 : 0, col(columns_ - 1)));
    for (std::size_t c = 0; c < columns_; ++c)
      check(worksheet_set_column(ws_, col(c), col(c), std::clamp(widths_[c] + 1, kMinWidth, kMaxWidth), nullptr));
    return error_;
  }

 private:
  static lxw_col_t col(std::size_t c) { return static_cast<lxw_col_t>(c); }
  void fit(std::size_t c, double w) { widths_[c] = std::max(widths_[c], w); }
  void check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_ == LXW_NO_ERROR) error_ = e;
  }
  lxw_worksheet* ws_;
  lxw_format* wrap_;
  std::size_t columns_;
  std::vector<double> widths_;
  lxw_row_t row_ = 1;
  lxw_error error_ = LXW_NO_ERROR;
};

// The workbook, its cell formats, and the first error of any sheet.
struct Book {
  lxw_workbook* book;
  Lang lang;
  const WordMap& words;
  lxw_format *header, *wrap, *integer, *ratio, *date;
  lxw_error error = LXW_NO_ERROR;

  Book(lxw_workbook* b, Lang l, const WordMap& w) : book(b), lang(l), words(w) {
    header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(header, 0xDDE6F0);
    format_set_border(header, LXW_BORDER_THIN);
    wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    integer = workbook_add_format(book);
    format_set_num_format(integer, "#,##0");
    ratio = workbook_add_format(book);
    format_set_num_format(ratio, "0.0%");
    date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
  }
  // A heading or a sheet's name, as the documents say it (templates/words).
  std::string word(std::string_view name) const { return baocao::word(words, name); }
  std::string word(std::string_view name,
                   std::initializer_list<std::pair<std::string_view, std::string_view>> values) const {
    return baocao::word(words, name, values);
  }
  Sheet sheet(const std::string& name, const std::vector<std::string>& heads) {
    return Sheet(book, name, header, wrap, heads);
  }
  void done(Sheet& s) {
    if (lxw_error e = s.finish(); e != LXW_NO_ERROR && error == LXW_NO_ERROR) error = e;
  }
};

std::string figure_label(const FigureDef& f, Lang lang) { return f.label.in(lang); }

// The plan's number figures, in the JSON report's "totals" order.
std::vector<const FigureDef*> number_figures(const Plan& plan) {
  std::vector<const FigureDef*> out;
  for (const FigureDef& d : plan.figures.defs())
    if (d.is_number() && d.id != kSchoolsFigure) out.push_back(&d);
  return out;
}

long long cell(const std::vector<long long>& row, std::size_t i) { return i < row.size() ? row[i] : 0; }

// One row per roster school.
void write_schools(Book& b, const Report& r) {
  const Plan& plan = *r.plan;
  std::vector<std::string> heads = {b.word("column-no"),       b.word("column-school-code"), b.word("column-school-name"),
                                    b.word("column-commune"),    b.word("column-level"),  b.word("column-status"),
                                    b.word("column-late"), b.word("column-prepared")};
  const std::vector<const FigureDef*> figures = number_figures(plan);
  for (const FigureDef* f : figures) heads.push_back(figure_label(*f, b.lang));
  heads.push_back(b.word("column-not-met"));
  Sheet s = b.sheet(b.word("sheet-schools"), heads);
  auto levels = plan.vocabularies.find("level");
  for (std::size_t i = 0; i < r.schools.size(); ++i) {
    const SchoolRow& row = r.schools[i];
    s.number(0, static_cast<double>(i + 1), b.integer);
    s.text(1, row.code);
    s.text(2, row.name);
    s.text(3, row.commune);
    s.text(4, row.level.empty() || levels == plan.vocabularies.end() ? row.level : levels->second.label(row.level, b.lang));
    s.text(5, b.word(status_word(row.status)));
    if (row.valid()) {
      const FileSummary& f = *row.file;
      s.text(6, row.late ? b.word("answer-yes") : b.word("answer-no"));
      if (f.prepared) s.date(7, *f.prepared, b.date);
      std::size_t c = 8;
      for (const FigureDef* fig : figures) s.number(c++, static_cast<double>(cell(f.figures, fig->offset)), b.integer);
      s.text(c, fmt::format("{}", fmt::join(f.not_met(plan), ", ")));
    }
    s.next_row();
  }
  b.done(s);
}

// The office's figures, each with the name it has in the JSON report.
void write_totals(Book& b, const Report& r) {
  Sheet s = b.sheet(b.word("sheet-totals"),
                    {b.word("column-indicator"), b.word("column-value"), b.word("column-key")});
  auto line = [&](const std::string& label, long long v, const std::string& key) {
    s.text(0, label);
    s.number(1, static_cast<double>(v), b.integer);
    s.text(2, key);
    s.next_row();
  };
  auto size = [](std::size_t n) { return static_cast<long long>(n); };
  line(b.word("total-expected"), size(r.expected), "schools.expected");
  line(b.word("column-schools-sent"), size(r.submitted), "schools.submitted");
  line(b.word("total-valid"), size(r.valid), "schools.valid");
  line(b.word("total-on-time"), size(r.on_time), "schools.on_time");
  line(b.word("status-missing"), size(r.missing.size()), "schools.missing");
  line(b.word("total-invalid"), size(r.invalid.size()), "schools.invalid");
  line(b.word("total-unknown"), size(r.unknown.size()), "schools.unknown");
  for (const FigureDef* f : number_figures(*r.plan))
    line(figure_label(*f, b.lang), cell(r.totals, f->offset), "totals." + f->id);
  b.done(s);
}

// Met, not met, and which schools, per requirement.
void write_requirements(Book& b, const Report& r) {
  Sheet s = b.sheet(b.word("sheet-requirements"),
                    {b.word("column-requirement"), b.word("column-clause"), b.word("column-text"),
                     b.word("column-met-count"), b.word("column-not-met-count"), b.word("column-met-share"),
                     b.word("column-schools-not-met")});
  for (const RequirementRow& q : r.requirements) {
    s.text(0, q.requirement->id);
    s.text(1, q.requirement->clause);
    s.text(2, q.requirement->text.in(b.lang));
    s.number(3, static_cast<double>(q.met), b.integer);
    s.number(4, static_cast<double>(q.not_met), b.integer);
    if (q.met + q.not_met > 0)
      s.number(5, static_cast<double>(q.met) / static_cast<double>(q.met + q.not_met), b.ratio);
    std::string names;
    for (const std::string& code : q.schools_not_met) {
      const RosterEntry* e = r.office->find(code);
      names += (names.empty() ? "" : "; ") + (e ? fmt::format("{} ({})", e->name, code) : code);
    }
    s.text(6, names);
    s.next_row();
  }
  b.done(s);
}

// Every breakdown of the plan by one code, one list with a column to filter on.
void write_breakdowns(Book& b, const Report& r) {
  Sheet s = b.sheet(b.word("sheet-breakdowns"), {b.word("column-by"), b.word("column-code"),
                                                      b.word("column-text"), b.word("column-count"),
                                                      b.word("column-key")});
  for (const FigureDef& d : r.plan->figures.defs()) {
    if (d.kind != FigureKind::breakdown || d.by) continue;
    const auto& terms = d.vocabulary->terms();
    for (std::size_t i = 0; i < terms.size(); ++i) {
      s.text(0, figure_label(d, b.lang));
      s.text(1, terms[i].code);
      s.text(2, b.lang == Lang::en && !terms[i].en.empty() ? terms[i].en : terms[i].vi);
      s.number(3, static_cast<double>(cell(r.totals, d.offset + i)), b.integer);
      s.text(4, d.id + "." + terms[i].code);
      s.next_row();
    }
  }
  b.done(s);
}

// The number figures by level and by commune, one list with a column to filter on.
void write_groupings(Book& b, const Report& r) {
  std::vector<std::string> heads = {b.word("column-by"), b.word("column-group"), b.word("column-schools"),
                                    b.word("column-sent"), b.word("column-valid")};
  const std::vector<const FigureDef*> figures = number_figures(*r.plan);
  for (const FigureDef* f : figures) heads.push_back(figure_label(*f, b.lang));
  Sheet s = b.sheet(b.word("sheet-groupings"), heads);
  auto levels = r.plan->vocabularies.find("level");
  for (const Grouping& g : r.groupings)
    for (const GroupRow& row : g.rows) {
      bool by_level = g.by == "level";
      s.text(0, by_level                 ? b.word("column-level")
                : g.by == "commune_now" ? b.word("column-commune-now")
                                        : b.word("column-commune"));
      bool label = by_level && !row.group.empty() && levels != r.plan->vocabularies.end();
      s.text(1, label ? levels->second.label(row.group, b.lang) : row.group);
      s.number(2, static_cast<double>(row.expected), b.integer);
      s.number(3, static_cast<double>(row.submitted), b.integer);
      s.number(4, static_cast<double>(row.valid), b.integer);
      std::size_t c = 5;
      for (const FigureDef* f : figures) s.number(c++, static_cast<double>(cell(row.totals, f->offset)), b.integer);
      s.next_row();
    }
  b.done(s);
}

// With `--previous`: each figure both reports have, then and now.
void write_comparison(Book& b, const Report& r) {
  const Comparison& cmp = *r.comparison;
  std::string then = cmp.period_name(b.lang);
  Sheet s = b.sheet(b.word("sheet-comparison"),
                    {b.word("column-indicator"), b.word("column-before", {{"comparison.period", then}}),
                     b.word("column-now"), b.word("column-change"),
                     b.word("column-change-pct"), b.word("column-key"), b.word("column-note")});
  for (const FigureChange& f : cmp.changes) {
    const FigureDef* d = r.plan->figures.find(f.id);
    s.text(0, d ? figure_label(*d, b.lang) : f.id);
    s.number(1, static_cast<double>(f.before), b.integer);
    s.number(2, static_cast<double>(f.now), b.integer);
    s.number(3, static_cast<double>(f.change()), b.integer);
    if (f.before != 0) s.number(4, static_cast<double>(f.change()) / static_cast<double>(f.before), b.ratio);
    s.text(5, f.id);
    s.next_row();
  }
  // A breakdown's cells, keyed "id.code" ("id.code.by" for a pair), and the
  // number of codes a distinct figure used, with which came and went.
  auto change_row = [&](const FigureChange& f, const std::string& label, const std::string& key) {
    s.text(0, label);
    s.number(1, static_cast<double>(f.before), b.integer);
    s.number(2, static_cast<double>(f.now), b.integer);
    s.number(3, static_cast<double>(f.change()), b.integer);
    if (f.before != 0) s.number(4, static_cast<double>(f.change()) / static_cast<double>(f.before), b.ratio);
    s.text(5, key);
  };
  for (const CellChange& f : cmp.cell_changes) {
    const FigureDef* d = r.plan->figures.find(f.id);
    auto label_of = [&](const Vocabulary* v, const std::string& code) { return v ? v->label(code, b.lang) : code; };
    std::string label = (d ? figure_label(*d, b.lang) : f.id) + ": " + label_of(d ? d->vocabulary : nullptr, f.code);
    std::string key = f.id + "." + f.code;
    if (!f.by.empty()) {
      label += " \u00d7 " + label_of(d ? d->by_vocabulary : nullptr, f.by);
      key += "." + f.by;
    }
    change_row(f, label, key);
    s.next_row();
  }
  for (const CodesChange& f : cmp.codes_changes) {
    const FigureDef* d = r.plan->figures.find(f.id);
    change_row(f, b.word("kinds-of", {{"label", d ? figure_label(*d, b.lang) : f.id}}), f.id);
    s.text(6, codes_change_words(r, f));
    s.next_row();
  }
  // A share: then and now as percentages, the change in points (as a share).
  for (const RatioChange& f : cmp.ratio_changes) {
    const FigureDef* d = r.plan->figures.find(f.id);
    s.text(0, d ? figure_label(*d, b.lang) : f.id);
    s.number(1, static_cast<double>(f.before_part) / static_cast<double>(f.before_whole), b.ratio);
    s.number(2, static_cast<double>(f.now_part) / static_cast<double>(f.now_whole), b.ratio);
    s.number(3, static_cast<double>(f.tenths()) / 1000.0, b.ratio);
    s.text(5, f.id);
    s.next_row();
  }
  b.done(s);
}

lxw_error write_book(lxw_workbook* book, const Report& r, const WordMap& words) {
  Book b(book, r.lang, words);
  write_schools(b, r);
  write_totals(b, r);
  write_requirements(b, r);
  write_breakdowns(b, r);
  write_groupings(b, r);
  if (r.comparison) write_comparison(b, r);
  return b.error;
}

}  // namespace

std::string render_xlsx(const Report& r, const WordMap& words, std::string* error) {
  // libxlsxwriter 1.1.4 (Debian 12) writes only to a file: a private
  // temporary one, read back so the caller writes the report atomically.
  std::optional<std::string> dir = platform::make_temp_dir("baocao-xlsx");
  if (!dir) {
    *error = "xlsx: can't make a temporary folder";
    return {};
  }
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code e;
      std::filesystem::remove_all(platform::fs_path(dir), e);
    }
  } cleanup{*dir};
  std::string path = *dir + "/report.xlsx";
  lxw_workbook* book = workbook_new(path.c_str());
  if (!book) {
    *error = "xlsx: can't start the workbook";
    return {};
  }
  // A fixed creation time: the same report gives the same bytes.
  lxw_doc_properties props = {};
  std::string title = word(words, "workbook-title", {{"subject", r.plan->subject.in(r.lang)}});
  std::string author = r.office->name;
  props.title = title.data();  // libxlsxwriter's fields are not const, though only read
  props.author = author.data();
  if (r.office->report_date) {
    struct tm t = {};
    t.tm_year = r.office->report_date->year - 1900;
    t.tm_mon = r.office->report_date->month - 1;
    t.tm_mday = r.office->report_date->day;
    props.created = platform::utc_time(t);
  }
  workbook_set_properties(book, &props);
  lxw_error e = write_book(book, r, words);
  lxw_error closed = workbook_close(book);
  if (e == LXW_NO_ERROR) e = closed;
  if (e != LXW_NO_ERROR) {
    *error = std::string("xlsx: ") + lxw_strerror(e);
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace baocao
