#include "text_arena.h"

#include <doctest/doctest.h>

#include <string>

namespace baocao {

TEST_CASE("kept text survives later, larger texts and a move of the arena") {
  TextArena arena;
  std::string_view a = arena.keep("Tuyên truyền");
  std::string big(100'000, 'x');  // larger than a block
  std::string_view b = arena.keep(big);
  std::vector<std::string_view> many;
  for (int i = 0; i < 5000; ++i) many.push_back(arena.keep(std::to_string(i)));
  TextArena moved = std::move(arena);
  CHECK(a == "Tuyên truyền");
  CHECK(b == big);
  CHECK(many[0] == "0");
  CHECK(many[4999] == "4999");
  CHECK(moved.keep("").empty());
}

}  // namespace baocao
