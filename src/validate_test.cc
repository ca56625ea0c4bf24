#include "validate.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "platform.h"
#include "test_support.h"

using namespace baocao;

namespace {

struct Folder {
  std::string path = *platform::make_temp_dir("baocao-validate-test");
  ~Folder() { std::filesystem::remove_all(path); }
  std::string write(const std::string& name, const std::string& text) const {
    std::string p = path + "/" + name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
};

const char* const kOffice =
    "office: {name: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO, abbrev: PGDĐT, place: Vân Hồ}\n"
    "schools:\n  - {code: A, name: Trường A, level: thcs, commune: Xã A}\n";

// Each file described by its path, whether it is valid, and its E206 count.
std::string describe(const Submission& s) {
  // A tab after the path: a temporary folder's name may hold spaces.
  return s.path + (s.valid() ? "\tvalid" : "\tinvalid") + " E206=" + std::to_string(test::count_of(s, "E206"));
}

ValidateRequest request(std::vector<std::string> files, std::string office, unsigned jobs) {
  return ValidateRequest{&test::builtin_plan(), std::move(office), std::move(files), Lang::en,
                         PrintStyle{Lang::en, false}, describe, jobs, {}};
}

}  // namespace

TEST_CASE("every file is handed back once, in input order, over several batches, checked against the roster") {
  Folder dir;
  std::vector<std::string> files;
  // Over two batches on two threads; every tenth names a school not on the roster.
  for (int i = 0; i < 1100; ++i)
    files.push_back(dir.write(std::to_string(i) + ".yaml", test::school_file(i % 10 == 0 ? "X" : "A")));
  std::string office = dir.write("baocao.yaml", kOffice);
  for (unsigned jobs : {1u, 2u}) {
    std::vector<std::string> seen;
    std::size_t unknown = 0;
    std::string problems;
    bool ok = validate_files(request(files, office, jobs), [&](const CheckedFile& f) {
      seen.push_back(f.text.substr(0, f.text.find('\t')));
      bool e206 = f.text.find(" E206=1") != std::string::npos;
      unknown += e206;
      CHECK(f.valid == !e206);  // the counts are the file's own
      CHECK(f.errors == (e206 ? 1u : 0u));
    }, &problems);
    CHECK(ok);
    CHECK(problems.empty());
    CHECK(seen == files);
    CHECK(unknown == 110);
  }
}

TEST_CASE("without a roster codes are not checked; a broken office file stops before any file") {
  Folder dir;
  std::vector<std::string> files = {dir.write("x.yaml", test::school_file("X"))};
  std::size_t handed = 0;
  std::string problems;
  CHECK(validate_files(request(files, "", 2), [&](const CheckedFile& f) {
    ++handed;
    CHECK(f.valid);
    CHECK(f.text == files[0] + "\tvalid E206=0");
  }, &problems));
  CHECK(handed == 1);

  std::string broken = dir.write("baocao.yaml", "office: {name: PHÒNG}\nschools: [\n");
  handed = 0;
  CHECK(!validate_files(request(files, broken, 2), [&](const CheckedFile&) { ++handed; }, &problems));
  CHECK(handed == 0);
  CHECK(problems.find("baocao.yaml") != std::string::npos);
}
