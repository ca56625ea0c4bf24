#include "diagnostic.h"

#include <algorithm>

namespace baocao {

Diagnostic& Diagnostics::add(Severity severity, std::string code, std::size_t offset, std::size_t length,
                             std::string key, std::string message, std::string hint) {
  items_.push_back({severity, std::move(code), offset, length, std::move(key), std::move(message), std::move(hint), {}});
  return items_.back();
}

Diagnostic& Diagnostics::error(std::string code, std::size_t offset, std::size_t length, std::string key,
                               std::string message, std::string hint) {
  return add(Severity::error, std::move(code), offset, length, std::move(key), std::move(message), std::move(hint));
}

Diagnostic& Diagnostics::warning(std::string code, std::size_t offset, std::size_t length, std::string key,
                                 std::string message, std::string hint) {
  return add(Severity::warning, std::move(code), offset, length, std::move(key), std::move(message), std::move(hint));
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const { return items_.size() - error_count(); }

void Diagnostics::sort_by_position() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.severity != b.severity) return a.severity == Severity::error;
    return a.offset != kNoOffset && (b.offset == kNoOffset || a.offset < b.offset);
  });
}

}  // namespace baocao
