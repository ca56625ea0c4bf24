// libFuzzer target: any bytes as an office file (baocao.yaml) or, when the
// first byte is odd, as a plan file. Both go through the strict loader and
// their readers, and a readable plan must be usable to check a school.
#include <cstddef>
#include <cstdint>
#include <string>

#include "blank_form.h"
#include "office.h"
#include "plan.h"
#include "submission.h"

using namespace baocao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Plan builtin = [] {
    Diagnostics d(Lang::vi);
    std::optional<SourceFile> f;
    std::string err;
    return *load_plan("pcmd-2024", d, f, &err);
  }();
  if (size == 0) return 0;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  Diagnostics diags(Lang::vi);
  if (data[0] & 1) {
    SourceFile file("plan.yaml", text);
    std::optional<Plan> plan = read_plan(file, diags);
    if (plan) {
      check_submission("f.yaml", std::string("plan: ") + plan->id + "\n", "", *plan, nullptr, Lang::vi);
      for (const Requirement& q : plan->requirements) q.met_text();
    }
  } else {
    SourceFile file("baocao.yaml", text);
    std::optional<Office> office = read_office(file, builtin, diags);
    if (office && !office->schools().empty()) blank_form(builtin, office->schools()[0], *office);
  }
  return 0;
}
