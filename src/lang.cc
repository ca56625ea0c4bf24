#include "lang.h"

namespace baocao {

std::optional<Lang> parse_lang(std::string_view s) {
  if (s == "vi") return Lang::vi;
  if (s == "en") return Lang::en;
  return std::nullopt;
}

}  // namespace baocao
