#include "resources.h"

namespace baocao {

std::optional<std::string_view> embedded_file(std::string_view path) {
  for (const EmbeddedFile* f = kEmbeddedFiles; f->path; ++f)
    if (path == f->path) return std::string_view(f->data, f->size);
  return std::nullopt;
}

}  // namespace baocao
