#include "foreign_file.h"

#include <doctest/doctest.h>

#include "zip_writer.h"

using namespace baocao;

namespace {

std::string zip_of(std::vector<ZipEntry> entries) {
  std::string error;
  std::string bytes = zip_archive(entries, &error);
  REQUIRE(error.empty());
  return bytes;
}

}  // namespace

TEST_CASE("a zip is told apart by the names inside it, whatever the file is called") {
  std::string docx = zip_of({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
  std::string xlsx = zip_of({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}});
  std::string plain = zip_of({{"th-cx.yaml", "plan: pcmd-2024\n"}});
  CHECK(foreign_kind("bao-cao.docx", docx) == ForeignKind::word);
  CHECK(foreign_kind("bao-cao.yaml", docx) == ForeignKind::word);
  CHECK(foreign_kind("bao-cao.yaml", xlsx) == ForeignKind::excel);
  CHECK(foreign_kind("nop.zip", plain) == ForeignKind::zip);
  CHECK(foreign_kind("x.yaml", std::string("PK\x05\x06", 4) + std::string(18, '\0')) == ForeignKind::zip);
}

TEST_CASE("an OpenDocument file is told by its stored mimetype") {
  // The mimetype entry must be stored uncompressed; libzip deflates, so the
  // archive is written by hand: a local header, then the central directory.
  const std::string name = "mimetype", type = "application/vnd.oasis.opendocument.spreadsheet";
  auto u16 = [](std::size_t v) { return std::string{static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)}; };
  auto u32 = [&](std::size_t v) { return u16(v & 0xFFFF) + u16(v >> 16); };
  std::string local = std::string("PK\x03\x04", 4) + u16(10) + u16(0) + u16(0) + u32(0) + u32(0) + u32(type.size()) +
                      u32(type.size()) + u16(name.size()) + u16(0) + name + type;
  std::string central = std::string("PK\x01\x02", 4) + u16(20) + u16(10) + u16(0) + u16(0) + u32(0) + u32(0) +
                        u32(type.size()) + u32(type.size()) + u16(name.size()) + u16(0) + u16(0) + u16(0) + u16(0) +
                        u32(0) + u32(0) + name;
  std::string end = std::string("PK\x05\x06", 4) + u16(0) + u16(0) + u16(1) + u16(1) + u32(central.size()) +
                    u32(local.size()) + u16(0);
  CHECK(foreign_kind("so-lieu.ods", local + central + end) == ForeignKind::odf_spreadsheet);
}

TEST_CASE("old Office files, PDF and images are told by their first bytes") {
  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  auto wide = [](std::string s) {
    std::string w;
    for (char c : s) w += {c, '\0'};
    return w;
  };
  CHECK(foreign_kind("a.doc", ole + std::string(100, '\0') + wide("WordDocument")) == ForeignKind::word);
  CHECK(foreign_kind("a.yaml", ole + std::string(100, '\0') + wide("Workbook")) == ForeignKind::excel);
  CHECK(foreign_kind("a.xls", ole) == ForeignKind::excel);
  CHECK(foreign_kind("a.yaml", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj") == ForeignKind::pdf);
  CHECK(foreign_kind("a.yaml", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)) == ForeignKind::image);
  CHECK(foreign_kind("a.yaml", "\xFF\xD8\xFF\xE0\0\x10JFIF") == ForeignKind::image);
  CHECK(foreign_kind("IMG_0001.HEIC", std::string("\0\0\0\x18" "ftypheic\0\0\0\0", 16)) == ForeignKind::image);
}

TEST_CASE("a table saved from Excel is a CSV, a school file is not") {
  CHECK(foreign_kind("a.yaml", "Mã trường,Tên trường,Tổng số\nTH-CX,Tiểu học Chiềng Xuân,26\n") == ForeignKind::csv);
  CHECK(foreign_kind("a.yaml", "\xEF\xBB\xBFMục;Số liệu\r\nstaff.total;26\r\n\"a; b\";3\r\n") == ForeignKind::csv);
  CHECK(foreign_kind("a.csv", "chỉ một dòng") == ForeignKind::csv);
  CHECK(foreign_kind("a.yaml", "plan: pcmd-2024\nschool: {code: A, name: B}\n") == ForeignKind::none);
  CHECK(foreign_kind("a.yaml", "# a, b\n# c, d\n") == ForeignKind::none);
  CHECK(foreign_kind("a.yaml", "topics: [a, b]\nforms: [c, d]\n") == ForeignKind::none);
  CHECK(foreign_kind("a.yaml", "Nhµ tr\xAD\xEAng, x\nmét, hai\n") == ForeignKind::csv);  // legacy bytes: still a table
  CHECK(foreign_kind("a.yaml", "Nh\xB5 tr\xAD\xEAng\n") == ForeignKind::none);
}

TEST_CASE("the walk takes documents by name, not images") {
  CHECK(is_document_name("nop/TH-CX bao cao.DOCX"));
  CHECK(is_document_name("a.xlsx"));
  CHECK(is_document_name("a.pdf"));
  CHECK(is_document_name("a.csv"));
  CHECK_FALSE(is_document_name("bao-cao-trang-1.png"));
  CHECK_FALSE(is_document_name("HUONG-DAN.txt"));
  CHECK_FALSE(is_document_name("docx"));
}

TEST_CASE("a file too short for any signature is no foreign file, and no crash") {
  for (std::string_view bytes : {std::string_view(), std::string_view("a"), std::string_view("RIFF"),
                                 std::string_view("plan: x\n")})
    CHECK(foreign_kind("a.yaml", bytes) == ForeignKind::none);
}
