#include "browser.h"

#include <doctest/doctest.h>

#include <set>

using namespace baocao;

#ifdef _WIN32
TEST_CASE("browser: the first usual name on PATH, in PATH order") {
  std::set<std::string> files = {"C:\\b/chrome.exe", "C:\\c/msedge.exe"};
  auto exists = [&](const std::string& p) { return files.count(p) > 0; };
  CHECK(find_browser("", "C:\\a;C:\\b;C:\\c", exists) == "C:\\c/msedge.exe");  // Edge is preferred
  CHECK(find_browser("", "C:\\b", exists) == "C:\\b/chrome.exe");
  CHECK(find_browser("", "", exists).empty());
}
#else
TEST_CASE("browser: the first usual name on PATH, in PATH order") {
  std::set<std::string> files = {"/usr/bin/google-chrome", "/opt/x/chromium"};
  auto exists = [&](const std::string& p) { return files.count(p) > 0; };
  CHECK(find_browser("", "/usr/local/bin:/usr/bin:/opt/x", exists) == "/opt/x/chromium");  // chromium is preferred
  CHECK(find_browser("", "/usr/bin", exists) == "/usr/bin/google-chrome");
  CHECK(find_browser("", "", exists).empty());
  CHECK(find_browser("", "/nowhere", exists).empty());
}
#endif

TEST_CASE("browser: BAOCAO_BROWSER is the only one tried") {
  std::set<std::string> files = {"/usr/bin/chromium", "/home/a/edge"};
  auto exists = [&](const std::string& p) { return files.count(p) > 0; };
  CHECK(find_browser("/home/a/edge", "/usr/bin", exists) == "/home/a/edge");
  CHECK(find_browser("chromium", "/usr/bin", exists) == "/usr/bin/chromium");
  CHECK(find_browser("/home/a/missing", "/usr/bin", exists).empty());
}

TEST_CASE("browser: the message says what to install on this system, in either language") {
#ifdef _WIN32
  CHECK(no_browser_message(Lang::vi).find("Microsoft Edge") != std::string::npos);
  CHECK(no_browser_message(Lang::en).find("apt") == std::string::npos);
#else
  CHECK(no_browser_message(Lang::vi).find("apt install chromium") != std::string::npos);
#endif
  CHECK(no_browser_message(Lang::vi).find("không tìm thấy") != std::string::npos);
  CHECK(no_browser_message(Lang::en).find("BAOCAO_BROWSER") != std::string::npos);
}
