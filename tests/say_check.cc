// Compiled, never run, by tests/say_check.sh: say() must reject at compile
// time a text that does not fit its arguments, in either language. Each
// mistake is one line, marked at its end with its name, compiled alone with
// -DSAY_MISTAKE_<name>; the script expects the compiler to stop on that line.
// Without a mistake the file must compile, so the check is not vacuous.
#include <string>

#include "lang.h"

using baocao::Lang;
using baocao::say;

std::string messages(Lang lang, const std::string& name, int count) {
  std::string out;
#if defined(SAY_MISTAKE_EN_MISSING_ARGUMENT)
  out += say(lang, "{} có {} dòng", "{} has {} lines in {}", name, count);  // mistake: EN_MISSING_ARGUMENT
#elif defined(SAY_MISTAKE_VI_MISSING_ARGUMENT)
  out += say(lang, "{} có {} dòng ở {}", "{} has {} lines", name, count);  // mistake: VI_MISSING_ARGUMENT
#elif defined(SAY_MISTAKE_EN_BAD_SPEC)
  out += say(lang, "{:>8}", "{:>8q}", count);  // mistake: EN_BAD_SPEC
#elif defined(SAY_MISTAKE_VI_WRONG_TYPE)
  out += say(lang, "{:d} dòng", "{} lines", name);  // mistake: VI_WRONG_TYPE
#elif defined(SAY_MISTAKE_EN_UNCLOSED)
  out += say(lang, "{} có {} dòng", "{} has {lines", name, count);  // mistake: EN_UNCLOSED
#endif
  // What a correct call looks like, and a text known only at run time,
  // which must say so.
  out += say(lang, "{} có {:>3} dòng", "{} has {:>3} lines", name, count);
  out += say(lang, "{{đóng ngoặc}}", "{{braces}}");
  out += say(lang, fmt::runtime(name), fmt::runtime(name), count);
  return out;
}
