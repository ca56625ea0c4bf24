// The command line: builds the argument parser from the command table
// (command_table.h), runs the command asked for, and returns the exit code
// of docs/contract.md (0 ok, 1 problems in the files, 2 usage or setup error).
#pragma once

namespace baocao {

class Args;

int run_cli(int argc, char** argv);

// The commands, each the `run` of its row in the command table.
int run_validate(const Args& args);
int run_compile(const Args& args);
int run_init(const Args& args);
int run_plan(const Args& args);
int run_rollup(const Args& args);
int run_form(const Args& args);

}  // namespace baocao
