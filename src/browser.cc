#include "browser.h"

#include <cstdlib>
#include <filesystem>

#include "platform.h"

namespace baocao {

namespace {

#ifdef _WIN32
constexpr char kPathSeparator = ';';
const std::vector<std::string> kNames = {"msedge.exe", "chrome.exe", "chromium.exe"};
const std::vector<std::string> kPaths = {
    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
    "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
};
#else
constexpr char kPathSeparator = ':';
const std::vector<std::string> kNames = {"chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
                                         "microsoft-edge"};
const std::vector<std::string> kPaths = {
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
};
#endif

bool has_separator(const std::string& s) { return s.find_first_of("/\\") != std::string::npos; }

}  // namespace

std::string find_browser(const std::string& override_name, const std::string& path_env,
                         const std::function<bool(const std::string&)>& is_program) {
  auto on_path = [&](const std::string& name) -> std::string {
    if (has_separator(name)) return is_program(name) ? name : "";
    std::size_t start = 0;
    while (start <= path_env.size()) {
      std::size_t end = path_env.find(kPathSeparator, start);
      if (end == std::string::npos) end = path_env.size();
      std::string dir = path_env.substr(start, end - start);
      if (!dir.empty() && is_program(dir + "/" + name)) return dir + "/" + name;
      start = end + 1;
    }
    return "";
  };
  // An explicit choice is the only one tried: a wrong one should be noticed, not replaced.
  if (!override_name.empty()) return on_path(override_name);
  for (const std::string& n : kNames)
    if (std::string p = on_path(n); !p.empty()) return p;
  for (const std::string& p : kPaths)
    if (is_program(p)) return p;
  return "";
}

std::string find_browser() {
  const char* chosen = std::getenv("BAOCAO_BROWSER");
  const char* path = std::getenv("PATH");
  return find_browser(chosen ? chosen : "", path ? path : "",
                      [](const std::string& p) {
                        std::error_code ec;
                        return platform::is_executable(p);
                      });
}

// Names what to install on the machine the message is read on.
std::string no_browser_message(Lang lang) {
#if defined(_WIN32)
  return say(lang,
             "không tìm thấy trình duyệt Edge, Chrome hay Chromium để in báo cáo ra PDF; hãy cài Microsoft Edge "
             "hoặc Google Chrome, hoặc chỉ đường dẫn của trình duyệt qua biến môi trường BAOCAO_BROWSER",
             "no Edge, Chrome or Chromium browser found to print the report to PDF; install Microsoft Edge or "
             "Google Chrome, or give the browser's path in the BAOCAO_BROWSER environment variable");
#elif defined(__APPLE__)
  return say(lang,
             "không tìm thấy trình duyệt Chrome hay Chromium để in báo cáo ra PDF; hãy cài Google Chrome, "
             "hoặc chỉ đường dẫn của trình duyệt qua biến môi trường BAOCAO_BROWSER",
             "no Chrome or Chromium browser found to print the report to PDF; install Google Chrome, or give "
             "the browser's path in the BAOCAO_BROWSER environment variable");
#else
  return say(lang,
             "không tìm thấy trình duyệt Chromium, Chrome hay Edge để in báo cáo ra PDF; hãy cài Chromium "
             "(Debian/Ubuntu: apt install chromium) hoặc Google Chrome, hoặc chỉ đường dẫn của trình duyệt "
             "qua biến môi trường BAOCAO_BROWSER",
             "no Chromium, Chrome or Edge browser found to print the report to PDF; install Chromium "
             "(Debian/Ubuntu: apt install chromium) or Google Chrome, or give the browser's path in the "
             "BAOCAO_BROWSER environment variable");
#endif
}

}  // namespace baocao
