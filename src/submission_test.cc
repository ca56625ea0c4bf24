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
