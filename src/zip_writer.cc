#include "zip_writer.h"

#include <zip.h>

#include <memory>

namespace baocao {

namespace {

std::string why(zip_error_t* e) {
  std::string s = zip_error_strerror(e);
  zip_error_fini(e);
  return "zip: " + s;
}

}  // namespace

std::string zip_archive(const std::vector<ZipEntry>& entries, std::string* error) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!buffer) {
    *error = why(&err);
    return {};
  }
  zip_source_keep(buffer);  // read back after zip_close
  std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> keep(buffer, zip_source_free);
  zip_t* zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
  if (!zip) {
    *error = why(&err);
    return {};
  }
  for (const ZipEntry& e : entries) {
    zip_source_t* src = zip_source_buffer(zip, e.data.data(), e.data.size(), 0);
    zip_int64_t i = src ? zip_file_add(zip, e.name.c_str(), src, ZIP_FL_ENC_UTF_8) : -1;
    if (i < 0) {
      if (src) zip_source_free(src);
      *error = "zip: " + std::string(zip_strerror(zip));
      zip_discard(zip);
      return {};
    }
    zip_set_file_compression(zip, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, 9);
    zip_file_set_dostime(zip, static_cast<zip_uint64_t>(i), 0, (0 << 9) | (1 << 5) | 1, 0);  // 1980-01-01 00:00
  }
  if (zip_close(zip) != 0) {
    *error = "zip: " + std::string(zip_strerror(zip));
    zip_discard(zip);
    return {};
  }
  std::string out;
  zip_stat_t st;
  if (zip_source_stat(buffer, &st) != 0 || zip_source_open(buffer) != 0) {
    *error = "zip: " + std::string(zip_error_strerror(zip_source_error(buffer)));
    return {};
  }
  out.resize(st.size);
  zip_int64_t n = zip_source_read(buffer, out.data(), st.size);
  zip_source_close(buffer);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    *error = "zip: short read of the archive";
    return {};
  }
  return out;
}

}  // namespace baocao
