#include "atomic_write.h"

#include <random>

#include "platform.h"

namespace baocao {

namespace {

// Writes `content` to the new file, on disk when it returns "".
std::string fill(platform::NewFile& file, const std::string& content) {
  if (!file.error().empty()) return file.error();
  std::string err = file.write(content);
  return err.empty() ? file.flush_and_close() : err;
}

}  // namespace

std::string write_atomically(const std::string& path, const std::string& content) {
  std::filesystem::path target = platform::fs_path(path);
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string base = ".";
  base += platform::utf8_path(target.filename());
  base += '.';
  std::random_device seed;
  std::mt19937 pick(seed());
  const char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string suffix;
    for (int i = 0; i < 6; ++i) suffix += kLetters[pick() % (sizeof kLetters - 1)];
    std::string tmp = platform::utf8_path(dir / platform::fs_path(base + suffix));
    std::string err;
    {
      platform::NewFile file(tmp, path);
      if (file.name_taken()) continue;
      err = fill(file, content);
    }  // closed here: Windows removes or renames only closed files
    if (err.empty()) err = platform::rename_over(tmp, path);
    if (!err.empty()) platform::remove_file(tmp);  // if it was made at all
    return err;
  }
  return "no free name for a temporary file";
}

}  // namespace baocao
