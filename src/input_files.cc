#include "input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <unordered_map>
#include <unordered_set>

#include "foreign_file.h"
#include "platform.h"

namespace baocao {

namespace fs = std::filesystem;

namespace {

// School files, and the documents sent in their place, which are named
// rather than passed over in silence.
bool is_school_file(const fs::path& p) {
  std::string ext = platform::utf8_path(p.extension());
  if (ext == ".yaml" || ext == ".yml") return p.filename() != "baocao.yaml";
  return is_document_name(platform::utf8_path(p.filename()));
}

// A file found and the name it is known by once links and `..` are resolved,
// which tells when it was reached twice.
struct Found {
  std::string path, real;
};

std::string real_path(const fs::path& p, const std::string& fallback) {
  std::error_code ec;
  fs::path real = fs::weakly_canonical(p, ec);
  return ec ? fallback : platform::utf8_path(real);
}

// `real_dir` is `dir` resolved: a file in it that is not a link is resolved
// by its name alone, with no call to the system for each of thousands.
void walk(const fs::path& dir, const fs::path& real_dir, Lang lang, std::vector<Found>& found, InputFiles& out) {
  std::error_code ec;
  fs::directory_iterator it(dir, fs::directory_options::none, ec);
  if (ec) {
    out.problems.push_back({platform::utf8_path(dir), say(lang, "không đọc được thư mục: {}", "can't read the folder: {}", ec.message())});
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  if (ec) out.problems.push_back({platform::utf8_path(dir), say(lang, "không đọc hết thư mục: {}", "can't read the whole folder: {}", ec.message())});
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path().native() < b.path().native(); });
  for (const fs::directory_entry& e : entries) {
    std::string name = platform::utf8_path(e.path().filename());
    if (!name.empty() && name[0] == '.') continue;
    std::error_code sec;
    bool link = e.is_symlink(sec);
    if (e.is_directory(sec)) {
      if (link) continue;  // a link to a folder could loop back up
      walk(e.path(), real_dir / e.path().filename(), lang, found, out);
    } else if (is_school_file(e.path())) {
      std::string path = platform::utf8_path(e.path());
      std::string real = link ? real_path(e.path(), path) : platform::utf8_path(real_dir / e.path().filename());
      found.push_back({std::move(path), std::move(real)});
    }
  }
}

}  // namespace

InputFiles find_input_files(const std::vector<std::string>& paths, Lang lang) {
  InputFiles out;
  // A file named twice (`a.yaml a.yaml`, or a file and its folder) is one
  // submission, read once where it first appears.
  std::unordered_set<std::string> seen;
  auto add = [&](const std::string& file, const std::string& real) {
    if (seen.insert(real).second) out.files.push_back(file);
  };
  for (const std::string& p : paths) {
    if (p == "-") {
      out.files.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(platform::fs_path(p), ec);
    if (ec || !fs::exists(st)) {
      out.missing.push_back(p);
      continue;
    }
    std::string path = platform::native_separators(p);
    if (fs::is_directory(st)) {
      std::vector<Found> found;
      fs::path dir = platform::fs_path(path);
      walk(dir, platform::fs_path(real_path(dir, path)), lang, found, out);
      for (const Found& f : found) add(f.path, f.real);
    } else {
      add(path, real_path(platform::fs_path(path), path));
      out.named.push_back(path);
    }
  }
  return out;
}

std::vector<std::string> nearest_office_files(const std::vector<std::string>& files) {
  // Thousands of files share a few folders: each folder is looked up once.
  std::unordered_map<std::string, std::string> by_folder;
  std::vector<std::string> out;
  out.reserve(files.size());
  for (const std::string& f : files) {
    if (f == "-") {
      out.emplace_back();
      continue;
    }
    fs::path folder = platform::fs_path(f).parent_path();
    auto [it, fresh] = by_folder.try_emplace(platform::utf8_path(folder));
    if (fresh) {
      std::error_code ec;
      fs::path dir = fs::absolute(folder.empty() ? fs::path(".") : folder, ec).lexically_normal();
      for (; !ec; dir = dir.parent_path()) {
        std::error_code none;  // a folder without one is not an error
        if (fs::is_regular_file(dir / "baocao.yaml", none)) {
          it->second = platform::utf8_path(fs::proximate(dir / "baocao.yaml", ec));
          break;
        }
        if (dir == dir.parent_path()) break;
      }
    }
    out.push_back(it->second);
  }
  return out;
}

}  // namespace baocao
