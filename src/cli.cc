#include "cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>

#include "atomic_write.h"
#include "command_docs.h"
#include "command_table.h"
#include "compile.h"
#include "blank_form.h"
#include "diagnostic_printer.h"
#include "file_reader.h"
#include "form_page.h"
#include "form_schema.h"
#include "input_files.h"
#include "json_writer.h"
#include "office.h"
#include "parallel.h"
#include "platform.h"
#include "plan.h"
#include "plan_listing.h"
#include "report.h"
#include "report_render.h"
#include "compare.h"
#include "crosswalk.h"
#include "rollup.h"
#include "rollup_document.h"
#include "rollup_json.h"
#include "submission.h"
#include "validate.h"
#include "validate_output.h"
#include "utf8.h"
#include "vocabulary.h"

namespace baocao {

namespace {

constexpr int kOk = 0, kProblems = 1, kUsage = 2;

bool use_color(FILE* stream) { return platform::terminal_supports_color(stream) && std::getenv("NO_COLOR") == nullptr; }

// The plan for an office: --plan, else the one its office file names
// (`plan:`), else pcmd-2024.
std::string plan_choice(const Args& c, const std::string& office) {
  if (std::string named = c.value("--plan"); !named.empty()) return named;
  std::string err;
  if (!office.empty())
    if (std::optional<std::string> text = read_input(office, c.lang, &err))
      if (std::string named = office_plan(office, *text); !named.empty()) return named;
  return "pcmd-2024";
}

// Loads the plan for `office` ("" for none); prints its problems to stderr.
std::optional<Plan> load_plan_for(const Args& c, const std::string& office) {
  Diagnostics pd(c.lang);
  std::optional<SourceFile> plan_file;
  std::string io_error;
  std::optional<Plan> plan = load_plan(plan_choice(c, office), pd, plan_file, &io_error);
  if (!io_error.empty()) {
    std::cerr << say(c.lang, "baocao: {}\n", "baocao: {}\n", io_error);
    return std::nullopt;
  }
  if (!plan) {
    std::cerr << format_diagnostics(plan_file->path(), &*plan_file, pd, PrintStyle{c.lang, use_color(stderr)});
    std::cerr << say(c.lang, "baocao: tệp kế hoạch {} có lỗi\n", "baocao: the plan file {} has errors\n", plan_file->path());
  }
  return plan;
}

// The office file: --config, else baocao.yaml here, else "" (said on
// stderr when one is needed).
std::string office_file(const Args& c, bool need_office) {
  if (std::string config = c.value("--config"); !config.empty()) return config;
  if (std::filesystem::exists("baocao.yaml")) return "baocao.yaml";
  if (need_office)
    std::cerr << say(c.lang, "baocao: cần tệp của phòng: không có baocao.yaml ở thư mục hiện tại; dùng --config TỆP\n",
                     "baocao: the office file is needed: no baocao.yaml here; use --config FILE\n");
  return {};
}

// Loads the plan and, when there is one, the office file; prints their
// problems to stderr. Returns false on any problem (exit 2).
bool load_setup(const Args& c, bool need_office, std::optional<Plan>& plan, std::optional<Office>& office) {
  std::string config = office_file(c, need_office);
  if (config.empty() && need_office) return false;
  plan = load_plan_for(c, config);
  if (!plan) return false;
  if (config.empty()) return true;
  Diagnostics diags(c.lang);
  std::optional<SourceFile> file;
  std::string io_error;
  office = load_office(config, *plan, diags, file, &io_error);
  std::cerr << describe_office_problems(config, file, diags, io_error, !office, PrintStyle{c.lang, use_color(stderr)});
  return office.has_value();
}

bool report_inputs(const InputFiles& in, Lang lang) {
  for (const std::string& m : in.missing)
    std::cerr << say(lang, "baocao: không có tệp hay thư mục `{}`\n", "baocao: no such file or folder `{}`\n", m);
  for (const InputProblem& p : in.problems) std::cerr << fmt::format("baocao: {}: {}\n", p.path, p.message);
  if (!in.missing.empty()) return false;
  if (in.files.empty()) {
    std::cerr << say(lang, "baocao: không tìm thấy tệp báo cáo nào (*.yaml, *.yml)\n",
                     "baocao: no report file found (*.yaml, *.yml)\n");
    return false;
  }
  return true;
}

}  // namespace

int run_validate(const Args& c) {
  std::vector<std::string> paths = c.values("PATH");
  std::string format = c.value("--format");
  bool strict = c.flag("--strict");
  unsigned jobs = c.number("--jobs", default_jobs());
  const std::string config = c.value("--config");
  if (paths.empty()) paths.push_back(".");
  InputFiles in = find_input_files(paths, c.lang);
  if (!report_inputs(in, c.lang)) return kUsage;
  // Each file is checked against its own office (the nearest baocao.yaml
  // above it) and that office's plan, unless --config names one for all.
  std::vector<std::string> offices =
      config.empty() ? nearest_office_files(in.files) : std::vector<std::string>(in.files.size(), config);
  const std::string here = office_file(c, false);
  for (std::string& o : offices)
    if (o.empty()) o = here;
  bool json = format == "json";
  PrintStyle style{c.lang, use_color(stdout)};
  ValidateRequest request{nullptr, {}, {}, c.lang, PrintStyle{c.lang, use_color(stderr)}, nullptr, jobs,
                          {in.named.begin(), in.named.end()}};
  if (json)
    request.describe = [&](const Submission& s) { return describe_json(s, c.lang); };
  else
    request.describe = [&](const Submission& s) { return describe_text(s, style); };
  ValidateCounts counts;
  JsonWriter w;
  if (json) w.begin_object().key("files").begin_array();
  auto print = [&](const CheckedFile& f) {
    if (f.skipped) return;
    counts.add(f.valid, f.errors, f.warnings);
    if (json) w.raw(f.text); else std::cout << f.text;
  };
  std::map<std::string, std::optional<Plan>> plans;  // by office file
  std::set<std::string> told;                        // office files whose problems are printed
  for (std::size_t start = 0, end = 0; start < in.files.size(); start = end) {
    while (end < in.files.size() && offices[end] == offices[start]) ++end;
    const std::string& office = offices[start];
    auto plan = plans.find(office);
    if (plan == plans.end()) plan = plans.emplace(office, load_plan_for(c, office)).first;
    if (!plan->second) return kUsage;
    request.plan = &*plan->second;
    request.office_file = office;
    request.files.assign(in.files.begin() + static_cast<std::ptrdiff_t>(start),
                         in.files.begin() + static_cast<std::ptrdiff_t>(end));
    std::string office_problems;
    bool ok = validate_files(request, print, &office_problems);
    if (told.insert(office).second) std::cerr << office_problems;
    if (!ok) return kUsage;
  }
  if (json) {
    w.end_array().key("summary");
    write_summary_json(w, counts);
    w.end_object();
    std::cout << w.str();
  } else {
    std::cout << summary_line(c.lang, counts);
  }
  return counts.exit_code(strict);
}

namespace {

// The schools not submitted, each with what it sent instead when it sent a
// Word, Excel, PDF… file: "TH-CX (gửi tệp Word (.docx, .doc))".
std::vector<std::string> missing_words(const Report& report, Lang lang) {
  std::vector<std::string> out;
  for (const SchoolRow& s : report.schools) {
    if (s.status != SchoolStatus::missing) continue;
    out.push_back(s.code);
    for (const FileSummary* f : s.other_files)
      out.back() += say(lang, " (gửi {}: {})", " (sent {}: {})", f->not_school_file, f->path);
  }
  return out;
}

struct Output {
  std::string path;
  ReportFormat format;
};

}  // namespace

int run_compile(const Args& c) {
  const std::vector<std::string>& paths = c.values("PATH");
  std::string format = c.value("--format"), template_dir = c.value("--template");
  bool strict = c.flag("--strict");
  unsigned jobs = c.number("--jobs", default_jobs());
  std::vector<Output> outputs;
  for (const std::string& o : c.values("--output")) {
    std::optional<ReportFormat> f = !format.empty() ? format_from_name(format) : format_from_extension(o);
    if (!f && o == "-") f = ReportFormat::md;
    if (!f) {
      std::vector<std::string> extensions;
      for (const FormatRow& r : report_formats()) extensions.push_back(std::string(".") + r.name);
      std::cerr << say(c.lang, "baocao: không biết định dạng của `{}`: dùng đuôi {} hoặc --format\n",
                       "baocao: can't tell the format of `{}`: use {} or --format\n", o, fmt::join(extensions, ", "));
      return kUsage;
    }
    outputs.push_back({o, *f});
  }
  if (!template_dir.empty() && !platform::is_directory(template_dir)) {
    std::cerr << say(c.lang, "baocao: không có thư mục mẫu `{}`\n", "baocao: no template folder `{}`\n", template_dir);
    return kUsage;
  }
  // The template folder is checked first: a mistake in it writes nothing.
  if (!template_dir.empty()) {
    bool failed = false;
    std::cerr << check_templates(template_dir, PrintStyle{c.lang, use_color(stderr)}, &failed);
    if (failed) {
      std::cerr << say(c.lang, "baocao: thư mục mẫu `{}` có lỗi, không ghi gì\n",
                       "baocao: the template folder `{}` has mistakes; nothing written\n", template_dir);
      return kUsage;
    }
  }
  std::string config = office_file(c, true);
  if (config.empty()) return kUsage;
  std::optional<Plan> plan = load_plan_for(c, config);
  if (!plan) return kUsage;
  InputFiles in = find_input_files(paths, c.lang);
  for (const std::string& f : in.files)
    if (f == "-") {
      std::cerr << say(c.lang, "baocao: compile không đọc từ đầu vào chuẩn (-)\n", "baocao: compile does not read standard input (-)\n");
      return kUsage;
    }
  if (!in.missing.empty() || !in.problems.empty()) report_inputs(in, c.lang);
  if (!in.missing.empty()) return kUsage;

  // The earlier report and the crosswalk are read first: a wrong file stops
  // the run before the schools' files are read.
  std::optional<UnitReport> earlier;
  if (std::string previous = c.value("--previous"); !previous.empty()) {
    std::string problems;
    earlier = load_unit_report(previous, PrintStyle{c.lang, use_color(stderr)}, &problems);
    if (!earlier) {
      std::cerr << problems << say(c.lang, "baocao: không đọc được báo cáo kỳ trước, không ghi gì\n",
                                   "baocao: the previous report could not be read; nothing written\n");
      return kUsage;
    }
  }
  std::optional<Crosswalk> crosswalk;
  if (std::string units = c.value("--units"); !units.empty()) {
    std::string problems;
    crosswalk = load_crosswalk(units, PrintStyle{c.lang, use_color(stderr)}, &problems);
    if (!crosswalk) {
      std::cerr << problems << say(c.lang, "baocao: không đọc được bảng chuyển đổi, không ghi gì\n",
                                   "baocao: the crosswalk could not be read; nothing written\n");
      return kUsage;
    }
  }
  CompileRequest request{&*plan, config, in.files, PrintStyle{c.lang, use_color(stderr)}, jobs};
  std::string problems;
  std::unique_ptr<Compilation> compiled = compile(request, &problems);
  if (!compiled) {
    std::cerr << problems;
    return kUsage;
  }
  std::cerr << compiled->office_diagnostics;
  for (const std::string& d : compiled->diagnostics) std::cerr << d;
  if (crosswalk) {
    std::vector<const SchoolRow*> unplaced = add_units(compiled->report, *crosswalk);
    // The roster's school, so the office file is the file to fix (or the crosswalk).
    for (const SchoolRow* s : unplaced) {
      Diagnostic d;
      d.code = "E621";
      d.message = say(c.lang, "trường `{}` ({}) ở xã `{}`, không có trong bảng chuyển đổi",
                      "school `{}` ({}) is in commune `{}`, which is in neither list of the crosswalk", s->code,
                      s->name, s->commune);
      d.hint = say(c.lang, "thêm xã này vào bảng chuyển đổi (--units), dưới `then:` của xã mới mà nó thuộc về",
                   "add the commune to the crosswalk (--units), under `then:` of the new commune it belongs to");
      std::cerr << format_diagnostic(config, nullptr, d, PrintStyle{c.lang, use_color(stderr)});
    }
    if (!unplaced.empty()) {
      std::cerr << say(c.lang, "baocao: không tổng hợp được theo xã sau sắp xếp, không ghi gì\n",
                       "baocao: cannot group by commune as now; nothing written\n");
      return kUsage;
    }
  }
  if (earlier) {
    Comparison& cmp = compiled->report.comparison.emplace(compare_reports(compared_side(compiled->report), earlier->report));
    std::vector<std::string> ids;
    for (const NotCompared& n : cmp.not_compared) ids.push_back(n.id);
    std::set<std::string> tables;  // the breakdowns with a cell compared
    for (const CellChange& f : cmp.cell_changes) tables.insert(f.id);
    std::cerr << say(c.lang, "So sánh với {}: {} số liệu, {} bảng phân loại, {} tỷ lệ",
                     "Compared with {}: {} figures, {} breakdowns, {} shares", cmp.period_name(c.lang),
                     cmp.changes.size() + cmp.codes_changes.size(), tables.size(), cmp.ratio_changes.size());
    if (!ids.empty())
      std::cerr << say(c.lang, "; không so sánh được: {}", "; not compared: {}", fmt::format("{}", fmt::join(ids, ", ")));
    std::cerr << ".\n";
  }
  const Report& report = compiled->report;
  std::cerr << say(c.lang, "Danh sách {} trường: {} đã nộp, {} hợp lệ, {} chưa nộp, {} có lỗi, {} tệp không rõ trường.\n",
                   "Roster of {} schools: {} submitted, {} valid, {} missing, {} invalid, {} files of no roster school.\n",
                   report.expected, report.submitted, report.valid, report.missing.size(), report.invalid.size(),
                   report.unknown.size());
  if (!report.missing.empty())
    std::cerr << say(c.lang, "Chưa nộp: {}\n", "Missing: {}\n", fmt::format("{}", fmt::join(missing_words(report, c.lang), ", ")));
  if (!report.blank.empty())
    std::cerr << say(c.lang, "Gửi mẫu trống, chưa điền (chưa tính là đã nộp): {}\n",
                     "Sent the blank form unfilled (not counted as submitted): {}\n",
                     fmt::format("{}", fmt::join(report.blank, ", ")));
  if (!report.invalid.empty())
    std::cerr << say(c.lang, "Có lỗi: {}\n", "Invalid: {}\n", fmt::format("{}", fmt::join(report.invalid, ", ")));
  if (strict && !report.complete()) {
    std::cerr << say(c.lang, "baocao: --strict: chưa đủ báo cáo hợp lệ, không ghi báo cáo\n",
                     "baocao: --strict: reports missing or invalid, nothing written\n");
    return kProblems;
  }
  // Render everything first: a template error must leave every output untouched.
  std::vector<ReportFormat> formats;
  for (const Output& o : outputs) formats.push_back(o.format);
  std::string error;
  std::vector<std::string> rendered = render_all(report, formats, template_dir, jobs, &error);
  if (!error.empty()) {
    std::cerr << fmt::format("baocao: {}\n", error);
    return kUsage;
  }
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i].path == "-") {
      std::cout << rendered[i];
      continue;
    }
    std::string err = write_atomically(outputs[i].path, rendered[i]);
    if (!err.empty()) {
      std::cerr << say(c.lang, "baocao: không ghi được {}: {}\n", "baocao: can't write {}: {}\n", outputs[i].path, err);
      return kUsage;
    }
    std::cerr << say(c.lang, "Đã ghi báo cáo: {}\n", "Report written: {}\n", outputs[i].path);
  }
  return report.complete() ? kOk : kProblems;
}

