// The language of everything the tool itself prints (Vietnamese by default).
#pragma once
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

namespace baocao {

enum class Lang { vi, en };

std::optional<Lang> parse_lang(std::string_view s);

// The operating system's text for `errnum` (strerror) in `lang`: the
// failures a user meets with files (no such file, no permission, disk
// full, read-only) said in Vietnamese, the system's own words kept after
// them in brackets for searching; any other failure as the system says it.
std::string system_error_text(int errnum, Lang lang);

// Picks the text for `lang` and formats it; both texts sit together at the
// call site so that a message is never translated in one place only. Both
// are fmt::format_string: under C++20 the compiler checks each against the
// arguments (count, types, specs), so a mistake in the English text of a
// rarely seen message fails the build instead of throwing at a user. A text
// known only at run time must say so with fmt::runtime(...).
template <typename... Args>
std::string say(Lang lang, fmt::format_string<Args...> vi, fmt::format_string<Args...> en,
                Args&&... args) {
  return fmt::format(lang == Lang::vi ? vi : en, std::forward<Args>(args)...);
}

// A text a plan or office file gives in both languages; English falls back
// to Vietnamese where the file has none.
struct Text {
  std::string vi, en;
  const std::string& in(Lang lang) const { return lang == Lang::en && !en.empty() ? en : vi; }
};

}  // namespace baocao
