#include "cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "atomic_write.h"
#include "compile.h"
#include "blank_form.h"
#include "diagnostic_printer.h"
#include "form_page.h"
#include "form_schema.h"
#include "input_files.h"
#include "json_writer.h"
#include "office.h"
#include "parallel.h"
#include "platform.h"
#include "plan.h"
#include "report.h"
#include "report_render.h"
#include "submission.h"
#include "validate.h"
#include "validate_output.h"
#include "utf8.h"
#include "vocabulary.h"

namespace baocao {

namespace {

constexpr int kOk = 0, kProblems = 1, kUsage = 2;

struct Common {
  std::string config;
  std::string plan = "pcmd-2024";
  std::string lang_name = "vi";
  Lang lang = Lang::vi;
};

bool use_color(FILE* stream) { return platform::terminal_supports_color(stream) && std::getenv("NO_COLOR") == nullptr; }

void add_common(CLI::App* cmd, Common& c, bool with_config = true) {
  if (with_config)
    cmd->add_option("--config", c.config, "tệp của phòng (mặc định: baocao.yaml trong thư mục hiện tại)");
  cmd->add_option("--plan", c.plan, "mã kế hoạch có sẵn hoặc đường dẫn tệp kế hoạch")->capture_default_str();
  cmd->add_option("--lang", c.lang_name, "ngôn ngữ thông báo: vi hoặc en")->check(CLI::IsMember({"vi", "en"}));
}

// Loads the plan; prints its problems to stderr.
std::optional<Plan> load_plan_for(const Common& c) {
  Diagnostics pd(c.lang);
  std::optional<SourceFile> plan_file;
  std::string io_error;
  std::optional<Plan> plan = load_plan(c.plan, pd, plan_file, &io_error);
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
std::string office_file(const Common& c, bool need_office) {
  if (!c.config.empty()) return c.config;
  if (std::filesystem::exists("baocao.yaml")) return "baocao.yaml";
  if (need_office)
    std::cerr << say(c.lang, "baocao: cần tệp của phòng: không có baocao.yaml ở thư mục hiện tại; dùng --config TỆP\n",
                     "baocao: the office file is needed: no baocao.yaml here; use --config FILE\n");
  return {};
}

// Loads the plan and, when there is one, the office file; prints their
// problems to stderr. Returns false on any problem (exit 2).
bool load_setup(const Common& c, bool need_office, std::optional<Plan>& plan, std::optional<Office>& office) {
  plan = load_plan_for(c);
  if (!plan) return false;
  std::string config = office_file(c, need_office);
  if (config.empty()) return !need_office;
  std::string problems;
  office = load_office(config, *plan, PrintStyle{c.lang, use_color(stderr)}, &problems);
  std::cerr << problems;
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

int run_validate(const Common& c, std::vector<std::string> paths, const std::string& format, bool strict,
                 unsigned jobs) {
  std::optional<Plan> plan = load_plan_for(c);
  if (!plan) return kUsage;
  if (paths.empty()) paths.push_back(".");
  InputFiles in = find_input_files(paths, c.lang);
  if (!report_inputs(in, c.lang)) return kUsage;
  bool json = format == "json";
  PrintStyle style{c.lang, use_color(stdout)};
  ValidateRequest request{&*plan, office_file(c, false), std::move(in.files), c.lang, PrintStyle{c.lang, use_color(stderr)},
                          nullptr, jobs};
  if (json)
    request.describe = [&](const Submission& s) { return describe_json(s, c.lang); };
  else
    request.describe = [&](const Submission& s) { return describe_text(s, style); };
  ValidateCounts counts;
  JsonWriter w;
  if (json) w.begin_object().key("files").begin_array();
  auto print = [&](const CheckedFile& f) {
    counts.add(f.valid, f.errors, f.warnings);
    if (json) w.raw(f.text); else std::cout << f.text;
  };
  std::string office_problems;
  bool ok = validate_files(request, print, &office_problems);
  std::cerr << office_problems;
  if (!ok) return kUsage;
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

struct Output {
  std::string path;
  ReportFormat format;
};

int run_compile(const Common& c, const std::vector<std::string>& paths, const std::vector<std::string>& outs,
                const std::string& format, const std::string& template_dir, bool strict, unsigned jobs) {
  std::vector<Output> outputs;
  for (const std::string& o : outs) {
    std::optional<ReportFormat> f = !format.empty() ? format_from_name(format) : format_from_extension(o);
    if (!f && o == "-") f = ReportFormat::md;
    if (!f) {
      std::cerr << say(c.lang, "baocao: không biết định dạng của `{}`: dùng đuôi .md, .html, .json, .docx, .pdf, .xlsx hoặc --format\n",
                       "baocao: can't tell the format of `{}`: use .md, .html, .json, .docx, .pdf, .xlsx or --format\n", o);
      return kUsage;
    }
    outputs.push_back({o, *f});
  }
  if (!template_dir.empty() && !platform::is_directory(template_dir)) {
    std::cerr << say(c.lang, "baocao: không có thư mục mẫu `{}`\n", "baocao: no template folder `{}`\n", template_dir);
    return kUsage;
  }
  std::optional<Plan> plan = load_plan_for(c);
  if (!plan) return kUsage;
  std::string config = office_file(c, true);
  if (config.empty()) return kUsage;
  InputFiles in = find_input_files(paths, c.lang);
  for (const std::string& f : in.files)
    if (f == "-") {
      std::cerr << say(c.lang, "baocao: compile không đọc từ đầu vào chuẩn (-)\n", "baocao: compile does not read standard input (-)\n");
      return kUsage;
    }
  if (!in.missing.empty() || !in.problems.empty()) report_inputs(in, c.lang);
  if (!in.missing.empty()) return kUsage;

  CompileRequest request{&*plan, config, in.files, PrintStyle{c.lang, use_color(stderr)}, jobs};
  std::string problems;
  std::unique_ptr<Compilation> compiled = compile(request, &problems);
  if (!compiled) {
    std::cerr << problems;
    return kUsage;
  }
  std::cerr << compiled->office_diagnostics;
  for (const std::string& d : compiled->diagnostics) std::cerr << d;
  const Report& report = compiled->report;
  std::cerr << say(c.lang, "Danh sách {} trường: {} đã nộp, {} hợp lệ, {} chưa nộp, {} có lỗi, {} tệp không rõ trường.\n",
                   "Roster of {} schools: {} submitted, {} valid, {} missing, {} invalid, {} files of no roster school.\n",
                   report.expected, report.submitted, report.valid, report.missing.size(), report.invalid.size(),
                   report.unknown.size());
  if (!report.missing.empty())
    std::cerr << say(c.lang, "Chưa nộp: {}\n", "Missing: {}\n", fmt::format("{}", fmt::join(report.missing, ", ")));
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

// The roster's school of that code; null, said on stderr, when there is none.
const RosterEntry* roster_school(const Common& c, const Office& office, const std::string& school) {
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

int run_init(const Common& c, const std::string& school, const std::string& out, bool force) {
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

int run_form(const Common& c, const std::string& school, const std::string& out) {
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

int run_plan(const Common& c, const std::string& format, bool export_source, bool schema) {
  std::optional<Plan> plan;
  std::optional<Office> office;
  if (!load_setup(c, false, plan, office)) return kUsage;
  if (export_source) {
    std::cout << plan->source;
    return kOk;
  }
  if (schema) {
    std::cout << form_schema(*plan, c.lang);
    return kOk;
  }
  if (format == "json") {
    JsonWriter w;
    w.begin_object().key("plan").value(plan->id).key("title").value(plan->title.in(c.lang));
    w.key("period").begin_object().key("from").value(plan->from.iso()).key("to").value(plan->to.iso()).end_object();
    w.key("requirements").begin_array();
    for (const Requirement& q : plan->requirements) {
      w.begin_object().key("id").value(q.id).key("clause").value(q.clause).key("text").value(q.text.in(c.lang));
      w.key("met_when").value(q.met_text().in(c.lang));
      w.key("severity").value(q.severity == Severity::error ? "error" : "warning");
      w.key("needs_roster").value(!q.roster_field.empty()).end_object();
    }
    w.end_array().end_object();
    std::cout << w.str();
    return kOk;
  }
  std::cout << fmt::format("{} ({})\n", plan->title.in(c.lang), plan->id);
  std::cout << say(c.lang, "Thời gian: {} – {}\n\n", "Period: {} – {}\n\n", plan->from.vi(), plan->to.vi());
  for (const Requirement& q : plan->requirements) {
    std::cout << say(c.lang, "{} (mục {}): {}\n", "{} (clause {}): {}\n", q.id, q.clause, q.text.in(c.lang));
    std::cout << say(c.lang, "    đạt khi: {}\n", "    met when: {}\n", q.met_text().in(c.lang));
    if (!q.roster_field.empty())
      std::cout << say(c.lang, "    chỉ đánh giá khi có danh sách trường ({})\n", "    evaluated only with a roster ({})\n",
                       q.roster_field);
  }
  return kOk;
}

const char* const kCommands[] = {"validate", "compile", "init", "form", "plan"};

// CLI11 calls an unknown command "A subcommand is required"; this says what was typed.
bool unknown_command(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return false;
  std::string cmd = argv[1];
  for (const char* k : kCommands)
    if (cmd == k) return false;
  std::string near = closest(cmd, {std::begin(kCommands), std::end(kCommands)});
  std::cerr << "baocao: không có lệnh `" << cmd << "` (unknown command)"
            << (near.empty() ? "" : "; có phải `" + near + "`? (did you mean `" + near + "`?)")
            << "\nCác lệnh: validate, compile, init, form, plan. Xem: baocao --help\n";
  return true;
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"baocao — kiểm tra và tổng hợp báo cáo của các trường (report compiler for education offices)", "baocao"};
  app.set_version_flag("--version", std::string("baocao ") + BAOCAO_VERSION);
  app.require_subcommand(1);
  app.allow_windows_style_options(false);  // on Windows CLI11 would take /home/… for an option

  Common common;
  std::vector<std::string> paths, outs;
  std::string vformat = "text", cformat, pformat = "text", template_dir, school, init_out;
  bool strict = false, force = false, export_source = false, schema = false;
  unsigned jobs = default_jobs();

  CLI::App* validate = app.add_subcommand("validate", "kiểm tra tệp báo cáo của trường (check school files)");
  add_common(validate, common);
  validate->add_option("PATH", paths, "tệp, thư mục, hoặc - (đầu vào chuẩn); mặc định: thư mục hiện tại");
  validate->add_option("--format", vformat, "text hoặc json")->check(CLI::IsMember({"text", "json"}));
  validate->add_flag("--strict", strict, "coi cảnh báo là lỗi (exit 1)");
  validate->add_option("-j,--jobs", jobs, "số luồng đọc tệp (mặc định: số nhân CPU)")->check(CLI::Range(1u, 256u));

  CLI::App* compile = app.add_subcommand("compile", "tổng hợp báo cáo của phòng (compile the office report)");
  add_common(compile, common);
  compile->add_option("PATH", paths, "tệp hoặc thư mục báo cáo của các trường")->required();
  compile->add_option("-o,--output", outs, "tệp báo cáo: .md, .html, .json, .docx, .pdf, .xlsx, hoặc - (đầu ra chuẩn)")->required();
  compile->add_option("--format", cformat, "md, html, json, docx, pdf hoặc xlsx (mặc định: theo đuôi tệp)")
      ->check(CLI::IsMember({"md", "html", "json", "docx", "pdf", "xlsx"}));
  compile->add_option("--template", template_dir, "thư mục mẫu thay cho mẫu có sẵn (report.md.mustache, report.html.mustache, report.docx.mustache, report.docx.styles.xml)");
  compile->add_flag("--strict", strict, "không ghi gì nếu có trường chưa nộp hoặc có lỗi");
  compile->add_option("-j,--jobs", jobs, "số luồng đọc tệp (mặc định: số nhân CPU)")->check(CLI::Range(1u, 256u));

  CLI::App* init = app.add_subcommand("init", "tạo biểu mẫu trắng cho một trường (write a blank form)");
  add_common(init, common);
  init->add_option("--school", school, "mã trường trong danh sách của phòng")->required();
  init->add_option("-o,--output", init_out, "tệp để ghi (mặc định: đầu ra chuẩn)");
  init->add_flag("--force", force, "ghi đè tệp đã có");

  std::string form_out;
  CLI::App* form = app.add_subcommand("form", "tạo trang nhập liệu cho trường, mở bằng trình duyệt (write the school's offline page)");
  add_common(form, common);
  form->add_option("--school", school, "mã trường (mặc định: trang cho chọn trường trong danh sách)");
  form->add_option("-o,--output", form_out, "tệp .html để ghi")->required();

  CLI::App* plan = app.add_subcommand("plan", "liệt kê yêu cầu của kế hoạch (list the plan's requirements)");
  add_common(plan, common, false);
  plan->add_option("--format", pformat, "text hoặc json")->check(CLI::IsMember({"text", "json"}));
  plan->add_flag("--export", export_source, "in tệp kế hoạch để làm mẫu cho kế hoạch mới");
  plan->add_flag("--schema", schema, "in JSON Schema của biểu mẫu (cho VS Code và trình soạn thảo có YAML language server)");

  if (unknown_command(argc, argv)) return kUsage;
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }
  common.lang = *parse_lang(common.lang_name);
  try {
    if (*validate) return run_validate(common, paths, vformat, strict, jobs);
    if (*compile) return run_compile(common, paths, outs, cformat, template_dir, strict, jobs);
    if (*init) return run_init(common, school, init_out, force);
    if (*form) return run_form(common, school, form_out);
    if (*plan) return run_plan(common, pformat, export_source, schema);
  } catch (const std::exception& e) {
    std::cerr << "baocao: " << e.what() << "\n";
    return kUsage;
  }
  return kUsage;
}

}  // namespace baocao