// The higher office's report from its units' JSON reports: nothing is
// written when a report cannot be read or added (exit 2).
int run_rollup(const Args& c) {
  const std::vector<std::string>& paths = c.values("REPORT");
  const std::vector<std::string>& outs = c.values("--output");
  std::string previous_path = c.value("--previous"), units_path = c.value("--units");
  std::vector<Output> outputs;
  for (const std::string& o : outs) {
    std::optional<ReportFormat> f = o == "-" ? ReportFormat::json : format_from_extension(o);
    if (!f) {
      std::vector<std::string> extensions;
      for (const FormatRow& r : report_formats()) extensions.push_back(std::string(".") + r.name);
      std::cerr << say(c.lang, "baocao: không biết định dạng của `{}`: dùng đuôi {}\n",
                       "baocao: can't tell the format of `{}`: use {}\n", o, fmt::join(extensions, ", "));
      return kUsage;
    }
    outputs.push_back({o, *f});
  }
  std::optional<Plan> plan = load_plan_for(c, office_file(c, false));
  if (!plan) return kUsage;
  std::string config = office_file(c, true);
  if (config.empty()) return kUsage;
  PrintStyle style{c.lang, use_color(stderr)};
  Diagnostics diags(c.lang);
  std::optional<SourceFile> file;
  std::string io_error;
  std::optional<Office> office = load_office(config, *plan, diags, file, &io_error, true);
  std::cerr << describe_office_problems(config, file, diags, io_error, !office, style);
  if (!office) return kUsage;
  std::string problems;
  std::vector<UnitReport> reports;
  for (const std::string& p : paths)
    if (std::optional<UnitReport> u = load_unit_report(p, style, &problems)) reports.push_back(std::move(*u));
  std::optional<UnitReport> previous;
  if (!previous_path.empty()) previous = load_unit_report(previous_path, style, &problems);
  std::optional<Crosswalk> crosswalk;
  if (!units_path.empty()) crosswalk = load_crosswalk(units_path, style, &problems);
  if (!problems.empty()) {
    std::cerr << problems << say(c.lang, "baocao: có báo cáo không đọc được, không ghi gì\n",
                                 "baocao: some reports could not be read; nothing written\n");
    return kUsage;
  }
  Rollup r = roll_up(*plan, *office, reports, previous ? &previous->report : nullptr, c.lang,
                     crosswalk ? &*crosswalk : nullptr);
  if (!r.problems.empty()) {
    std::cerr << format_rollup_problems(r.problems, style)
              << say(c.lang, "baocao: không tổng hợp được, không ghi gì\n", "baocao: cannot roll up; nothing written\n");
    return kUsage;
  }
  std::size_t sent = 0;
  for (const ReportUnitEntry& u : r.report.units) sent += u.submitted;
  std::cerr << say(c.lang, "{} đơn vị: {} đã gửi, {} chưa gửi. {} trường: {} đã nộp, {} hợp lệ.\n",
                   "{} units: {} sent, {} not sent. {} schools: {} submitted, {} valid.\n", r.report.units.size(), sent,
                   r.report.units.size() - sent, r.report.expected, r.report.submitted, r.report.valid);
  std::optional<Comparison> comparison;
  if (previous) comparison = compare_reports(r.report, previous->report);
  // The JSON is the roll-up's own (every school's values, its inputs, its
  // units); the documents are compile's, over the units' schools.
  std::vector<ReportFormat> documents;
  for (const Output& o : outputs)
    if (o.format != ReportFormat::json) documents.push_back(o.format);
  std::unique_ptr<RollupDocument> doc;
  std::vector<std::string> rendered;
  if (!documents.empty()) {
    doc = rollup_document(*plan, *office, r, c.lang);
    if (crosswalk) add_units(doc->report, *crosswalk);  // a commune it lacks was E621 above
    doc->report.comparison = comparison;
    std::string error;
    rendered = render_all(doc->report, documents, "", default_jobs(), &error);
    if (!error.empty()) {
      std::cerr << fmt::format("baocao: {}\n", error);
      return kUsage;
    }
  }
  std::string json = write_report_json(r.report, r.breakdowns, comparison ? &*comparison : nullptr);
  std::size_t next_document = 0;
  for (const Output& o : outputs) {
    const std::string& bytes = o.format == ReportFormat::json ? json : rendered[next_document++];
    if (o.path == "-") {
      std::cout << bytes;
      continue;
    }
    std::string err = write_atomically(o.path, bytes);
    if (!err.empty()) {
      std::cerr << say(c.lang, "baocao: không ghi được {}: {}\n", "baocao: can't write {}: {}\n", o.path, err);
      return kUsage;
    }
    std::cerr << say(c.lang, "Đã ghi báo cáo: {}\n", "Report written: {}\n", o.path);
  }
  bool complete = sent == r.report.units.size() && r.report.missing.empty() && r.report.invalid.empty();
  return complete ? kOk : kProblems;
}

