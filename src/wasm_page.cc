// The school's page's WebAssembly core: the functions its script calls
// (web/page.js), over the same code as the command. The page is one thread
// (a page opened from file:// cannot have more), so each file is checked
// with check_submission, not validate's threaded pipeline; what is said of it
// is validate's own (validate_output.h).
#include <emscripten/emscripten.h>

#include <optional>
#include <string>

#include "blank_form.h"
#include "form_page.h"
#include "json_writer.h"
#include "office.h"
#include "plan.h"
#include "submission.h"
#include "validate_output.h"

namespace baocao {
namespace {

std::optional<Plan> g_plan;
Office g_office;
std::string g_out;  // the last answer; the script copies it before the next call

const char* answer(std::string s) {
  g_out = std::move(s);
  return g_out.c_str();
}

Lang lang_of(int lang) { return lang == 1 ? Lang::en : Lang::vi; }

std::string bytes_of(const char* data, int size) { return std::string(data, static_cast<std::size_t>(size)); }

}  // namespace
}  // namespace baocao

using namespace baocao;

extern "C" {

// Reads the plan the page was made for; "" when it is good, else its
// problems as the command prints them.
EMSCRIPTEN_KEEPALIVE const char* bc_open(const char* plan_name, const char* plan_text, const char* deadline, int lang) {
  Diagnostics diags(lang_of(lang));
  SourceFile file(plan_name, plan_text);
  try {
    g_plan = read_plan(file, diags);
  } catch (const std::exception& e) {
    return answer(std::string("baocao: ") + e.what());
  }
  if (!g_plan || diags.has_errors()) {
    g_plan.reset();
    return answer(format_diagnostics(plan_name, &file, diags, PrintStyle{lang_of(lang), false}));
  }
  g_office = Office();
  if (*deadline) {
    Parsed<Date> d = parse_date(deadline, Lang::vi);
    g_office.deadline = d.value;
  }
  return answer("");
}

// One school of the office's roster; `areas` one code a line.
EMSCRIPTEN_KEEPALIVE void bc_add_school(const char* code, const char* name, const char* level, const char* commune,
                                        const char* areas) {
  RosterEntry e{code, name, level, commune, {}};
  for (std::string_view rest = areas; !rest.empty();) {
    std::size_t end = rest.find('\n');
    if (end != 0) e.areas.emplace_back(rest.substr(0, end));
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
  }
  g_office.add_school(std::move(e));
}

EMSCRIPTEN_KEEPALIVE const char* bc_form(int lang) { return answer(form_description_json(*g_plan, lang_of(lang))); }

// `baocao init`'s form for a roster school; "" for a code not on the roster.
EMSCRIPTEN_KEEPALIVE const char* bc_blank(const char* school) {
  const RosterEntry* e = g_office.find(school);
  return answer(e ? blank_form(*g_plan, *e, g_office) : std::string());
}

// What `baocao validate [--strict] [--lang] NAME` says of these bytes, as
// {"text": …, "json": "<the --format json output>", "exit": n}.
EMSCRIPTEN_KEEPALIVE const char* bc_check(const char* data, int size, const char* name, int lang, int strict) {
  Lang l = lang_of(lang);
  Submission s = check_submission(name, bytes_of(data, size), "", *g_plan, &g_office, l);
  ValidateCounts counts;
  counts.add(s.valid(), s.diags.error_count(), s.diags.warning_count());
  JsonWriter report;
  report.begin_object().key("files").begin_array().raw(describe_json(s, l)).end_array().key("summary");
  write_summary_json(report, counts);
  report.end_object();
  JsonWriter w;
  w.begin_object().key("text").value(describe_text(s, PrintStyle{l, false}) + summary_line(l, counts));
  w.key("json").value(report.str()).key("exit").value(counts.exit_code(strict != 0)).end_object();
  return answer(w.str());
}

// The values of a school file for the page's fields; "" when it is not YAML.
EMSCRIPTEN_KEEPALIVE const char* bc_values(const char* data, int size) {
  return answer(form_values_json(*g_plan, SourceFile("", bytes_of(data, size))).value_or(""));
}

// The file the page saves: init's form for the roster school, with the
// page's values ("path<TAB>value" lines); "" for a code not on the roster.
EMSCRIPTEN_KEEPALIVE const char* bc_save(const char* school, const char* lines) {
  const RosterEntry* e = g_office.find(school);
  return answer(e ? filled_form(*g_plan, *e, g_office, parse_form_values(lines)) : std::string());
}

}  // extern "C"
