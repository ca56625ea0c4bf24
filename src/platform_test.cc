#include "platform.h"

#include <doctest/doctest.h>

#include <random>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace baocao;
namespace fs = std::filesystem;

namespace {
fs::path scratch(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("baocao-test-" + name + "-" + std::to_string(std::random_device{}()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
std::string read_all(const std::string& path) {
  std::FILE* f = platform::open_for_reading(path);
  REQUIRE(f != nullptr);
  std::string s;
  char buf[256];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) s.append(buf, n);
  std::fclose(f);
  return s;
}
}  // namespace

TEST_CASE("a Vietnamese file name is written, found, read back and replaced as UTF-8") {
  fs::path d = scratch("platform");
  std::string dir = platform::utf8_path(d);
  std::string name = dir + "/trường-liên-hòa.yaml";
  {
    platform::NewFile f(name, name);
    REQUIRE(f.error() == "");
    CHECK(f.write("một\r\nhai\n") == "");
    CHECK(f.flush_and_close() == "");
  }
  CHECK(platform::exists(name));
  CHECK_FALSE(platform::is_directory(name));
  CHECK(platform::is_directory(dir));
  CHECK(read_all(name) == "một\r\nhai\n");  // binary: line ends as written
  bool listed = false;
  for (const fs::directory_entry& e : fs::directory_iterator(d))
    listed = listed || platform::utf8_path(e.path().filename()) == "trường-liên-hòa.yaml";
  CHECK(listed);

  std::FILE* f = platform::open_for_reading(name);
  REQUIRE(f != nullptr);
  CHECK(platform::regular_file_size(f) == std::optional<std::uint64_t>(std::string("một\r\nhai\n").size()));
  std::fclose(f);

  platform::NewFile again(name, name);
  CHECK(again.name_taken());
  CHECK(again.error() != "");

  std::string other = dir + "/mới.tmp";
  {
    platform::NewFile g(other, name);
    REQUIRE(g.error() == "");
    CHECK(g.write("ba") == "");
    CHECK(g.flush_and_close() == "");
  }
  CHECK(platform::rename_over(other, name) == "");  // Windows' plain rename refuses this
  CHECK(read_all(name) == "ba");
  CHECK_FALSE(platform::exists(other));
  platform::remove_file(name);
  CHECK_FALSE(platform::exists(name));
  CHECK(platform::open_for_reading(name) == nullptr);
  fs::remove_all(d);
}

TEST_CASE("paths are shown with the system's separators") {
#ifdef _WIN32
  CHECK(platform::native_separators("nop/th-ck.yaml") == "nop\\th-ck.yaml");
#else
  CHECK(platform::native_separators("nop/th-ck.yaml") == "nop/th-ck.yaml");
#endif
}

TEST_CASE("a file is no terminal: no colour codes go into it") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  CHECK_FALSE(platform::terminal_supports_color(f));
  std::fclose(f);
}

TEST_CASE("arguments arrive as given, UTF-8") {
#ifndef _WIN32  // on Windows they come from the process's own command line
  char a0[] = "baocao", a1[] = "trường-liên-hòa.yaml";
  char* argv[] = {a0, a1, nullptr};
  CHECK(platform::arguments(2, argv) == std::vector<std::string>{"baocao", "trường-liên-hòa.yaml"});
#endif
}

#ifdef __GLIBC__
TEST_CASE("freed memory is kept, and small blocks are not gathered for a later sweep") {
  platform::keep_freed_memory();
  std::vector<void*> blocks;
  blocks.reserve(20000);  // below the blocks, so that freeing them frees the heap's top
  for (int i = 0; i < 20000; ++i) blocks.push_back(std::malloc(48));  // far more than the per-thread cache holds
  // Earlier tests' threads may have left blocks in their own heaps' fastbins.
  struct mallinfo2 before = mallinfo2();
  for (void* b : blocks) std::free(b);
  struct mallinfo2 after = mallinfo2();
  CHECK(after.fsmblks == before.fsmblks);  // nothing more waits in fastbins
  CHECK(after.arena >= before.arena);      // nor was the heap's free top handed back (past 128 KB by default)
}
#endif
