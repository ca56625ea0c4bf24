#include "text_groups.h"

#include <doctest/doctest.h>

using namespace baocao;

TEST_CASE("texts differing in case, spaces and final punctuation are one group") {
  auto groups = group_texts({{"A", "Tài liệu tuyên truyền còn thiếu."},
                             {"B", "Cần thêm kinh phí"},
                             {"C", "tài liệu  tuyên truyền còn THIẾU"},
                             {"D", "  "},
                             {"E", "Tài liệu tuyên truyền còn thiếu…"},
                             {"F", "Cần thêm kinh phí;"}});
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].text == "Tài liệu tuyên truyền còn thiếu");
  CHECK(groups[0].schools == std::vector<std::string>{"A", "C", "E"});
  CHECK(groups[1].text == "Cần thêm kinh phí");
  CHECK(groups[1].schools == std::vector<std::string>{"B", "F"});
}

TEST_CASE("different texts stay apart, in order of first appearance when equally common") {
  auto groups = group_texts({{"A", "Một"}, {"B", "Hai"}, {"C", "Một, hai"}});
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].text == "Một");
  CHECK(groups[1].text == "Hai");
  CHECK(groups[2].text == "Một, hai");
  CHECK(text_key("Một, hai.") == text_key("một, HAI"));
  CHECK(text_key("Một, hai") != text_key("Một hai"));
}
