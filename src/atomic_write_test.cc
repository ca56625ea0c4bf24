#include "atomic_write.h"

#include <doctest/doctest.h>
#ifndef _WIN32  // permission bits, and a child process that drops root
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace baocao;
namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
fs::path scratch(const char* name) {
  fs::path d = fs::temp_directory_path() / fs::path(std::string("baocao-test-") + name + "-" + std::to_string(std::random_device{}()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
}  // namespace

TEST_CASE("writes, replaces, keeps the mode, leaves no temporary file") {
  fs::path d = scratch("atomic");
  fs::path f = d / "bao-cao.md";
  CHECK(write_atomically(f.string(), "một") == "");
  CHECK(slurp(f) == "một");
#ifndef _WIN32
  ::chmod(f.c_str(), 0600);
#endif
  CHECK(write_atomically(f.string(), "hai\r\n") == "");  // replaced, on Windows too
  CHECK(slurp(f) == "hai\r\n");
#ifndef _WIN32
  struct stat st;
  ::stat(f.c_str(), &st);
  CHECK((st.st_mode & 0777) == 0600);
#endif
  CHECK(std::distance(fs::directory_iterator(d), fs::directory_iterator()) == 1);
  fs::remove_all(d);
}

TEST_CASE("a failed write leaves the old file alone") {
  fs::path d = scratch("atomic-fail");
  CHECK(write_atomically((d / "missing-dir" / "x.md").string(), "x") != "");
  fs::path f = d / "x.md";
  CHECK(write_atomically(f.string(), "cũ") == "");
#ifndef _WIN32
  // A read-only folder, met as an ordinary user meets it: root writes there
  // anyway, so under root the write runs in a child that drops to nobody.
  ::chmod(d.c_str(), 0555);
  pid_t child = ::fork();
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(3);
    ::_exit(write_atomically(f.string(), "mới").empty() ? 1 : 0);
  }
  int status = -1;
  ::waitpid(child, &status, 0);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);  // the write was refused
  ::chmod(d.c_str(), 0700);
  CHECK(slurp(f) == "cũ");
  CHECK(std::distance(fs::directory_iterator(d), fs::directory_iterator()) == 1);  // no temporary file left
#endif
  fs::remove_all(d);
}
