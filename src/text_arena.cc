#include "text_arena.h"

#include <algorithm>
#include <cstring>

namespace baocao {

std::string_view TextArena::keep(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > room_ - used_) {
    // A text longer than a block gets a block of its own.
    room_ = std::max(kBlock, s.size());
    blocks_.push_back(std::make_unique<char[]>(room_));
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  std::memcpy(at, s.data(), s.size());
  used_ += s.size();
  return {at, s.size()};
}

}  // namespace baocao
