#include "arena.h"

#include <algorithm>
#include <cstring>

namespace baocao {

void* Arena::allocate(std::size_t bytes, std::size_t align) {
  std::size_t at = (used_ + align - 1) / align * align;
  if (blocks_.empty() || bytes > room_ - std::min(at, room_)) {
    // A request larger than a block gets a block of its own. new[] aligns
    // for every fundamental type, the most any caller asks.
    room_ = std::max(kBlock, bytes);
    blocks_.emplace_back(new char[room_]);  // not zeroed: every byte is written before it is read
    at = 0;
  }
  used_ = at + bytes;
  return blocks_.back().get() + at;
}

std::string_view Arena::keep(std::string_view s) {
  if (s.empty()) return {};
  char* at = static_cast<char*>(allocate(s.size(), 1));
  std::memcpy(at, s.data(), s.size());
  return {at, s.size()};
}

}  // namespace baocao
