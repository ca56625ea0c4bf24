#include "report_render.h"

#include <kainjow/mustache.hpp>

#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "browser.h"
#include "diagnostic_printer.h"
#include "docx_writer.h"
#include "file_reader.h"
#include "json_writer.h"
#include "parallel.h"
#include "pdf_printer.h"
#include "platform.h"
#include "report_data.h"
#include "report_docx.h"
#include "report_words.h"
#include "resources.h"
#include "utf8.h"
#include "vocabulary.h"
#include "xlsx_writer.h"

namespace baocao {

namespace mu = kainjow::mustache;

std::optional<ReportFormat> format_from_name(const std::string& name) {
  if (name == "md") return ReportFormat::md;
  if (name == "html") return ReportFormat::html;
  if (name == "json") return ReportFormat::json;
  if (name == "docx") return ReportFormat::docx;
  if (name == "pdf") return ReportFormat::pdf;
  if (name == "xlsx") return ReportFormat::xlsx;
  return std::nullopt;
}

std::optional<ReportFormat> format_from_extension(const std::string& path) {
  auto dot = path.rfind('.');
  if (dot == std::string::npos) return std::nullopt;
  std::string ext = path.substr(dot + 1);
  if (ext == "markdown") ext = "md";
  if (ext == "htm") ext = "html";
  return format_from_name(ext);
}

namespace {

// Markdown shows school text as written: characters that would start
// formatting or break a table are backslash-escaped, a line break becomes a
// space, and '&' is escaped only where it would start an entity (so
// "TH&THCS" stays as it is and "&lt;" does not turn into "<").
bool starts_entity(const std::string& s, std::size_t amp) {
  std::size_t i = amp + 1;
  if (i < s.size() && s[i] == '#') ++i;
  std::size_t start = i;
  while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
  return i > start && i < s.size() && s[i] == ';';
}

}  // namespace

std::string markdown_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\n': case '\r': out += ' '; break;  // a line break would end the table row
      case '&':
        if (starts_entity(s, i)) out += '\\';
        out += c;
        break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~': case '#':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

namespace {

// Template files, each later place winning over the earlier ones:
//   templates/shared/NAME.FORMAT.mustache   parts with no words (CSS, the chart)
//   templates/NAME.FORMAT.mustache          the skeletons: `report`, the document,
//                                           and its parts (attached-to, school-texts)
//   DIR/shared/…, DIR/NAME.FORMAT.mustache  a --template folder's own
//   DIR/{vi,en}/NAME.FORMAT.mustache        the layout before words: a file with
//                                           its words written in, for one language
// The words (report_words.h) join them as the parts w-NAME, escaped for the
// format. Every file but `report` is a partial, {{>NAME}}.
struct TemplateFile {
  std::string text;
  std::string path;  // the file in the --template folder; empty when built in
};
using TemplateFiles = std::map<std::string, TemplateFile>;

std::string template_suffix(ReportFormat format) {
  return format == ReportFormat::md     ? ".md.mustache"
         : format == ReportFormat::docx ? ".docx.mustache"
                                        : ".html.mustache";
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<TemplateFiles> template_files(ReportFormat format, Lang lang, const std::string& dir, std::string* error) {
  const std::string suffix = template_suffix(format);
  TemplateFiles files;
  for (const char* prefix : {"templates/shared/", "templates/"}) {
    const std::string_view p = prefix;
    for (const EmbeddedFile* f = kEmbeddedFiles; f->path; ++f) {
      std::string_view path = f->path;
      if (path.substr(0, p.size()) != p || path.find('/', p.size()) != std::string_view::npos) continue;
      std::string name(path.substr(p.size()));
      if (ends_with(name, suffix))
        files[name.substr(0, name.size() - suffix.size())] = {std::string(f->data, f->size), {}};
    }
  }
  if (dir.empty()) return files;
  for (std::string folder : {"/shared", "", lang == Lang::vi ? "/vi" : "/en"}) {
    std::error_code ec;
    std::filesystem::path sub = platform::fs_path(dir + folder);
    if (!std::filesystem::is_directory(sub, ec)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(sub, ec)) {
      std::string name = platform::utf8_path(entry.path().filename()), why;
      if (!ends_with(name, suffix)) continue;
      std::string path = platform::utf8_path(entry.path());
      std::optional<std::string> text = read_input(path, lang, &why);
      if (!text) {
        *error = fmt::format("{}: {}", path, why);
        return std::nullopt;
      }
      files[name.substr(0, name.size() - suffix.size())] = {std::move(*text), path};
    }
  }
  return files;
}

struct Templates {
  std::string main;
  std::map<std::string, std::string> partials;
};

std::optional<Templates> load_templates(ReportFormat format, Lang lang, const std::string& dir, std::string* error) {
  std::optional<TemplateFiles> found = template_files(format, lang, dir, error);
  if (!found) return std::nullopt;
  std::map<std::string, std::string> files;
  for (auto& [name, file] : *found) files[name] = std::move(file.text);
  for (const auto& [name, text] : report_words(lang, dir)) files["w-" + name] = escape_word(text, format);
  // Templates written before words named these parts, which are words now.
  for (const char* old : {"school-names", "requirement-result"})
    if (!files.count(old)) files[old] = fmt::format("{{{{>w-{}}}}}", old);
  auto main = files.find("report");
  if (main == files.end()) {
    *error = "no template report" + template_suffix(format);
    return std::nullopt;
  }
  Templates t{std::move(main->second), {}};
  files.erase(main);
  // A partial's final line break is dropped, so that one can stand inside a
  // line ("A, B và C") or a Markdown table row.
  for (auto& [name, text] : files)
    if (!text.empty() && text.back() == '\n') text.pop_back();
  t.partials = std::move(files);
  return t;
}

// kainjow parses a partial again at each use, which inside a loop over
// thousands of schools costs more than all the rest of the rendering. So each
// {{>name}} is replaced by its text once, before parsing; kainjow gives a
// partial no indentation and no standalone-line rule, so the output is the
// same. A text that changes delimiters ({{=…=}}) keeps its partial tags, as
// do partials nested past a depth that only a partial including itself reaches.
std::string inline_partials(const std::string& text, const std::map<std::string, std::string>& partials,
                            int depth = 0) {
  constexpr int kMaxDepth = 8;
  if (depth >= kMaxDepth || text.find("{{=") != std::string::npos) return text;
  std::string out;
  std::size_t from = 0;
  for (std::size_t at; (at = text.find("{{>", from)) != std::string::npos;) {
    std::size_t close = text.find("}}", at);
    if (close == std::string::npos) break;
    std::string name(text, at + 3, close - at - 3);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    auto partial = partials.find(name);
    if (partial == partials.end() || partial->second.find("{{=") != std::string::npos) {
      out.append(text, from, close + 2 - from);
    } else {
      out.append(text, from, at - from);
      out += inline_partials(partial->second, partials, depth + 1);
    }
    from = close + 2;
  }
  out.append(text, from);
  return out;
}

std::string render_with(const mu::data& data, ReportFormat format, Lang lang, const std::string& template_dir,
                        std::string* error) {
  std::optional<Templates> t = load_templates(format, lang, template_dir, error);
  if (!t) return {};
  mu::mustache tmpl{inline_partials(t->main, t->partials)};
  if (!tmpl.is_valid()) {
    *error = "template: " + tmpl.error_message();
    return {};
  }
  // Every value passes through the format's escape, partials included.
  if (format == ReportFormat::md)
    tmpl.set_custom_escape([](const std::string& s) { return markdown_escape(s); });
  else if (format == ReportFormat::docx)
    tmpl.set_custom_escape([](const std::string& s) { return xml_escape(s); });
  else
    tmpl.set_custom_escape([](const std::string& s) { return mu::html_escape(s); });
  // Partial names hold a hyphen, so they never shadow a data name; they sit
  // below the data in the context, where only {{>name}} looks them up.
  mu::data partials;
  for (const auto& [name, text] : t->partials) partials.set(name, mu::partial([text = text] { return text; }));
  mu::context<std::string> ctx(&partials);
  ctx.push(&data);
  std::string out = tmpl.render(ctx);
  if (!tmpl.is_valid()) {
    *error = "template: " + tmpl.error_message();
    return {};
  }
  return out;
}

// The Word styles: templates/shared/docx-styles.xml, or the file of that
// path in the --template folder.
std::string read_docx_styles(const std::string& dir, Lang lang, std::string* error) {
  const std::string path = "shared/docx-styles.xml";
  std::error_code ec;
  if (!dir.empty() && std::filesystem::exists(dir + "/" + path, ec)) {
    std::string why;
    if (std::optional<std::string> text = read_input(dir + "/" + path, lang, &why)) return std::move(*text);
    *error = fmt::format("{}/{}: {}", dir, path, why);
    return {};
  }
  std::optional<std::string_view> embedded = embedded_file("templates/" + path);
  if (!embedded) *error = "no template " + path;
  return embedded ? std::string(*embedded) : std::string();
}

// The Word report: its body from the template, its styles, and the parts
// around them (docx_writer).
std::string render_docx(const mu::data& data, const Report& report, const WordMap& words,
                        const std::vector<DocxChart>& charts, const std::string& template_dir, std::string* error) {
  std::string body = without_bidi_controls(render_with(data, ReportFormat::docx, report.lang, template_dir, error));
  std::string styles = error->empty() ? read_docx_styles(template_dir, report.lang, error) : "";
  if (!error->empty()) return {};
  // The file's title, as the HTML page's: the same word.
  std::string title = word(words, "document-title", {{"subject", report.plan->subject.in(report.lang)}});
  return docx_package({body, styles, charts, title, report.office->name, report.lang == Lang::en ? "en-GB" : "vi-VN"},
                      error);
}

}  // namespace

namespace {

// A file of the --template folder being checked, with what was found in it.
struct CheckedFile {
  CheckedFile(std::string p, std::string text, Lang lang) : path(std::move(p)), file(path, std::move(text)), diags(lang) {}
  std::string path;
  SourceFile file;
  Diagnostics diags;
};

// A {{>w-NAME}}: the file it is written in (null when built in) and where.
struct WordUse {
  std::string name;
  CheckedFile* in;
  std::size_t at;
  std::size_t length;
};

}  // namespace

std::string check_templates(const std::string& dir, const PrintStyle& style, bool* failed) {
  const Lang lang = style.lang;
  std::vector<std::unique_ptr<CheckedFile>> files;
  std::string out;
  auto checked = [&](const std::string& path, const std::string& text) -> CheckedFile& {
    for (auto& f : files)
      if (f->path == path) return *f;
    files.push_back(std::make_unique<CheckedFile>(path, text, lang));
    return *files.back();
  };
  // The words of each language as the report will have them, and where the
  // folder's own stand.
  WordMap words[2] = {builtin_words(Lang::vi), builtin_words(Lang::en)};
  const WordMap builtin_vi = words[0];
  struct Own { CheckedFile* in; std::size_t at; std::size_t length; };
  std::map<std::string, Own> own[2];
  for (Lang l : {Lang::vi, Lang::en}) {
    const int i = l == Lang::vi ? 0 : 1;
    std::string path = dir + (l == Lang::vi ? "/words/vi.yaml" : "/words/en.yaml"), why;
    if (!platform::exists(path)) continue;
    std::optional<std::string> text = read_input(path, lang, &why);
    if (!text) {
      out += fmt::format("baocao: {}: {}\n", path, why);
      *failed = true;
      continue;
    }
    CheckedFile& f = checked(path, *text);
    WordPlaces places;
    read_words(f.file, f.diags, words[i], &places);
    for (const auto& [name, at] : places) own[i][name] = {&f, at, name.size()};
  }
  // Every word said: by a skeleton or part of any format and language, or by a word.
  std::vector<WordUse> uses;
  std::set<std::string> seen;
  for (Lang l : {Lang::vi, Lang::en})
    for (ReportFormat format : {ReportFormat::md, ReportFormat::html, ReportFormat::docx}) {
      std::string error;
      std::optional<TemplateFiles> found = template_files(format, l, dir, &error);
      if (!found) {
        out += fmt::format("baocao: {}\n", error);
        *failed = true;
        return out;
      }
      for (const auto& [name, t] : *found) {
        std::string key = t.path.empty() ? name + template_suffix(format) : t.path;
        if (!seen.insert(key).second) continue;
        CheckedFile* in = t.path.empty() ? nullptr : &checked(t.path, t.text);
        for (const auto& [word, at] : words_used(t.text)) uses.push_back({word, in, at, word.size() + 7});
      }
    }
  for (int i : {0, 1})
    for (const auto& [name, text] : words[i]) {
      auto mine = own[i].find(name);
      CheckedFile* in = mine == own[i].end() ? nullptr : mine->second.in;
      std::size_t at = in ? mine->second.at : 0, length = in ? mine->second.length : 0;
      for (const auto& [word, where] : words_used(text)) uses.push_back({word, in, at, length});
      // A section a word of the folder opens it must close, and the other way round.
      if (!in) continue;
      std::vector<std::string> open;
      std::string wrong;
      for (std::size_t p = 0; (p = text.find("{{", p)) != std::string::npos; p += 2) {
        if (p + 2 >= text.size() || (text[p + 2] != '#' && text[p + 2] != '^' && text[p + 2] != '/')) continue;
        std::size_t close = text.find("}}", p);
        if (close == std::string::npos) break;
        std::string tag = text.substr(p + 3, close - p - 3);
        if (text[p + 2] != '/') open.push_back(tag);
        else if (open.empty() || open.back() != tag) { wrong = "{{/" + tag + "}}"; break; }
        else open.pop_back();
      }
      if (wrong.empty() && !open.empty()) wrong = "{{#" + open.back() + "}}";
      if (!wrong.empty())
        in->diags.error("E303", at, length, name,
                        say(lang, "lời `{}` có thẻ {} không khớp: mỗi {{{{#tên}}}} phải đóng bằng {{{{/tên}}}} trong cùng lời",
                            "the word `{}` has an unmatched {}: each {{{{#name}}}} must close with {{{{/name}}}} in the same word",
                            name, wrong),
                        say(lang, "mở và đóng phần trong cùng một lời, hoặc để phần ở mẫu, quanh lời",
                            "open and close the section within the word, or keep it in the skeleton around the word"));
    }
  // A word said must be in Vietnamese: English falls back to it.
  std::set<std::string> used;
  for (const WordUse& u : uses) {
    used.insert(u.name);
    if (words[0].count(u.name)) continue;
    std::vector<std::string> names;
    for (const auto& [name, text] : words[0]) names.push_back(name);
    std::string near = closest(u.name, names);
    std::string hint = near.empty() ? say(lang, "thêm `{}: \"…\"` vào words/vi.yaml của thư mục mẫu",
                                          "add `{}: \"…\"` to words/vi.yaml in the template folder", u.name)
                                    : say(lang, "có phải ý bạn là `{}`? Hoặc thêm `{}: \"…\"` vào words/vi.yaml",
                                          "did you mean `{}`? Or add `{}: \"…\"` to words/vi.yaml", near, u.name);
    std::string message = say(lang, "không có lời `{}` trong tiếng Việt", "no Vietnamese word `{}`", u.name);
    if (u.in) {
      u.in->diags.error("E303", u.at, u.length, u.name, message, hint);
    } else {
      Diagnostic d;
      d.code = "E303";
      d.message = message;
      d.hint = hint;
      out += format_diagnostic("templates", nullptr, d, style);
      *failed = true;
    }
  }
  // A word of the folder that nothing says is most likely a name mistyped.
  for (int i : {0, 1})
    for (const auto& [name, where] : own[i]) {
      if (builtin_vi.count(name) || used.count(name)) continue;
      std::vector<std::string> names(used.begin(), used.end());
      for (const auto& [n, text] : builtin_vi) names.push_back(n);
      std::string near = closest(name, names);
      where.in->diags.error("E303", where.at, where.length, name,
                            say(lang, "không mẫu nào dùng lời `{}`", "no template says the word `{}`", name),
                            near.empty() ? say(lang, "mẫu dùng lời theo tên, như {{{{>w-{}}}}}; xem templates/words/vi.yaml",
                                               "a template says a word by its name, as {{{{>w-{}}}}}; see templates/words/vi.yaml", name)
                                         : say(lang, "có phải ý bạn là `{}`?", "did you mean `{}`?", near));
    }
  for (auto& f : files) {
    if (f->diags.items().empty()) continue;
    f->diags.sort_by_position();
    out += format_diagnostics(f->path, &f->file, f->diags, style);
    if (f->diags.has_errors()) *failed = true;
  }
  return out;
}

std::vector<std::string> render_all(const Report& report, const std::vector<ReportFormat>& formats,
                                    const std::string& template_dir, unsigned jobs, std::string* error) {
  auto asked = [&](ReportFormat f) { return std::find(formats.begin(), formats.end(), f) != formats.end(); };
  // Before any work: a PDF needs a browser, and without one nothing is written.
  std::string browser;
  if (asked(ReportFormat::pdf) && (browser = find_browser()).empty()) {
    *error = no_browser_message(report.lang);
    return {};
  }
  bool documents = asked(ReportFormat::md) || asked(ReportFormat::html) || asked(ReportFormat::docx) ||
                   asked(ReportFormat::pdf);
  const WordMap words = report_words(report.lang, template_dir);
  mu::data data = documents ? build_report_data(report, words, jobs) : mu::data();
  std::vector<DocxChart> charts;
  if (asked(ReportFormat::docx)) charts = report_charts(report);
  std::vector<std::string> out(formats.size()), errors(formats.size());
  parallel_for(formats.size(), jobs, [&](std::size_t i) {
    // No bidi control acts in any output, whatever text brought it in: the
    // text formats are cleaned whole, the others where their text is made.
    switch (formats[i]) {
      case ReportFormat::json: out[i] = without_bidi_controls(render_json(report)); break;
      case ReportFormat::xlsx: out[i] = render_xlsx(report, words, &errors[i]); break;
      case ReportFormat::docx: out[i] = render_docx(data, report, words, charts, template_dir, &errors[i]); break;
      case ReportFormat::pdf: {
        std::string html = render_with(data, ReportFormat::html, report.lang, template_dir, &errors[i]);
        if (errors[i].empty()) out[i] = print_pdf(without_bidi_controls(html), browser, report.lang, &errors[i]);
        break;
      }
      default: out[i] = without_bidi_controls(render_with(data, formats[i], report.lang, template_dir, &errors[i]));
    }
  });
  for (const std::string& e : errors)
    if (!e.empty()) {
      *error = e;
      return {};
    }
  return out;
}

namespace {

long long at(const std::vector<long long>& row, std::size_t i) { return i < row.size() ? row[i] : 0; }

// A figure's value in a row of figures (a school's or the totals), by kind:
// a number; {part, whole}; the codes used; {code: n}; {code: {code: n}}.
void figure_json(JsonWriter& w, const Figures& figures, const FigureDef& d, const std::vector<long long>& row) {
  switch (d.kind) {
    case FigureKind::ratio:
      w.begin_object().key("part").value(at(row, figures.defs()[d.numerator].offset));
      w.key("whole").value(at(row, figures.defs()[d.denominator].offset)).end_object();
      return;
    case FigureKind::distinct: {
      w.begin_array();
      const auto& terms = d.vocabulary->terms();
      for (std::size_t i = 0; i < terms.size(); ++i)
        if (at(row, d.offset + i) != 0) w.value(terms[i].code);
      w.end_array();
      return;
    }
    case FigureKind::breakdown: {
      const auto& terms = d.vocabulary->terms();
      const std::size_t columns = d.by ? d.by_vocabulary->terms().size() : 1;
      w.begin_object();
      for (std::size_t i = 0; i < terms.size(); ++i) {
        w.key(terms[i].code);
        if (!d.by) {
          w.value(at(row, d.offset + i));
          continue;
        }
        w.begin_object();
        for (std::size_t j = 0; j < columns; ++j)
          w.key(d.by_vocabulary->terms()[j].code).value(at(row, d.offset + i * columns + j));
        w.end_object();
      }
      w.end_object();
      return;
    }
    default: w.value(at(row, d.offset));
  }
}

// Every figure but the parts of a sentence (which repeat other figures).
void figures_json(JsonWriter& w, const Figures& figures, const std::vector<long long>& row) {
  w.begin_object();
  for (const FigureDef& d : figures.defs()) {
    if (d.kind == FigureKind::parts) continue;
    w.key(d.id);
    figure_json(w, figures, d, row);
  }
  w.end_object();
}

}  // namespace

std::string render_json(const Report& r) {
  const Figures& figures = r.plan->figures;
  JsonWriter w;
  w.begin_object();
  w.key("format_version").value(kReportFormatVersion);
  w.key("plan").value(r.plan->id);
  w.key("plan_family").value(r.plan->family);
  w.key("period").begin_object().key("from").value(r.plan->from.iso()).key("to").value(r.plan->to.iso()).end_object();
  w.key("office").begin_object().key("code").value(r.office->code).key("name").value(r.office->name);
  w.key("parent").value(r.office->parent).end_object();
  w.key("report_date");
  if (r.office->report_date) w.value(r.office->report_date->iso()); else w.null();
  w.key("schools").begin_object();
  w.key("expected").value(r.expected).key("submitted").value(r.submitted).key("valid").value(r.valid);
  w.key("on_time").value(r.on_time);
  w.key("missing").strings(r.missing).key("blank").strings(r.blank).key("invalid").strings(r.invalid).key("unknown").strings(r.unknown);
  w.end_object();
  // The number figures in the plan's order; "participants.staff" and its
  // neighbours nest under "participants".
  w.key("totals").begin_object();
  std::string_view group;
  for (const FigureDef& d : figures.defs()) {
    if (!d.is_number() || d.id == kSchoolsFigure) continue;
    std::string_view key = d.id, prefix;
    if (std::size_t dot = key.find('.'); dot != std::string_view::npos) {
      prefix = key.substr(0, dot);
      key = key.substr(dot + 1);
    }
    if (prefix != group) {
      if (!group.empty()) w.end_object();
      if (!prefix.empty()) w.key(prefix).begin_object();
      group = prefix;
    }
    w.key(key).value(at(r.totals, d.offset));
  }
  if (!group.empty()) w.end_object();
  w.end_object();
  // Breakdowns by one code also stand at the top level, by id.
  for (const FigureDef& d : figures.defs())
    if (d.kind == FigureKind::breakdown && !d.by) {
      w.key(d.id);
      figure_json(w, figures, d, r.totals);
    }
  w.key("requirements").begin_array();
  for (const RequirementRow& q : r.requirements) {
    w.begin_object().key("id").value(q.requirement->id).key("clause").value(q.requirement->clause);
    w.key("met").value(q.met).key("not_met").value(q.not_met).key("schools_not_met").strings(q.schools_not_met);
    w.end_object();
  }
  w.end_array();
  w.key("figures");
  figures_json(w, figures, r.totals);
  w.key("figure_defs").begin_array();
  for (const FigureDef& d : figures.defs()) {
    if (d.kind == FigureKind::parts) continue;
    w.begin_object().key("id").value(d.id).key("kind").value(figure_kind_name(d));
    w.key("label").begin_object().key("vi").value(d.label.vi).key("en").value(d.label.in(Lang::en)).end_object();
    if (d.kind == FigureKind::ratio)
      w.key("of").value(figures.defs()[d.denominator].id).key("numerator").value(figures.defs()[d.numerator].id);
    w.end_object();
  }
  w.end_array();
  // The whole-number figures by level and by commune, as a roll-up writes them.
  w.key("breakdown").begin_object();
  for (const Grouping& g : r.groupings) {
    w.key(g.by).begin_array();
    for (const GroupRow& row : g.rows) {
      w.begin_object().key("group").value(row.group).key("expected").value(row.expected);
      w.key("submitted").value(row.submitted).key("valid").value(row.valid).key("figures").begin_object();
      for (const FigureDef& d : figures.defs())
        if (d.kind == FigureKind::sum || d.kind == FigureKind::count || d.kind == FigureKind::schools)
          w.key(d.id).value(at(row.totals, d.offset));
      w.end_object().end_object();
    }
    w.end_array();
  }
  w.end_object();
  if (r.comparison) write_comparison(w, *r.comparison);
  w.key("per_school").begin_array();
  for (const SchoolRow& s : r.schools) {
    w.begin_object().key("code").value(s.code).key("status").value(status_name(s.status)).key("late").value(s.late);
    w.key("not_met").strings(s.valid() ? s.file->not_met(*r.plan) : std::vector<std::string>{});
    w.key("files").strings(s.paths);
    std::vector<std::string> others;
    for (const FileSummary* f : s.other_files) others.push_back(f->path);
    w.key("not_school_files").strings(others);
    w.key("name").value(s.name).key("level").value(s.level).key("commune").value(s.commune);
    w.key("prepared");
    if (s.valid() && s.file->prepared) w.value(s.file->prepared->iso()); else w.null();
    // Why a file was sent back, so that a roll-up's appendix 2 can say it too.
    if (s.status == SchoolStatus::invalid && s.file) {
      w.key("errors").begin_object().key("count").value(s.file->error_count).key("first").begin_array();
      for (const FileSummary::Error& e : s.file->errors)
        w.begin_object().key("line").value(e.line).key("message").value(e.message).end_object();
      w.end_array().end_object();
    }
    if (s.valid()) {
      w.key("figures");
      figures_json(w, figures, s.file->figures);
      w.key("texts").begin_object().key("strengths").value(s.file->strengths);
      w.key("limitations").value(s.file->limitations).key("proposals").value(s.file->proposals).end_object();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace baocao
