#include "launch.h"

#include <doctest/doctest.h>

#include <fstream>
#include <random>

#include "platform.h"

using namespace baocao;
namespace fs = std::filesystem;
using Args = std::vector<std::string>;

TEST_CASE("a double-click validates the folder it was started in, and waits for Enter") {
  Launch l = plan_launch({"baocao.exe"}, true, true);
  CHECK(l.args == Args{"baocao.exe", "validate", "."});
  CHECK(l.pause_at_exit);
  Launch term = plan_launch({"baocao.exe"}, false, true);
  CHECK(term.args == Args{"baocao.exe"});  // from a terminal: the usual help
  CHECK_FALSE(term.pause_at_exit);
}

TEST_CASE("files dropped on the program are validated with the office file found beside them") {
  fs::path d = fs::temp_directory_path() / ("baocao-test-launch-" + std::to_string(std::random_device{}()));
  fs::create_directories(d / "nop");
  std::ofstream(d / "baocao.yaml") << "x";
  std::ofstream(d / "nop" / "th-ck.yaml") << "x";
  std::string file = platform::utf8_path(d / "nop" / "th-ck.yaml");
  std::string folder = platform::utf8_path(d / "nop");
  std::string office = platform::native_separators(platform::utf8_path(d / "baocao.yaml"));

  Launch l = plan_launch({"baocao.exe", file, folder}, true, true);
  CHECK(l.args == Args{"baocao.exe", "validate", "--config", office, file, folder});
  CHECK(l.pause_at_exit);

  // Typed in a terminal, the same words mean the same; only the pause differs.
  CHECK(plan_launch({"baocao.exe", folder}, false, true).args ==
        Args{"baocao.exe", "validate", "--config", office, folder});

  // Not a drop: a command, an option, a name that does not exist, or Linux.
  CHECK(plan_launch({"baocao", "validate", file}, false, true).args == Args{"baocao", "validate", file});
  CHECK(plan_launch({"baocao", file, "--lang"}, false, true).args == Args{"baocao", file, "--lang"});
  CHECK(plan_launch({"baocao", file, folder + "/khong-co.yaml"}, false, true).args ==
        Args{"baocao", file, folder + "/khong-co.yaml"});
  CHECK(plan_launch({"baocao", file}, false, false).args == Args{"baocao", file});

  fs::remove(d / "baocao.yaml");
  std::ofstream(d / "nop" / "baocao.yaml") << "x";
  CHECK(plan_launch({"baocao.exe", file}, false, true).args ==
        Args{"baocao.exe", "validate", "--config",
             platform::native_separators(platform::utf8_path(d / "nop" / "baocao.yaml")), file});
  fs::remove_all(d);
}
