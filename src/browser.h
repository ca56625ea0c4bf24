// Finding a Chromium-family browser to print the HTML report to PDF.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "lang.h"

namespace baocao {

// The browser to use: $BAOCAO_BROWSER when set (a path or a name on PATH),
// else the first of the usual names or install paths that is there. "" when
// none is.
std::string find_browser();

// The same search with the environment and the file system passed in.
std::string find_browser(const std::string& override_name, const std::string& path_env,
                         const std::function<bool(const std::string&)>& is_program);

// The sentence shown when no browser is found: what to install.
std::string no_browser_message(Lang lang);

}  // namespace baocao
