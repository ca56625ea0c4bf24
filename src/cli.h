// The command line: parses arguments, runs one command, returns the exit
// code of SPEC §3 (0 ok, 1 problems in the files, 2 usage or setup error).
#pragma once

namespace baocao {

int run_cli(int argc, char** argv);

}  // namespace baocao