// The roster's school of that code; null, said on stderr, when there is none.
const RosterEntry* roster_school(const Args& c, const Office& office, const std::string& school) {
  const RosterEntry* entry = office.find(school);
  if (!entry) {
    std::vector<std::string> codes;
    for (const RosterEntry& e : office.schools()) codes.push_back(e.code);
    std::string near = closest(school, codes);
    std::cerr << say(c.lang, "baocao: mã trường `{}` không có trong danh sách của phòng{}\n",
                     "baocao: school code `{}` is not on the roster{}\n", school,
                     near.empty() ? "" : say(c.lang, "; có phải `{}`?", "; did you mean `{}`?", near));
  }
  return entry;
}

int run_init(const Args& c) {
  std::string school = c.value("--school"), out = c.value("--output");
  bool force = c.flag("--force");
  std::optional<Plan> plan;
  std::optional<Office> office;
  if (!load_setup(c, true, plan, office)) return kUsage;
  const RosterEntry* entry = roster_school(c, *office, school);
  if (!entry) return kUsage;
  std::string form = blank_form(*plan, *entry, *office);
  if (out.empty() || out == "-") {
    std::cout << form;
    return kOk;
  }
  if (!force && platform::exists(out)) {
    std::cerr << say(c.lang, "baocao: {} đã có; không ghi đè một báo cáo có thể đã điền (dùng --force nếu chắc chắn)\n",
                     "baocao: {} exists; not overwriting a form that may be filled in (use --force if sure)\n", out);
    return kUsage;
  }
  std::string err = write_atomically(out, form);
  if (!err.empty()) {
    std::cerr << say(c.lang, "baocao: không ghi được {}: {}\n", "baocao: can't write {}: {}\n", out, err);
    return kUsage;
  }
  std::cerr << say(c.lang, "Đã tạo biểu mẫu: {}\n", "Form written: {}\n", out);
  return kOk;
}

