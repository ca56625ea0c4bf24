#include <cstdio>
#include <vector>

#include "cli.h"
#include "launch.h"
#include "platform.h"

int main(int argc, char** argv) {
  using namespace baocao;
  platform::setup_standard_streams();
  platform::keep_freed_memory();
#ifdef _WIN32
  constexpr bool drops_allowed = true;
#else
  constexpr bool drops_allowed = false;  // no file manager starts programs that way
#endif
  Launch launch = plan_launch(platform::arguments(argc, argv), platform::console_closes_at_exit(), drops_allowed);
  std::vector<char*> args;
  for (std::string& a : launch.args) args.push_back(a.data());
  args.push_back(nullptr);
  int status = run_cli(static_cast<int>(launch.args.size()), args.data());
  if (launch.pause_at_exit) {
    std::fflush(stderr);
    std::fputs(kPressEnter, stdout);
    std::fflush(stdout);
    platform::wait_for_enter();
  }
  return status;
}
