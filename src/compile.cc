#include "compile.h"

#include <atomic>
#include <chrono>
#include <unordered_map>

#include "file_reader.h"
#include "parallel.h"
#include "submission.h"
#include "utf8.h"

namespace baocao {

std::optional<Office> load_office(const std::string& path, const Plan& plan, const PrintStyle& style,
                                  std::string* problems, bool for_report, bool units) {
  std::string err;
  std::optional<std::string> bytes = read_input(path, style.lang, &err);
  if (!bytes) {
    *problems = fmt::format("baocao: {}: {}\n", path, err);
    return std::nullopt;
  }
  SourceFile file(path, std::move(*bytes));
  Diagnostics diags(style.lang);
  std::optional<Office> office = read_office(file, plan, diags, units);
  if (office && for_report) check_narrative(*office, diags);
  if (!office)
    *problems = format_diagnostics(path, &file, diags, style) +
                say(style.lang, "baocao: tệp của phòng {} có lỗi\n", "baocao: the office file {} has errors\n", path);
  else if (diags.warning_count() > 0)
    *problems = format_diagnostics(path, &file, diags, style);
  return office;
}

namespace {

// Two files claiming one school make both suspect: each gets E207, pointing
// at the others, as an error of its own.
void mark_claims(Compilation& c, const PrintStyle& style) {
  std::unordered_map<std::string, std::vector<std::size_t>> by_code;
  for (std::size_t i = 0; i < c.files.size(); ++i)
    if (!c.files[i].code.empty()) by_code[c.files[i].code].push_back(i);
  for (std::size_t i = 0; i < c.files.size(); ++i) {
    FileSummary& f = c.files[i];
    if (f.code.empty()) continue;
    const std::vector<std::size_t>& claims = by_code[f.code];
    if (claims.size() < 2) continue;
    std::vector<std::string> others;
    for (std::size_t j : claims)
      if (j != i) others.push_back(c.files[j].path);
    Diagnostic d;
    d.code = "E207";
    d.key = "school.code";
    d.message = say(style.lang, "mã trường `{}` cũng có trong {}", "school code `{}` is also claimed by {}", f.code,
                    fmt::join(others, ", "));
    d.hint = say(style.lang, "mỗi trường chỉ nộp một tệp; xóa hoặc sửa tệp thừa",
                 "one file per school; remove or fix the extra one");
    f.add_error(f.code_at.line, d.message);
    c.diagnostics[i] += format_diagnostic_at(f.path, f.code_at, f.code_line, char_count(f.code), d, style);
  }
}

}  // namespace

std::unique_ptr<Compilation> compile(const CompileRequest& request, std::string* problems) {
  const Plan& plan = *request.plan;
  const PrintStyle style = request.style;
  auto c = std::make_unique<Compilation>();
  // The roster is read on its own thread while the files are read: a
  // province's roster is megabytes of YAML, and a file needs it only for the
  // last step of its check.
  std::string roster_problems;
  c->roster = std::async(std::launch::async, [&] {
                return load_office(request.office_file, plan, style, &roster_problems, true);
              }).share();
  if (request.jobs <= 1) c->roster.wait();  // -j 1 means one thread at work, the roster's included
  auto ready = [&]() -> const std::optional<Office>* {
    if (c->roster.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return nullptr;
    return &c->roster.get();
  };

  // Each file is reduced to its summary as soon as it is checked, so memory
  // grows with the number of schools, not with the size of their files.
  const std::size_t n = request.files.size();
  c->files.resize(n);
  c->diagnostics.resize(n);
  std::vector<std::unique_ptr<Submission>> waiting(n);
  std::atomic<std::size_t> held_bytes{0};
  auto finish = [&](std::size_t i, Submission& s, const Office& o) {
    finish_submission(s, plan, &o);
    c->files[i] = summarize(s, plan);
    if (s.diags.has_errors())
      c->diagnostics[i] = format_diagnostics(s.path, s.source ? &*s.source : nullptr, s.diags, style, true);
  };
  parallel_for(n, request.jobs, [&](std::size_t i) {
    const std::optional<Office>* office = ready();
    if (office && !*office) return;  // the office file is broken: nothing will be reported
    std::string err;
    std::optional<std::string> bytes = read_input(request.files[i], style.lang, &err);
    Submission s = read_submission(request.files[i], std::move(bytes), err, plan, style.lang);
    std::size_t size = s.source ? s.source->text().size() : 0;
    if (!office && held_bytes.fetch_add(size) + size > kHeldBytes) office = &c->roster.get();
    if (!office) waiting[i] = std::make_unique<Submission>(std::move(s));
    else if (*office) finish(i, s, **office);
  });
  const std::optional<Office>& office = c->roster.get();
  if (!office) {
    *problems = roster_problems;
    return nullptr;
  }
  c->office_diagnostics = roster_problems;
  std::vector<std::size_t> held;
  for (std::size_t i = 0; i < n; ++i)
    if (waiting[i]) held.push_back(i);
  parallel_for(held.size(), request.jobs, [&](std::size_t k) {
    finish(held[k], *waiting[held[k]], *office);
    waiting[held[k]].reset();
  });
  mark_claims(*c, style);
  c->report = build_report(plan, *office, c->files, style.lang);
  return c;
}

}  // namespace baocao
