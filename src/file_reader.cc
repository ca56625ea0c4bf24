#include "file_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace baocao {

std::optional<std::string> read_input(const std::string& path, Lang lang, std::string* error) {
  int fd = path == "-" ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = say(lang, "không mở được tệp: {}", "can't open the file: {}", std::strerror(errno));
    return std::nullopt;
  }
  // Sized from fstat when it can be, so the common case is one allocation
  // and one read straight into place; a pipe or a growing file still works.
  std::string data;
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    data.reserve(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), kMaxFileBytes) + 1);
  bool too_big = false;
  for (;;) {
    if (data.size() == data.capacity()) data.reserve(data.size() < 4096 ? 8192 : data.size() * 2);
    std::size_t had = data.size();
    data.resize(data.capacity());
    ssize_t n = ::read(fd, data.data() + had, data.size() - had);
    data.resize(had + static_cast<std::size_t>(std::max<ssize_t>(n, 0)));
    if (n < 0) {
      if (errno == EINTR) continue;
      *error = say(lang, "không đọc được tệp: {}", "can't read the file: {}", std::strerror(errno));
      if (fd) ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    if (data.size() > kMaxFileBytes) {
      too_big = true;
      break;
    }
  }
  if (fd) ::close(fd);
  if (too_big) {
    *error = say(lang, "tệp quá lớn (hơn {} MB): không phải báo cáo của một trường",
                 "the file is too large (over {} MB) to be one school's report", kMaxFileBytes >> 20);
    return std::nullopt;
  }
  return data;
}

}  // namespace baocao
