#include "platform.h"

#include <doctest/doctest.h>

#include <chrono>

using namespace baocao;
using namespace std::chrono_literals;

#ifdef _WIN32
TEST_CASE("run_program: exit status, a missing program, a timeout") {
  const std::string cmd = "C:\\windows\\system32\\cmd.exe";
  CHECK(platform::run_program({cmd, "/c", "exit 0"}, 10s).empty());
  CHECK(platform::run_program({cmd, "/c", "exit 3"}, 10s) == cmd + ": exit status 3");
  CHECK(!platform::run_program({"C:\\nonexistent\\program.exe"}, 10s).empty());
}
#else
TEST_CASE("run_program: exit status, a missing program, a timeout") {
  CHECK(platform::run_program({"/bin/true"}, 10s).empty());
  CHECK(platform::run_program({"/bin/sh", "-c", "exit 3"}, 10s) == "/bin/sh: exit status 3");
  CHECK(!platform::run_program({"/nonexistent/program"}, 10s).empty());
  auto start = std::chrono::steady_clock::now();
  // The child's own child is killed too: the shell waits for its sleep.
  std::string why = platform::run_program({"/bin/sh", "-c", "sleep 30 & wait"}, 300ms);
  CHECK(why.find("no answer") != std::string::npos);
  CHECK(std::chrono::steady_clock::now() - start < 5s);
}
#endif
