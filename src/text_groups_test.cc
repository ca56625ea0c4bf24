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

TEST_CASE("the groups do not depend on the thread count") {
  std::vector<std::pair<std::string, std::string>> texts;
  const char* kTexts[] = {"Thiếu kinh phí.", "thiếu  KINH phí", "", "Cần tập huấn", "Thiếu kinh phí;", "cần tập huấn…"};
  for (int i = 0; i < 3000; ++i) texts.emplace_back("S" + std::to_string(i), kTexts[i % 6]);
  auto one = group_texts(texts, 1), four = group_texts(texts, 4);
  REQUIRE(one.size() == 2);
  REQUIRE(four.size() == one.size());
  for (std::size_t g = 0; g < one.size(); ++g) {
    CHECK(four[g].text == one[g].text);
    CHECK(four[g].schools == one[g].schools);
  }
  CHECK(one[0].schools.size() == 1500);
  CHECK(one[0].schools[0] == "S0");
}