int run_form(const Args& c) {
  std::string school = c.value("--school"), out = c.value("--output");
  std::optional<Plan> plan;
  std::optional<Office> office;
  if (!load_setup(c, true, plan, office)) return kUsage;
  if (!school.empty() && !roster_school(c, *office, school)) return kUsage;
  std::string err = write_form_page(*plan, *office, school, c.lang, out);
  if (!err.empty()) {
    std::cerr << "baocao: " << err << "\n";
    return kUsage;
  }
  std::cerr << say(c.lang, "Đã ghi trang nhập liệu: {}\n", "Page written: {}\n", out);
  return kOk;
}

int run_plan(const Args& c) {
  std::string format = c.value("--format");
  std::optional<Plan> plan;
  std::optional<Office> office;
  if (!load_setup(c, false, plan, office)) return kUsage;
  if (c.flag("--export")) {
    std::cout << plan->source;
    return kOk;
  }
  if (c.flag("--schema")) {
    std::cout << form_schema(*plan, c.lang);
    return kOk;
  }
  std::cout << (format == "json" ? plan_json(*plan, c.lang) : plan_text(*plan, c.lang));
  return kOk;
}

namespace {

std::vector<std::string> command_names() {
  std::vector<std::string> names;
  for (const CommandRow& c : commands()) names.push_back(c.name);
  return names;
}

// The first word that is not an option (nor --lang's value): the command.
const char* typed_command(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--lang") ++i;
    else if (a.empty() || a[0] != '-') return argv[i];
  }
  return nullptr;
}

