// The language of everything the tool itself prints (Vietnamese by default).
#pragma once
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

namespace baocao {

enum class Lang { vi, en };

std::optional<Lang> parse_lang(std::string_view s);

// Picks the text for `lang` and formats it; both texts sit together at the
// call site so that a message is never translated in one place only.
template <typename... Args>
std::string say(Lang lang, std::string_view vi, std::string_view en, Args&&... args) {
  return fmt::format(fmt::runtime(lang == Lang::vi ? vi : en), std::forward<Args>(args)...);
}

// A text a plan or office file gives in both languages; English falls back
// to Vietnamese where the file has none.
struct Text {
  std::string vi, en;
  const std::string& in(Lang lang) const { return lang == Lang::en && !en.empty() ? en : vi; }
};

}  // namespace baocao
