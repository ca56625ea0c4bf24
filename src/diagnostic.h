// A problem found in one file: where, how bad, a stable code, and what to do.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "lang.h"

namespace baocao {

enum class Severity { error, warning };

constexpr std::size_t kNoOffset = static_cast<std::size_t>(-1);

struct Diagnostic {
  Severity severity = Severity::error;
  std::string code;                 // stable, e.g. "E103"; scripts match on it
  std::size_t offset = kNoOffset;   // byte offset in the source text
  std::size_t length = 0;           // bytes to underline from offset
  std::string key;                  // dotted key path, e.g. "lessons[2].date"
  std::string message;
  std::string hint;
  std::string requirement;          // requirement id for plan shortfalls
};

// Collects the diagnostics of one file, in the language they are written in.
class Diagnostics {
 public:
  explicit Diagnostics(Lang lang) : lang_(lang) {}

  Lang lang() const { return lang_; }

  // Cold: a message is the exception, and its code kept out of the paths run
  // on every value keeps yaml-cpp's own code in the instruction cache.
  [[gnu::cold]] Diagnostic& error(std::string code, std::size_t offset, std::size_t length, std::string key,
                                  std::string message, std::string hint = {});
  [[gnu::cold]] Diagnostic& warning(std::string code, std::size_t offset, std::size_t length, std::string key,
                                    std::string message, std::string hint = {});

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }

  // Orders by position so the file reads top to bottom; stable otherwise.
  void sort_by_position();

 private:
  Diagnostic& add(Severity severity, std::string code, std::size_t offset, std::size_t length, std::string key,
                  std::string message, std::string hint);

  Lang lang_;
  std::vector<Diagnostic> items_;
};

}  // namespace baocao
