// The one way baocao reads a file it was given: school files, the office
// file, plan files and templates all come through here, so every input has
// the same size bound and the same plain-language errors.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "lang.h"

namespace baocao {

// No school's report, office roster, plan or template comes near this; a
// larger file is a mistake (a video, a database) and is refused unread.
constexpr std::size_t kMaxFileBytes = 64u << 20;

// Reads at most kMaxFileBytes; "-" is standard input. On failure returns
// nothing and sets `error` to a sentence in the user's language.
[[nodiscard]] std::optional<std::string> read_input(const std::string& path, Lang lang, std::string* error);

}  // namespace baocao
