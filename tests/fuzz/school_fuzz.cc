// libFuzzer target: any bytes as a school file, through the whole check
// (strict YAML, the form, requirements), the diagnostics printer and the
// report summary. A crash, hang, leak or sanitizer report is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "diagnostic_printer.h"
#include "report.h"
#include "report_render.h"
#include "submission.h"

using namespace baocao;

namespace {

struct Setup {
  Plan plan;
  Office office;
  Setup() {
    Diagnostics d(Lang::vi);
    std::optional<SourceFile> f;
    std::string err;
    plan = *load_plan("pcmd-2024", d, f, &err);
    office.name = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    office.abbrev = "PGDĐT";
    office.place = "Vân Hồ";
    office.add_school({"THCS-CK", "Trường THCS Chiềng Khoa", "thcs", "Chiềng Khoa", {"du_lich"}});
    office.add_school({"TH-XN", "Trường Tiểu học Xuân Nha", "tieu_hoc", "Xuân Nha", {}});
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Setup setup;
  std::string text(reinterpret_cast<const char*>(data), size);
  Lang lang = size % 2 ? Lang::en : Lang::vi;
  Submission s = check_submission("f.yaml", text, "", setup.plan, &setup.office, lang);
  for (const Diagnostic& d : s.diags.items()) format_diagnostic("f.yaml", s.source ? &*s.source : nullptr, d, {lang, true});
  std::vector<FileSummary> files{summarize(s, setup.plan)};
  Report r = build_report(setup.plan, setup.office, files, lang);
  render_json(r);
  markdown_escape(files[0].proposals);
  return 0;
}
