#include "report_render.h"

#include <kainjow/mustache.hpp>

#include <filesystem>

#include "browser.h"
#include "docx_writer.h"
#include "file_reader.h"
#include "json_writer.h"
#include "parallel.h"
#include "pdf_printer.h"
#include "report_docx.h"
#include "resources.h"
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

std::string markdown_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '\n': case '\r': out += ' '; break;  // a line break would end the table row
      case '&': out += "&amp;"; break;
      case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~': case '#':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  return out;
}

// Bidi controls in a school's text could reorder what the reader sees
// around it; they are shown as a visible replacement character instead.
std::string inert(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char a = static_cast<unsigned char>(s[i]);
    if (a == 0xE2 && i + 2 < s.size()) {
      unsigned char b = static_cast<unsigned char>(s[i + 1]), c = static_cast<unsigned char>(s[i + 2]);
      bool embed = b == 0x80 && (c >= 0xAA && c <= 0xAE);   // U+202A..U+202E
      bool isolate = b == 0x81 && (c >= 0xA6 && c <= 0xA9); // U+2066..U+2069
      bool mark = b == 0x80 && (c == 0x8E || c == 0x8F);    // U+200E, U+200F
      if (embed || isolate || mark) {
        out += "\xEF\xBF\xBD";
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

namespace {

// 1234567 -> "1.234.567", the grouping Vietnamese readers expect.
std::string group(long long n) {
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

double percent(long long part, long long whole) {
  return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

// 92.54 -> "92,5%"
std::string pct(long long part, long long whole) {
  std::string s = fmt::format("{:.1f}", percent(part, whole));
  for (char& c : s)
    if (c == '.') c = ',';
  return s + "%";
}

std::string two(int n) { return fmt::format("{:02}", n); }

std::string place_date(const Office& o) {
  if (!o.report_date) return fmt::format("{}, ngày      tháng      năm", o.place);
  const Date& d = *o.report_date;
  return fmt::format("{}, ngày {} tháng {} năm {}", o.place, two(d.day), two(d.month), d.year);
}

std::string doc_number(const Office& o) {
  // Left blank for hand numbering; no-break spaces survive HTML and Markdown.
  std::string n = o.report_number.empty() ? "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0" : o.report_number;
  return fmt::format("Số: {}/BC-{}", n, o.abbrev);
}

std::string status_label(const std::string& s) {
  if (s == "valid") return "Hợp lệ";
  if (s == "invalid") return "Có lỗi";
  return "Chưa nộp";
}

// kainjow's data copies whatever list it is given, and the appendix holds a
// row per school: the rows are moved into the list the data owns instead
// (a list it allocated itself, so not a const object).
mu::data list_of(std::vector<mu::data>&& items) {
  mu::data l{mu::data::type::list};
  const_cast<mu::list&>(l.list_value()).swap(items);
  return l;
}

mu::data text_list(const std::vector<std::string>& v) {
  std::vector<mu::data> items;
  items.reserve(v.size());
  for (const std::string& s : v) items.emplace_back("text", mu::data(s));
  return list_of(std::move(items));
}

// Bars of a horizontal SVG chart, geometry computed here since templates hold no logic.
mu::data bars(const std::vector<std::pair<std::string, double>>& values, const std::vector<std::string>& texts,
              double max, int width) {
  mu::data l{mu::data::type::list};
  for (std::size_t i = 0; i < values.size(); ++i) {
    mu::data b;
    double w = max > 0 ? values[i].second / max * width : 0;
    b.set("label", values[i].first);
    b.set("value", texts[i]);
    b.set("y", std::to_string(i * 22 + 4));
    b.set("text_y", std::to_string(i * 22 + 18));
    b.set("width", fmt::format("{:.1f}", w));
    b.set("value_x", fmt::format("{:.1f}", 230 + w + 6));
    l.push_back(b);
  }
  return l;
}

mu::data build_data(const Report& r, unsigned jobs) {
  const Plan& plan = *r.plan;
  const Office& o = *r.office;
  mu::data d;
  d.set("parent", o.parent);
  d.set("office", o.name);
  d.set("number", doc_number(o));
  d.set("place_date", place_date(o));
  d.set("subject", plan.subject.vi);
  d.set("plan_title", plan.title.vi);
  d.set("plan_id", plan.id);
  d.set("plan_abbrev", plan.abbrev);
  std::string basis = "Thực hiện " + plan.title.vi;
  if (!plan.doc_number.empty()) basis += " số " + plan.doc_number;
  if (plan.doc_date) basis += fmt::format(" ngày {}", plan.doc_date->vi());
  if (!plan.doc_issuer.empty()) basis += " của " + plan.doc_issuer;
  d.set("basis", basis);
  d.set("has_upper_basis", !plan.doc_basis.empty());
  d.set("upper_basis", plan.doc_basis);
  d.set("period", fmt::format("{} – {}", plan.from.vi(), plan.to.vi()));

  // I. Submissions
  long long expected = static_cast<long long>(r.expected);
  d.set("expected", group(expected));
  d.set("submitted", group(static_cast<long long>(r.submitted)));
  d.set("submitted_pct", pct(static_cast<long long>(r.submitted), expected));
  d.set("valid", group(static_cast<long long>(r.valid)));
  d.set("valid_pct", pct(static_cast<long long>(r.valid), expected));
  d.set("on_time", group(static_cast<long long>(r.on_time)));
  d.set("on_time_pct", pct(static_cast<long long>(r.on_time), expected));
  d.set("missing_count", group(static_cast<long long>(r.missing.size())));
  d.set("invalid_count", group(static_cast<long long>(r.invalid.size())));
  d.set("unknown_count", group(static_cast<long long>(r.unknown.size())));
  d.set("has_deadline", o.deadline.has_value());
  d.set("deadline", o.deadline ? o.deadline->vi() : "");

  // II. Indicators
  const Totals& t = r.totals;
  d.set("staff_total", group(t.staff_total));
  d.set("staff_informed", group(t.staff_informed));
  d.set("staff_informed_pct", pct(t.staff_informed, t.staff_total));
  d.set("students_total", group(t.students_total));
  d.set("students_reached", group(t.students_reached));
  d.set("students_reached_pct", pct(t.students_reached, t.students_total));
  d.set("plans_issued", group(t.plans_issued));
  d.set("communication_programs", group(t.communication_programs));
  d.set("movement_integrated", group(t.movement_integrated));
  d.set("focal_persons", group(t.focal_persons));
  d.set("lessons", group(t.lessons));
  d.set("lesson_periods", group(t.lesson_periods));
  d.set("lesson_students", group(t.lesson_students));
  d.set("activities", group(t.activities));
  d.set("participants_staff", group(t.participants_staff));
  d.set("participants_students", group(t.participants_students));
  d.set("participants_parents", group(t.participants_parents));
  d.set("participants_others", group(t.participants_others));
  d.set("participants_total", group(t.participants_staff + t.participants_students + t.participants_parents +
                                    t.participants_others));
  d.set("trainings", group(t.trainings));
  d.set("trained_staff", group(t.trained_staff));

  auto code_rows = [&](const std::map<std::string, long long>& counts, const std::string& vocab) {
    mu::data l{mu::data::type::list};
    for (const Term& term : plan.vocabulary(vocab).terms()) {
      mu::data row;
      row.set("code", term.code);
      row.set("label", term.vi);
      auto it = counts.find(term.code);
      row.set("count", group(it == counts.end() ? 0 : it->second));
      l.push_back(row);
    }
    return l;
  };
  d.set("by_form", code_rows(r.by_form, "form"));
  d.set("by_partner", code_rows(r.by_partner, "partner"));
  d.set("by_topic", code_rows(r.by_topic, "topic"));

  auto school_name = [&](const std::string& code) {
    const RosterEntry* e = o.find(code);
    return e ? e->name : code;
  };

  // Requirements, grouped under the plan's tasks by their first clause. Each
  // row is built once: with thousands of schools short of a requirement its
  // list of names is the largest text in the report.
  std::vector<mu::data> req_rows;
  std::vector<std::pair<std::string, double>> req_bars;
  std::vector<std::string> req_texts;
  for (const RequirementRow& q : r.requirements) {
    mu::data row;
    long long evaluated = q.met + q.not_met;
    row.set("id", q.requirement->id);
    row.set("clause", q.requirement->clause);
    row.set("text", q.requirement->text.vi);
    row.set("met", group(q.met));
    row.set("not_met", group(q.not_met));
    row.set("evaluated", group(evaluated));
    row.set("met_pct", evaluated ? pct(q.met, evaluated) : "—");
    std::string names;
    for (const std::string& c : q.schools_not_met) {
      if (!names.empty()) names += "; ";
      names += school_name(c);
    }
    row["schools_not_met_text"] = mu::data(names);
    row.set("has_schools_not_met", !q.schools_not_met.empty());
    req_rows.push_back(std::move(row));
    req_bars.push_back({q.requirement->id, percent(q.met, evaluated)});
    req_texts.push_back(evaluated ? pct(q.met, evaluated) : "—");
  }
  auto rows_where = [&](auto keep) {
    mu::data l{mu::data::type::list};
    for (std::size_t i = 0; i < r.requirements.size(); ++i)
      if (keep(r.requirements[i])) l.push_back(req_rows[i]);
    return l;
  };
  auto under = [](const Task& t, const RequirementRow& q) {  // by the requirement's first clause
    const std::string& c = q.requirement->clause;
    return c.compare(0, c.find(','), t.clause) == 0;
  };
  auto in_a_task = [&](const RequirementRow& q) {
    return std::any_of(plan.tasks.begin(), plan.tasks.end(), [&](const Task& t) { return under(t, q); });
  };
  mu::data tasks{mu::data::type::list};
  for (const Task& task : plan.tasks) {
    mu::data row;
    row.set("clause", task.clause);
    row.set("title", task.title.vi);
    mu::data reqs = rows_where([&](const RequirementRow& q) { return under(task, q); });
    row.set("has_requirements", !reqs.is_empty_list());
    row["requirements"] = std::move(reqs);
    tasks.push_back(row);
  }
  mu::data unplaced = rows_where([&](const RequirementRow& q) { return !in_a_task(q); });
  mu::data met_everywhere = rows_where([](const RequirementRow& q) { return q.met > 0 && q.not_met == 0; });
  mu::data short_of = rows_where([](const RequirementRow& q) { return q.not_met > 0; });
  d["tasks"] = std::move(tasks);
  d.set("has_other_requirements", !unplaced.is_empty_list());
  d["other_requirements"] = std::move(unplaced);
  d["all_requirements"] = list_of(std::move(req_rows));
  d.set("has_met_everywhere", !met_everywhere.is_empty_list());
  d["met_everywhere"] = std::move(met_everywhere);
  d.set("has_short_of", !short_of.is_empty_list());
  d["short_of"] = std::move(short_of);
  d.set("chart_requirements", bars(req_bars, req_texts, 100.0, 380));
  d.set("chart_requirements_height", std::to_string(req_bars.size() * 22 + 8));

  std::vector<std::pair<std::string, double>> form_bars;
  std::vector<std::string> form_texts;
  double form_max = 0;
  for (const Term& term : plan.vocabulary("form").terms()) {
    double v = static_cast<double>(r.by_form.count(term.code) ? r.by_form.at(term.code) : 0);
    form_max = std::max(form_max, v);
    form_bars.push_back({term.vi, v});
    form_texts.push_back(group(static_cast<long long>(v)));
  }
  d.set("chart_forms", bars(form_bars, form_texts, form_max, 380));
  d.set("chart_forms_height", std::to_string(form_bars.size() * 22 + 8));

  // III/IV: what schools wrote themselves.
  mu::data proposals{mu::data::type::list}, limitations{mu::data::type::list}, strengths{mu::data::type::list};
  for (const SchoolRow& s : r.schools) {
    if (s.status != "valid") continue;
    auto add = [&](mu::data& list, const std::string& text) {
      if (text.empty()) return;
      mu::data row;
      row.set("school", s.name);
      row.set("text", text);
      list.push_back(row);
    };
    add(proposals, s.file->proposals);
    add(limitations, s.file->limitations);
    add(strengths, s.file->strengths);
  }
  d.set("proposals", proposals);
  d.set("has_proposals", !proposals.is_empty_list());
  d.set("limitations", limitations);
  d.set("has_limitations", !limitations.is_empty_list());
  d.set("strengths", strengths);
  d.set("has_strengths", !strengths.is_empty_list());

  d.set("recipients", text_list(o.recipients));
  d.set("signer_title", o.signer_title);
  d.set("signer_name", o.signer_name);

  // Appendix 1: one row per roster school, built on all threads (a province
  // has tens of thousands); appendix 2 lists the schools with a problem.
  std::vector<mu::data> rows(r.schools.size());
  const Vocabulary& levels = plan.vocabulary("level");
  parallel_for(r.schools.size(), jobs, [&](std::size_t i) {
    const SchoolRow& s = r.schools[i];
    mu::data& row = rows[i];
    row.set("no", std::to_string(i + 1));
    row.set("code", s.code);
    row.set("name", s.name);
    row.set("commune", s.commune);
    row.set("level", s.level.empty() ? "" : levels.label(s.level, Lang::vi));
    row.set("status", status_label(s.status));
    row.set("is_valid", s.status == "valid");
    row.set("late", s.late ? "Muộn" : (s.status == "valid" ? "Đúng hạn" : ""));
    if (s.status == "valid") {
      const FileSummary& f = *s.file;
      row.set("staff", fmt::format("{}/{}", group(f.totals.staff_informed), group(f.totals.staff_total)));
      row.set("students", fmt::format("{}/{}", group(f.totals.students_reached), group(f.totals.students_total)));
      row.set("lessons", group(f.totals.lessons));
      row.set("activities", group(f.totals.activities));
      row.set("trainings", group(f.totals.trainings));
      std::vector<std::string> ids = f.not_met(plan);
      row.set("not_met", ids.empty() ? "—" : fmt::format("{}", fmt::join(ids, ", ")));
    } else {
      for (const char* k : {"staff", "students", "lessons", "activities", "trainings", "not_met"}) row.set(k, "");
    }
  });
  mu::data problems{mu::data::type::list};
  for (const SchoolRow& s : r.schools) {
    if (s.status == "valid") continue;
    mu::data p;
    p.set("code", s.code);
    p.set("name", s.name);
    p.set("status", status_label(s.status));
    p.set("reasons_text", fmt::format("{}", fmt::join(s.reasons, "; ")));
    p["reasons"] = text_list(s.reasons);
    problems.push_back(p);
  }
  for (const FileSummary* f : r.unknown_files) {
    mu::data p;
    p.set("code", f->code.empty() ? "—" : f->code);
    p.set("name", f->path);
    p.set("status", "Không rõ trường");
    std::string why = f->code.empty() ? "tệp không đọc được mã trường" : "mã trường không có trong danh sách của phòng";
    std::vector<std::string> reasons{why};
    for (std::size_t i = 0; i < f->errors.size() && i < 3; ++i) reasons.push_back(f->errors[i]);
    p.set("reasons", text_list(reasons));
    p.set("reasons_text", fmt::format("{}", fmt::join(reasons, "; ")));
    problems.push_back(p);
  }
  d["schools"] = list_of(std::move(rows));
  d.set("has_problems", !problems.is_empty_list());
  d["problems"] = std::move(problems);
  return d;
}

std::string template_name(ReportFormat format) {
  switch (format) {
    case ReportFormat::md: return "report.md.mustache";
    case ReportFormat::docx: return "report.docx.mustache";
    default: return "report.html.mustache";
  }
}

std::string read_template(const std::string& name, const std::string& dir, std::string* error) {
  // A template folder need not hold every format's template: the others are the built-in ones.
  if (!dir.empty()) {
    std::string path = dir + "/" + name;
    if (std::filesystem::exists(path)) {
      std::string why;
      if (std::optional<std::string> text = read_input(path, Lang::vi, &why)) return std::move(*text);
      *error = fmt::format("{}: {}", path, why);
      return {};
    }
  }
  auto embedded = embedded_file("templates/" + name);
  if (!embedded) {
    *error = "no built-in template " + name;
    return {};
  }
  return std::string(*embedded);
}

std::string render_with(const mu::data& data, ReportFormat format, const std::string& template_dir, std::string* error) {
  std::string text = read_template(template_name(format), template_dir, error);
  if (!error->empty()) return {};
  mu::mustache tmpl{text};
  if (!tmpl.is_valid()) {
    *error = "template: " + tmpl.error_message();
    return {};
  }
  // Every value passes through here, so no text can escape being made inert.
  // (A bidi control starts with byte E2; the values without one, nearly all,
  // skip that pass.)
  if (format == ReportFormat::md)
    tmpl.set_custom_escape([](const std::string& s) {
      return s.find('\xE2') == std::string::npos ? markdown_escape(s) : markdown_escape(inert(s));
    });
  else if (format == ReportFormat::docx)
    tmpl.set_custom_escape([](const std::string& s) {
      return s.find('\xE2') == std::string::npos ? xml_escape(s) : xml_escape(inert(s));
    });
  else
    tmpl.set_custom_escape([](const std::string& s) {
      return s.find('\xE2') == std::string::npos ? mu::html_escape(s) : mu::html_escape(inert(s));
    });
  std::string out = tmpl.render(data);
  if (!tmpl.is_valid()) {
    *error = "template: " + tmpl.error_message();
    return {};
  }
  return out;
}

// The Word report: its body from the template, its styles as written, and
// the parts around them.
std::string render_docx(const mu::data& data, const Report& report, const std::vector<DocxChart>& charts,
                        const std::string& template_dir, std::string* error) {
  std::string body = render_with(data, ReportFormat::docx, template_dir, error);
  std::string styles = error->empty() ? read_template("report.docx.styles.xml", template_dir, error) : "";
  if (!error->empty()) return {};
  std::string title = say(report.lang, "Báo cáo kết quả thực hiện {}", "Report on {}", report.plan->subject.in(report.lang));
  return docx_package({body, styles, charts, title, report.office->name, report.lang == Lang::en ? "en-GB" : "vi-VN"},
                      error);
}

}  // namespace

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
  mu::data data = documents ? build_data(report, jobs) : mu::data();
  std::vector<DocxChart> charts;
  if (asked(ReportFormat::docx)) {
    charts = report_charts(report);
    add_chart_sizes(data, charts);
  }
  std::vector<std::string> out(formats.size()), errors(formats.size());
  parallel_for(formats.size(), jobs, [&](std::size_t i) {
    switch (formats[i]) {
      case ReportFormat::json: out[i] = render_json(report); break;
      case ReportFormat::xlsx: out[i] = render_xlsx(report, &errors[i]); break;
      case ReportFormat::docx: out[i] = render_docx(data, report, charts, template_dir, &errors[i]); break;
      case ReportFormat::pdf: {
        std::string html = render_with(data, ReportFormat::html, template_dir, &errors[i]);
        if (errors[i].empty()) out[i] = print_pdf(html, browser, &errors[i]);
        break;
      }
      default: out[i] = render_with(data, formats[i], template_dir, &errors[i]);
    }
  });
  for (const std::string& e : errors)
    if (!e.empty()) {
      *error = e;
      return {};
    }
  return out;
}

std::string render_json(const Report& r) {
  JsonWriter w;
  w.begin_object();
  w.key("plan").value(r.plan->id);
  w.key("office").value(r.office->name);
  w.key("report_date");
  if (r.office->report_date) w.value(r.office->report_date->iso()); else w.null();
  w.key("schools").begin_object();
  w.key("expected").value(r.expected).key("submitted").value(r.submitted).key("valid").value(r.valid);
  w.key("on_time").value(r.on_time);
  w.key("missing").strings(r.missing).key("invalid").strings(r.invalid).key("unknown").strings(r.unknown);
  w.end_object();
  const Totals& t = r.totals;
  w.key("totals").begin_object();
  w.key("staff_total").value(t.staff_total).key("staff_informed").value(t.staff_informed);
  w.key("students_total").value(t.students_total).key("students_reached").value(t.students_reached);
  w.key("lessons").value(t.lessons).key("lesson_periods").value(t.lesson_periods);
  w.key("lesson_students").value(t.lesson_students).key("activities").value(t.activities);
  w.key("participants").begin_object();
  w.key("staff").value(t.participants_staff).key("students").value(t.participants_students);
  w.key("parents").value(t.participants_parents).key("others").value(t.participants_others);
  w.end_object();
  w.key("trainings").value(t.trainings).key("trained_staff").value(t.trained_staff);
  w.key("focal_persons").value(t.focal_persons).key("plans_issued").value(t.plans_issued);
  w.key("communication_programs").value(t.communication_programs);
  w.key("movement_integrated").value(t.movement_integrated);
  w.end_object();
  auto counts = [&](const char* key, const std::map<std::string, long long>& m, const std::string& vocab) {
    w.key(key).begin_object();
    for (const Term& term : r.plan->vocabulary(vocab).terms()) {
      auto it = m.find(term.code);
      w.key(term.code).value(it == m.end() ? 0LL : it->second);
    }
    w.end_object();
  };
  counts("activities_by_form", r.by_form, "form");
  counts("activities_by_partner", r.by_partner, "partner");
  counts("topics", r.by_topic, "topic");
  w.key("requirements").begin_array();
  for (const RequirementRow& q : r.requirements) {
    w.begin_object().key("id").value(q.requirement->id).key("clause").value(q.requirement->clause);
    w.key("met").value(q.met).key("not_met").value(q.not_met).key("schools_not_met").strings(q.schools_not_met);
    w.end_object();
  }
  w.end_array();
  w.key("per_school").begin_array();
  for (const SchoolRow& s : r.schools) {
    w.begin_object().key("code").value(s.code).key("status").value(s.status).key("late").value(s.late);
    w.key("not_met").strings(s.status == "valid" ? s.file->not_met(*r.plan) : std::vector<std::string>{});
    w.key("files").strings(s.paths);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace baocao
