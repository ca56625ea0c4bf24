#include "file_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "platform.h"

namespace baocao {

std::optional<std::string> read_input(const std::string& path, Lang lang, std::string* error) {
  bool from_stdin = path == "-";
  std::FILE* f = from_stdin ? stdin : platform::open_for_reading(path);
  if (!f) {
    int open_errno = errno;
    *error = say(lang, "không mở được tệp: {}", "can't open the file: {}", system_error_text(open_errno, lang));
    return std::nullopt;
  }
  // Unbuffered, and sized from the file when it can be, so the common case
  // is one allocation and one read straight into place; a pipe or a growing
  // file still works.
  if (!from_stdin) std::setvbuf(f, nullptr, _IONBF, 0);
  std::string data;
  if (std::optional<std::uint64_t> size = platform::regular_file_size(f); size && *size > 0)
    data.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(*size, kMaxFileBytes)) + 1);
  bool too_big = false, failed = false;
  for (;;) {
    if (data.size() == data.capacity()) data.reserve(data.size() < 4096 ? 8192 : data.size() * 2);
    std::size_t had = data.size();
    data.resize(data.capacity());
    std::size_t n = std::fread(data.data() + had, 1, data.size() - had, f);
    data.resize(had + n);
    if (n == 0) {
      failed = std::ferror(f) != 0;
      break;
    }
    if (data.size() > kMaxFileBytes) {
      too_big = true;
      break;
    }
  }
  int read_errno = errno;
  if (!from_stdin) std::fclose(f);
  if (failed) {
    *error = say(lang, "không đọc được tệp: {}", "can't read the file: {}", system_error_text(read_errno, lang));
    return std::nullopt;
  }
  if (too_big) {
    *error = say(lang, "tệp quá lớn (hơn {} MB): không phải báo cáo của một trường",
                 "the file is too large (over {} MB) to be one school's report", kMaxFileBytes >> 20);
    return std::nullopt;
  }
  return data;
}

}  // namespace baocao
