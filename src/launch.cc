#include "launch.h"

#include "platform.h"

namespace baocao {

const char kPressEnter[] = "\nNhấn Enter để đóng cửa sổ này. (Press Enter to close this window.)\n";

namespace {

bool dropped(const std::vector<std::string>& args) {
  if (args.size() < 2) return false;
  for (const char* cmd : {"validate", "compile", "init", "plan"})
    if (args[1] == cmd) return false;
  for (std::size_t i = 1; i < args.size(); ++i)
    if (args[i].empty() || args[i][0] == '-' || !platform::exists(args[i])) return false;
  return true;
}

// The baocao.yaml that belongs with a dropped file or folder, or "".
std::string office_near(const std::string& item) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::absolute(platform::fs_path(item), ec);
  if (ec) return {};
  if (!platform::is_directory(item)) p = p.parent_path();
  for (;;) {
    fs::path candidate = p / "baocao.yaml";
    if (fs::is_regular_file(candidate, ec)) return platform::native_separators(platform::utf8_path(candidate));
    if (!p.has_relative_path()) return {};  // the root
    p = p.parent_path();
  }
}

}  // namespace

Launch plan_launch(std::vector<std::string> args, bool from_explorer, bool drops_allowed) {
  Launch out;
  out.pause_at_exit = from_explorer;
  if (args.empty()) args.push_back("baocao");
  if (args.size() == 1 && from_explorer) {
    out.args = {args[0], "validate", "."};
  } else if (drops_allowed && dropped(args)) {
    out.args = {args[0], "validate"};
    std::string office = office_near(args[1]);
    if (!office.empty()) out.args.insert(out.args.end(), {"--config", office});
    out.args.insert(out.args.end(), args.begin() + 1, args.end());
  } else {
    out.args = std::move(args);
  }
  return out;
}

}  // namespace baocao
