// `baocao form`: the built page (web/), found beside the program, with the
// office's data put in. Apart from form_page.cc, which the page's own
// WebAssembly core is built from and which needs no files.
#include <filesystem>

#include "atomic_write.h"
#include "file_reader.h"
#include "form_page.h"
#include "platform.h"

namespace baocao {

namespace {
constexpr const char* kShellName = "baocao-form.html";
}

std::vector<std::string> page_shell_places(const std::string& program) {
  std::filesystem::path dir = platform::fs_path(program).parent_path();
  return {platform::utf8_path(dir / kShellName), platform::utf8_path(dir / ".." / "share" / "baocao" / kShellName)};
}

std::string write_form_page(const Plan& plan, const Office& office, const std::string& school, Lang lang,
                            const std::string& out) {
  std::optional<std::string> shell;
  std::string place, why;
  for (const std::string& p : page_shell_places(platform::executable_path())) {
    if (!platform::exists(p)) continue;
    place = p;
    shell = read_input(p, lang, &why);
    break;
  }
  if (place.empty())
    return say(lang,
               "không có trang nhập liệu ({}) bên cạnh chương trình: bản baocao này được dựng không có emscripten. "
               "Dùng bản cài đặt (.deb hoặc tệp zip cho Windows) có sẵn trang, hoặc dựng lại: "
               "bash .ci/build-web && cmake -S . -B build && cmake --build build",
               "the school's page ({}) is not beside the program: this baocao was built without emscripten. "
               "Use an installed package (the .deb or the Windows zip), which has the page, or build again: "
               "bash .ci/build-web && cmake -S . -B build && cmake --build build",
               kShellName);
  if (!shell) return fmt::format("{}: {}", place, why);
  std::string page = page_with_data(*shell, page_data_json(plan, office, school, lang));
  if (page.empty())
    return say(lang, "{} không phải trang nhập liệu của baocao (không có chỗ cho dữ liệu)",
               "{} is not baocao's page (it has no place for the data)", place);
  std::string err = write_atomically(out, page);
  if (!err.empty()) return say(lang, "không ghi được {}: {}", "can't write {}: {}", out, err);
  return {};
}

}  // namespace baocao
