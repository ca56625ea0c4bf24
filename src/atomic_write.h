// Writes a file so that readers see the old content or the new, never a
// mix: a temporary file in the same folder, flushed, then renamed over.
#pragma once
#include <string>

namespace baocao {

// Returns "" on success, else why it failed (the target is then untouched).
// An existing target keeps its permission bits.
[[nodiscard]] std::string write_atomically(const std::string& path, const std::string& content);

}  // namespace baocao
