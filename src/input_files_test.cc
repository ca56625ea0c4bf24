#include "input_files.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

namespace baocao {

namespace fs = std::filesystem;

namespace {

fs::path scratch() {
  fs::path d = fs::temp_directory_path() / ("baocao-test-inputs-" + std::to_string(std::random_device{}()));
  fs::remove_all(d);
  fs::create_directories(d / "nop" / "cum-2");
  for (const char* name : {"nop/a.yaml", "nop/b.yml", "nop/cum-2/c.yaml", "nop/.an.yaml", "nop/baocao.yaml", "nop/d.txt"})
    std::ofstream(d / name) << "plan: x\n";
  return d;
}

std::vector<std::string> names(const InputFiles& in, const fs::path& base) {
  std::vector<std::string> out;
  for (const std::string& f : in.files) out.push_back(fs::path(f).lexically_relative(base).generic_string());
  return out;
}

}  // namespace

TEST_CASE("a folder gives its school files, sorted, sub-folders included") {
  fs::path d = scratch();
  InputFiles in = find_input_files({(d / "nop").string()}, Lang::vi);
  CHECK(names(in, d) == std::vector<std::string>{"nop/a.yaml", "nop/b.yml", "nop/cum-2/c.yaml"});
  CHECK(in.missing.empty());
  CHECK(in.problems.empty());
  fs::remove_all(d);
}

TEST_CASE("a file reached twice is listed once, however it is named") {
  fs::path d = scratch();
  std::string nop = (d / "nop").string();
  InputFiles in = find_input_files({(d / "nop" / "b.yml").string(), nop, nop + "/../nop", nop + "/cum-2"}, Lang::vi);
  CHECK(names(in, d) == std::vector<std::string>{"nop/b.yml", "nop/a.yaml", "nop/cum-2/c.yaml"});
#ifndef _WIN32
  // A link to a file of the folder is that file.
  fs::create_symlink("a.yaml", d / "nop" / "0-link.yaml");
  in = find_input_files({nop}, Lang::vi);
  CHECK(names(in, d) == std::vector<std::string>{"nop/0-link.yaml", "nop/b.yml", "nop/cum-2/c.yaml"});
#endif
  in = find_input_files({nop, (d / "none.yaml").string()}, Lang::vi);
  CHECK(in.missing == std::vector<std::string>{(d / "none.yaml").string()});
  fs::remove_all(d);
}

}  // namespace baocao
