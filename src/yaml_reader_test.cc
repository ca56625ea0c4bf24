#include "yaml_reader.h"

#include <doctest/doctest.h>

namespace baocao {

TEST_CASE("a key path is spelt only when asked for, one-based in lists") {
  const KeyPath root = "";
  const KeyPath lessons = "lessons";
  const KeyPath third = lessons.item(2);
  CHECK(root.key("plan").str() == "plan");
  CHECK(third.str() == "lessons[3]");
  CHECK(third.key("date").str() == "lessons[3].date");
  CHECK(third.key("topics").item(0).str() == "lessons[3].topics[1]");
  CHECK(KeyPath("school").key("code").str() == "school.code");
  CHECK(KeyPath("assessment.strengths").str() == "assessment.strengths");
}

TEST_CASE("a key path knows whether it runs through a list item") {
  const KeyPath activities = "activities";
  CHECK_FALSE(activities.in_list());
  CHECK_FALSE(KeyPath("prepared").key("by").in_list());
  CHECK(activities.item(0).key("participants").in_list());
  CHECK(KeyPath("lessons[1]").key("date").in_list());  // a caller's ready-made item path
}

}  // namespace baocao
