#include "source_file.h"

#include <algorithm>
#include <cstring>

#include "text_encoding.h"
#include "utf8.h"

namespace baocao {

SourceFile::SourceFile(std::string path, std::string bytes) : path_(std::move(path)), text_(std::move(bytes)) {
  if (std::optional<std::string> utf8 = utf16_to_utf8(text_)) text_ = std::move(*utf8);
  if (text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
  starts_.push_back(0);
  for (const char* p = text_.data(); (p = static_cast<const char*>(std::memchr(p, '\n', text_.data() + text_.size() - p)));)
    starts_.push_back(static_cast<std::size_t>(++p - text_.data()));
}

Location SourceFile::location(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());  // 1-based
  std::size_t start = starts_[line - 1];
  return {line, char_count(std::string_view(text_).substr(start, offset - start)) + 1};
}

std::string_view SourceFile::line_text(std::size_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  std::size_t start = starts_[line - 1];
  std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
  std::string_view s = std::string_view(text_).substr(start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace baocao
