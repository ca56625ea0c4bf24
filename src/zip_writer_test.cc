#include "zip_writer.h"

#include <doctest/doctest.h>
#include <zip.h>

using namespace baocao;

namespace {
// Reads one entry back with libzip's reader.
std::string entry(const std::string& archive, const char* name) {
  zip_error_t err;
  zip_source_t* src = zip_source_buffer_create(archive.data(), archive.size(), 0, &err);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  REQUIRE(z);
  zip_stat_t st;
  REQUIRE(zip_stat(z, name, 0, &st) == 0);
  std::string out(st.size, '\0');
  zip_file_t* f = zip_fopen(z, name, 0);
  CHECK(zip_fread(f, out.data(), st.size) == static_cast<zip_int64_t>(st.size));
  zip_fclose(f);
  zip_close(z);
  return out;
}
}  // namespace

TEST_CASE("zip: entries read back as written, in order, the same bytes every time") {
  std::string big(100000, 'x');
  std::vector<ZipEntry> entries = {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", big}, {"empty", ""}};
  std::string error;
  std::string a = zip_archive(entries, &error);
  CHECK(error.empty());
  CHECK(a.compare(0, 4, "PK\x03\x04") == 0);
  // The first entry's name follows the first local header (30 bytes): Word wants the content types first.
  CHECK(a.compare(30, 19, "[Content_Types].xml") == 0);
  CHECK(a.size() < big.size() / 10);  // deflated
  CHECK(entry(a, "word/document.xml") == big);
  CHECK(entry(a, "[Content_Types].xml") == "<Types/>");
  CHECK(entry(a, "empty").empty());
  CHECK(zip_archive(entries, &error) == a);
}
