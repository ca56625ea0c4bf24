#include "lang.h"

#include <cerrno>
#include <cstring>

namespace baocao {

std::optional<Lang> parse_lang(std::string_view s) {
  if (s == "vi") return Lang::vi;
  if (s == "en") return Lang::en;
  return std::nullopt;
}

std::string system_error_text(int errnum, Lang lang) {
  std::string system = std::strerror(errnum);
  if (lang == Lang::en) return system;
  const char* vi = nullptr;
  switch (errnum) {
    case ENOENT: vi = "không có tệp hay thư mục này"; break;
    case EACCES:
    case EPERM: vi = "không có quyền"; break;
    case ENOSPC: vi = "ổ đĩa đã đầy"; break;
    case EROFS: vi = "ổ đĩa chỉ cho đọc"; break;
    case EISDIR: vi = "đây là một thư mục"; break;
    case ENOTDIR: vi = "một phần của đường dẫn không phải thư mục"; break;
    case ENAMETOOLONG: vi = "tên tệp quá dài"; break;
    case EIO: vi = "lỗi đọc ghi của ổ đĩa"; break;
    case EMFILE:
    case ENFILE: vi = "mở quá nhiều tệp cùng lúc"; break;
    default: return system;
  }
  return fmt::format("{} ({})", vi, system);
}

}  // namespace baocao
