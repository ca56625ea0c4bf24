// The manual page and the bash completion, written from the command table
// at build time (`baocao --generate-man TEMPLATE`,
// `baocao --generate-bash-completion`), so that neither can list an option
// or a format the program lacks.
#pragma once
#include <string>

namespace baocao {

// The manual page: the roff text of `template_path` with @SYNOPSIS@,
// @COMMANDS@, @FORMATS@, @ENVIRONMENT@ (and their _EN twins for the English
// section) filled in from the table. On failure returns "" and says why in *err.
[[nodiscard]] std::string manual_page(const std::string& template_path, std::string* err);

// A bash completion script for commands, options, their values and paths.
std::string bash_completion();

}  // namespace baocao
