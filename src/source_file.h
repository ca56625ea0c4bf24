// One input file in memory: its bytes and a line index that turns byte
// offsets into 1-based lines and character columns.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

struct Location {
  std::size_t line = 0;    // 1-based; 0 when the diagnostic has no place
  std::size_t column = 0;  // 1-based, counted in characters
};

class SourceFile {
 public:
  // A leading UTF-8 byte order mark is dropped: editors on Windows add it.
  // UTF-16 with a byte order mark (Notepad's "Unicode") is turned into
  // UTF-8 first, so that lines and columns are those the editor shows.
  SourceFile(std::string path, std::string bytes);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }

  Location location(std::size_t offset) const;
  std::string_view line_text(std::size_t line) const;  // without the line break

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> starts_;  // byte offset where each line begins
};

}  // namespace baocao