std::string unknown_command_message(const std::string& typed, Lang lang) {
  std::string near = closest(typed, command_names());
  return say(lang, "baocao: không có lệnh `{}`{}\nCác lệnh: {}. Xem: baocao --help\n",
             "baocao: no command `{}`{}\nThe commands: {}. See: baocao --help\n", typed,
             near.empty() ? "" : say(lang, "; có phải `{}`?", "; did you mean `{}`?", near),
             fmt::join(command_names(), ", "));
}

const OptionRow* find_option(const CommandRow* command, std::string_view name) {
  if (!command) return nullptr;
  for (const OptionRow& o : command->options) {
    if (o.positional() && (name == o.value.vi || name == o.value.en)) return &o;
    std::string_view all = o.names;
    while (!all.empty()) {
      std::size_t comma = all.find(',');
      if (all.substr(0, comma) == name) return &o;
      if (comma == std::string_view::npos) break;
      all.remove_prefix(comma + 1);
    }
  }
  return nullptr;
}

std::string after(const std::string& text, std::string_view marker) {
  std::size_t at = text.find(marker);
  return at == std::string::npos ? std::string() : text.substr(at + marker.size());
}

// The parser's failure in the chosen language. CLI11 words its errors in
// English only; each kind it throws is recognised by its class and the
// option it names, and said again here.
std::string failure_text(const CLI::Error& e, const CommandRow* command, Lang lang) {
  std::string what = e.what();
  std::string prefix = command ? fmt::format("baocao {}: ", command->name) : "baocao: ";
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    if (!command)
      return say(lang, "baocao: cần một lệnh: {}\n", "baocao: a command is needed: {}\n",
                 fmt::join(command_names(), ", "));
    std::string name = what.substr(0, what.find(" is required"));
    if (const OptionRow* o = find_option(command, name))
      return prefix + say(lang, "thiếu {} ({})\n", "{} is missing ({})\n",
                          o->positional() ? o->value.in(lang) : name, o->help.in(lang));
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return prefix + what + "\n";  // our own checks' words
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    std::string name = what.substr(0, what.find(':'));
    const OptionRow* o = find_option(command, name);
    if (o && !o->is_flag() && what.find("missing") != std::string::npos)
      return prefix + say(lang, "{} cần một giá trị: {}\n", "{} needs a value: {}\n", name, o->value.in(lang));
    if (o && !o->is_flag())
      return prefix + say(lang, "{} chỉ được cho một lần\n", "{} may be given once only\n", name);
    if (o && o->is_flag()) return prefix + say(lang, "{} không nhận giá trị\n", "{} takes no value\n", name);
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e)) {
    std::string name = what.substr(0, what.find(':'));
    if (const OptionRow* o = find_option(command, name); o && o->is_flag())
      return prefix + say(lang, "{} không nhận giá trị\n", "{} takes no value\n", name);
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    std::string extra = after(what, "expected: ");
    std::string word = extra.substr(0, extra.find(' '));
    std::string near;
    if (command && !word.empty() && word[0] == '-') {
      std::vector<std::string> names;
      for (const OptionRow& o : command->options)
        if (!o.positional()) names.emplace_back(o.key());
      near = closest(word.substr(0, word.find('=')), names);
    }
    return prefix + say(lang, "không hiểu `{}`{}\n", "`{}` was not expected{}\n", extra,
                        near.empty() ? "" : say(lang, "; có phải `{}`?", "; did you mean `{}`?", near));
  }
  return prefix + say(lang, "dòng lệnh không đúng ({})\n", "{}\n", what);
}

