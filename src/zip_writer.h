// Builds a zip archive in memory (libzip): the container of .docx files.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace baocao {

struct ZipEntry {
  std::string name;  // path inside the archive, e.g. "word/document.xml"
  std::string data;
};

// The archive's bytes, entries deflated in the order given and dated
// 1980-01-01 so that the same input gives the same bytes. On failure
// returns "" and sets `error`.
std::string zip_archive(const std::vector<ZipEntry>& entries, std::string* error);

}  // namespace baocao
