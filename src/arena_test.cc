#include "arena.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>

namespace baocao {

TEST_CASE("kept text survives later, larger texts and a move of the arena") {
  Arena arena;
  std::string_view a = arena.keep("Tuyên truyền");
  std::string big(100'000, 'x');  // larger than a block
  std::string_view b = arena.keep(big);
  std::vector<std::string_view> many;
  for (int i = 0; i < 5000; ++i) many.push_back(arena.keep(std::to_string(i)));
  Arena moved = std::move(arena);
  CHECK(a == "Tuyên truyền");
  CHECK(b == big);
  CHECK(many[0] == "0");
  CHECK(many[4999] == "4999");
  CHECK(moved.keep("").empty());
}

TEST_CASE("objects copied into the arena are aligned, intact and never overlap") {
  struct Pair {
    std::size_t a = 0;
    double b = 0;
  };
  Arena arena;
  arena.keep("x");  // leaves the next free byte unaligned
  std::vector<const Pair*> runs;
  for (std::size_t n = 1; n < 3000; n += 97) {
    std::vector<Pair> from(n, Pair{n, 0.5});
    Pair* p = arena.copy(from.data(), n);
    CHECK(reinterpret_cast<std::uintptr_t>(p) % alignof(Pair) == 0);
    runs.push_back(p);
    arena.keep("y");
  }
  std::size_t n = 1;
  for (const Pair* p : runs) {
    CHECK(p[0].a == n);
    CHECK(p[n - 1].a == n);
    CHECK(p[n - 1].b == 0.5);
    n += 97;
  }
  CHECK(arena.copy<Pair>(nullptr, 0) == nullptr);
}

}  // namespace baocao