std::string help_hint(const CommandRow* command, Lang lang) {
  std::string cmd = command ? std::string(" ") + command->name : "";
  return say(lang, "Xem: baocao{} --help\n", "See: baocao{} --help\n", cmd);
}

// A validator whose failure is worded in the chosen language.
CLI::Validator check_for(const OptionRow& row, Lang lang) {
  if (row.max_number > 0) {
    unsigned max = row.max_number;
    return CLI::Validator(
        [max, lang](std::string& v) -> std::string {
          char* end = nullptr;
          unsigned long n = std::strtoul(v.c_str(), &end, 10);
          if (v.empty() || *end != '\0' || v[0] == '-' || n < 1 || n > max)
            return say(lang, "`{}` không phải một số từ 1 đến {}", "`{}` is not a number from 1 to {}", v, max);
          return {};
        },
        fmt::format("1..{}", max));
  }
  std::vector<std::string_view> choices = row.choice_list();
  return CLI::Validator(
      [choices, lang](std::string& v) -> std::string {
        for (std::string_view c : choices)
          if (v == c) return {};
        std::vector<std::string> names(choices.begin(), choices.end());
        std::string near = closest(v, names);
        return say(lang, "`{}` không dùng được; chọn một trong: {}{}", "`{}` is not taken; choose one of: {}{}", v,
                   fmt::join(choices, ", "),
                   near.empty() ? "" : say(lang, " (có phải `{}`?)", " (did you mean `{}`?)", near));
      },
      fmt::format("{{{}}}", fmt::join(choices, ",")));
}

