#include "submission.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace baocao;

namespace {

Office roster() {
  Office o;
  o.add_school({"MN-CK", "Trường Mầm non Chiềng Khoa", "mam_non", "Chiềng Khoa", {}});
  o.add_school({"TH-CK", "Trường Tiểu học Chiềng Khoa", "tieu_hoc", "Chiềng Khoa", {}});
  return o;
}

std::string hint_for(const std::string& code) {
  Office o = roster();
  std::string text = test::school_file("X");
  text.replace(text.find("code: X"), 7, "code: \"" + code + "\"");
  Submission s = test::check(text, &o);
  REQUIRE(test::codes(s) == std::vector<std::string>{"E206"});
  return s.diags.items()[0].hint;
}

}  // namespace

TEST_CASE("a school code not on the roster gets a hint the school can act on") {
  CHECK(hint_for("trường mầm non chiềng khoa") ==
        "`trường mầm non chiềng khoa` is the school's name; its code is `MN-CK`: write `code: MN-CK`");
  CHECK(hint_for("MN-CKK") == "did you mean `MN-CK` (Trường Mầm non Chiềng Khoa)?");
  std::string none = hint_for("ZZZ-QQQ");
  CHECK(none.find("baocao.yaml") == std::string::npos);
  CHECK(none.find("ask the office") != std::string::npos);
}

TEST_CASE("a file that is not a school file gets one error at its start, naming the school its name names") {
  Office o = roster();
  Submission s = check_submission("nop/TH-CK bao cao.xlsx", std::string("%PDF-1.4\n\xE2\xE3\xCF\xD3\n", 14), "",
                                  test::builtin_plan(), &o, Lang::en);
  REQUIRE(test::codes(s) == std::vector<std::string>{"E019"});
  CHECK(s.diags.items()[0].offset == 0);
  CHECK(s.diags.items()[0].message ==
        "this file is a PDF file, not a school report file (by its name, it seems to come from TH-CK, Trường Tiểu "
        "học Chiềng Khoa)");
  CHECK(s.guessed_code == "TH-CK");
  CHECK_FALSE(s.record.has_value());
}
