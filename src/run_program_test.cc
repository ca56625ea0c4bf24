#include "run_program.h"

#include <doctest/doctest.h>

#include <chrono>

using namespace baocao;
using namespace std::chrono_literals;

TEST_CASE("run_program: exit status, a missing program, a timeout") {
  CHECK(run_program({"/bin/true"}, 10s).empty());
  CHECK(run_program({"/bin/sh", "-c", "exit 3"}, 10s) == "/bin/sh: exit status 3");
  CHECK(!run_program({"/nonexistent/program"}, 10s).empty());
  auto start = std::chrono::steady_clock::now();
  // The child's own child is killed too: the shell waits for its sleep.
  std::string why = run_program({"/bin/sh", "-c", "sleep 30 & wait"}, 300ms);
  CHECK(why.find("no answer") != std::string::npos);
  CHECK(std::chrono::steady_clock::now() - start < 5s);
}
