// Files compiled into the binary: the built-in plans and report templates.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace baocao {

struct EmbeddedFile {
  const char* path;  // relative to the source tree, e.g. "plans/pcmd-2024.yaml"
  const char* data;
  std::size_t size;
};

extern const EmbeddedFile kEmbeddedFiles[];  // ends with a null path

std::optional<std::string_view> embedded_file(std::string_view path);

}  // namespace baocao
