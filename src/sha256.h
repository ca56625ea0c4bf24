// SHA-256 (FIPS 180-4) of a byte string, for naming the exact reports a
// roll-up was made from: a report edited or cut short after it was listed
// no longer matches its digest.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace baocao {

std::array<std::uint8_t, 32> sha256(std::string_view bytes);

// The digest as 64 lowercase hex digits, as `sha256sum` prints it.
std::string sha256_hex(std::string_view bytes);

}  // namespace baocao