CLI::Option* add_row(CLI::App* cmd, const OptionRow& row, Lang lang,
                     std::map<std::string, std::vector<std::string>>& store) {
  std::string key(row.key());
  CLI::Option* o;
  if (row.immediate) {
    // Runs while parsing, before the command's required options are asked for.
    o = cmd->add_flag_callback(row.names, [&row] {
      row.immediate();
      throw CLI::Success();
    }, row.help.in(lang));
  } else if (row.is_flag()) {
    o = cmd->add_flag(row.names)->description(row.help.in(lang));
  } else {
    // A positional is named in the reader's language ("ĐƯỜNG_DẪN"); its key stays "PATH".
    std::string names = row.positional() ? row.value.in(lang) : row.names;
    o = cmd->add_option(names, store[key], row.help.in(lang));
    // One value per -o, as the synopsis shows: `-o a.md nop` must not take nop as a second output.
    if (!row.positional()) o->allow_extra_args(false);
    if (!row.positional() && !(row.flags & kRepeated)) o->expected(1);
    o->type_name(row.positional() ? "" : row.value.in(lang));
    if (row.choices || row.max_number) o->check(check_for(row, lang));
    if (row.default_value) o->default_str(row.default_value);
  }
  if (row.flags & kRequired) o->required();
  return o;
}

void translate_help(CLI::App& app, Lang lang) {
  auto f = app.get_formatter();
  f->label("Usage", say(lang, "Cách dùng", "Usage"));
  f->label("OPTIONS", say(lang, "TUỲ_CHỌN", "OPTIONS"));
  f->label("SUBCOMMAND", say(lang, "LỆNH", "COMMAND"));
  f->label("SUBCOMMANDS", say(lang, "LỆNH", "COMMANDS"));
  f->label("Positionals", say(lang, "Đối số", "Arguments"));
  f->label("REQUIRED", say(lang, "(bắt buộc)", "(required)"));
  f->column_width(28);
  app.option_defaults()->group(say(lang, "Tuỳ chọn", "Options"));
}

