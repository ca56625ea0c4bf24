// Storage for the text of YAML scalars that are not a verbatim slice of
// their file (escapes, folded lines, a change under NFC). Everything else is
// viewed in place, so a file costs a few allocations instead of one per value.
#pragma once
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace baocao {

class TextArena {
 public:
  // A copy of `s` that stays valid as long as the arena, even after it moves.
  std::string_view keep(std::string_view s);

 private:
  static constexpr std::size_t kBlock = 16 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  std::size_t used_ = 0, room_ = 0;  // in the last block
};

}  // namespace baocao
