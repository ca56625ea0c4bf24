// How a teacher who never opens a terminal starts baocao.exe: by dropping
// school files or folders onto it in Explorer (the program gets their paths
// and no command) or by double-clicking it in a folder (no arguments at
// all). Both mean "check these files", so they become a validate command.
#pragma once
#include <string>
#include <vector>

namespace baocao {

struct Launch {
  std::vector<std::string> args;  // the command line to run, program name first
  bool pause_at_exit = false;     // the window closes at exit: keep it until Enter
};

// `args` as the program received them; `from_explorer`: this process's
// console closes when it exits; `drops_allowed`: arguments that are all
// existing files or folders are taken as dropped (Windows only, where
// Explorer does that). The office file is the baocao.yaml in the folder of
// the first dropped item or the closest folder above it, else the one in the
// current folder.
Launch plan_launch(std::vector<std::string> args, bool from_explorer, bool drops_allowed);

// What the paused window says before it closes.
extern const char kPressEnter[];

}  // namespace baocao