std::string root_footer(Lang lang) {
  std::vector<std::string> formats, env;
  for (const FormatRow& f : report_formats()) formats.push_back(fmt::format("  {:<6}{}", f.name, f.what.in(lang)));
  for (const EnvRow& v : environment_variables()) env.push_back(fmt::format("  {:<16}{}", v.name, v.what.in(lang)));
  return say(lang,
             "Định dạng báo cáo (compile -o TỆP.đuôi hoặc --format):\n{}\n\nBiến môi trường:\n{}\n\n"
             "Mã thoát: 0 không có lỗi; 1 có tệp có lỗi hoặc trường chưa nộp; 2 dùng sai lệnh hoặc lỗi cài đặt.\n"
             "Xem một lệnh: baocao LỆNH --help",
             "Report formats (compile -o FILE.ext or --format):\n{}\n\nEnvironment variables:\n{}\n\n"
             "Exit codes: 0 no errors; 1 files with errors or schools missing; 2 usage or setup error.\n"
             "One command's options: baocao COMMAND --help",
             fmt::join(formats, "\n"), fmt::join(env, "\n"));
}

}  // namespace

int run_cli(int argc, char** argv) {
  Lang lang = lang_of_arguments(argc, argv);
  if (argc == 2 && std::string_view(argv[1]) == "--generate-bash-completion") {
    std::cout << bash_completion();
    return kOk;
  }
  if (argc == 3 && std::string_view(argv[1]) == "--generate-man") {
    std::string err;
    std::string page = manual_page(argv[2], &err);
    if (!err.empty()) {
      std::cerr << "baocao: " << err << "\n";
      return kUsage;
    }
    std::cout << page;
    return kOk;
  }
  if (const char* typed = typed_command(argc, argv); typed && !find_command(typed)) {
    std::cerr << unknown_command_message(typed, lang);
    return kUsage;
  }

  CLI::App app{say(lang, "baocao — kiểm tra và tổng hợp báo cáo của các trường",
                   "baocao — checks and compiles the schools' reports for an education office"),
               "baocao"};
  translate_help(app, lang);
  app.set_help_flag("-h,--help", say(lang, "in hướng dẫn này rồi thoát", "print this help and exit"));
  app.set_version_flag("--version", std::string("baocao ") + BAOCAO_VERSION,
                       say(lang, "in phiên bản rồi thoát", "print the version and exit"));
  std::string top_lang;
  app.add_option("--lang", top_lang, say(lang, "ngôn ngữ: vi (mặc định) hoặc en", "language: vi (default) or en"))
      ->type_name(say(lang, "NGÔN_NGỮ", "LANGUAGE"))
      ->check(check_for(*find_option(find_command("validate"), "--lang"), lang));
  app.require_subcommand(1);
  app.allow_windows_style_options(false);  // on Windows CLI11 would take /home/… for an option
  app.footer(root_footer(lang));

  std::map<std::string, std::vector<std::string>> store;
  std::map<const OptionRow*, CLI::Option*> parsed;
  std::vector<std::pair<CLI::App*, const CommandRow*>> built;
  for (const CommandRow& row : commands()) {
    CLI::App* cmd = app.add_subcommand(row.name, row.summary.in(lang));
    cmd->group(say(lang, "Lệnh", "Commands"));
    cmd->get_help_ptr()->group(say(lang, "Tuỳ chọn", "Options"));
    for (const OptionRow& o : row.options) parsed[&o] = add_row(cmd, o, lang, store);
    built.emplace_back(cmd, &row);
  }
  auto chosen = [&]() -> std::pair<CLI::App*, const CommandRow*> {
    for (auto& b : built)
      if (b.first->parsed()) return b;
    return {nullptr, nullptr};
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    const CommandRow* command = chosen().second;
    std::cerr << failure_text(e, command, lang) << help_hint(command, lang);
    return kUsage;
  }
  const CommandRow* row = chosen().second;
  if (!row) return kUsage;
  Args args;
  args.lang = lang;
  args.command = row;
  for (const OptionRow& o : row->options) {
    std::string key(o.key());
    if (parsed[&o]->count() == 0) continue;
    args.given[key] = o.is_flag() ? std::vector<std::string>{} : store[key];
  }
  try {
    return row->run(args);
  } catch (const std::exception& e) {
    std::cerr << "baocao: " << e.what() << "\n";
    return kUsage;
  }
}

}  // namespace baocao
