// Starting another program: the one place that does, so that a port to
// another system changes one function.
#pragma once
#include <chrono>
#include <string>
#include <vector>

namespace baocao {

// Runs argv[0] (a path) with the rest as arguments, its input and output
// discarded, and waits for it. A program still running after `timeout` is
// killed with every process it started. Returns "" when it exited with
// status 0, else why not.
std::string run_program(const std::vector<std::string>& argv, std::chrono::milliseconds timeout);

}  // namespace baocao
