// Storage for one parsed file: its tree's nodes and the text of the scalars
// that are not a verbatim slice of the file (escapes, folded lines, a change
// under NFC). Everything is freed at once with the arena, so a file costs a
// few allocations instead of one per node and value, and nothing to tear
// down node by node.
#pragma once
#include <cstddef>
#include <memory>
#include <string_view>
#include <type_traits>
#include <vector>

namespace baocao {

class Arena {
 public:
  // A copy of `s` that stays valid as long as the arena, even after it moves.
  std::string_view keep(std::string_view s);

  // A copy of `n` objects of a type that needs no destructor; nullptr for none.
  template <typename T>
  T* copy(const T* first, std::size_t n) {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "the arena copies bytes and never runs destructors");
    if (n == 0) return nullptr;
    T* at = static_cast<T*>(allocate(n * sizeof(T), alignof(T)));
    std::uninitialized_copy(first, first + n, at);
    return at;
  }

 private:
  void* allocate(std::size_t bytes, std::size_t align);

  static constexpr std::size_t kBlock = 32 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0, room_ = 0;  // in the last block
};

}  // namespace baocao
