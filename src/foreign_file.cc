#include "foreign_file.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include "text_encoding.h"

namespace baocao {

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string lower_extension(std::string_view name) {
  std::size_t slash = name.find_last_of("/\\");
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  std::size_t dot = base.rfind('.');
  if (dot == std::string_view::npos) return {};
  std::string ext(base.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext;
}

std::uint32_t le16(std::string_view b, std::size_t at) {
  return at + 2 > b.size() ? 0 : static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}
std::uint32_t le32(std::string_view b, std::size_t at) {
  return at + 4 > b.size() ? 0 : le16(b, at) | le16(b, at + 2) << 16;
}

// A zip's documents are told apart by the names in its central directory
// ("word/document.xml", "xl/workbook.xml"), an OpenDocument file by its
// first entry, `mimetype`, stored uncompressed.
ForeignKind zip_kind(std::string_view b) {
  constexpr std::size_t kEndRecord = 22, kMaxComment = 0xFFFF;
  std::size_t from = b.size() > kEndRecord + kMaxComment ? b.size() - kEndRecord - kMaxComment : 0;
  std::size_t end = b.size() >= kEndRecord ? b.rfind(std::string_view("PK\x05\x06", 4)) : std::string_view::npos;
  if (end == std::string_view::npos || end < from) return ForeignKind::zip;
  std::size_t entries = le16(b, end + 10), at = le32(b, end + 16);
  for (std::size_t i = 0; i < entries && at + 46 <= b.size() && b.substr(at, 4) == std::string_view("PK\x01\x02", 4);
       ++i) {
    std::size_t name_len = le16(b, at + 28), extra = le16(b, at + 30), comment = le16(b, at + 32);
    std::string_view name = b.substr(at + 46, name_len);
    if (starts_with(name, "word/")) return ForeignKind::word;
    if (starts_with(name, "xl/")) return ForeignKind::excel;
    if (starts_with(name, "ppt/")) return ForeignKind::powerpoint;
    if (name == "mimetype" && le16(b, at + 10) == 0) {  // stored, not compressed
      std::size_t local = le32(b, at + 42);
      std::size_t data = local + 30 + le16(b, local + 26) + le16(b, local + 28);
      std::string_view type = b.substr(std::min(data, b.size()), le32(b, at + 20));
      if (starts_with(type, "application/vnd.oasis.opendocument.text")) return ForeignKind::odf_text;
      if (starts_with(type, "application/vnd.oasis.opendocument.spreadsheet")) return ForeignKind::odf_spreadsheet;
    }
    at += 46 + name_len + extra + comment;
  }
  return ForeignKind::zip;
}

// An old Office file (OLE compound file) names its main stream in UTF-16.
ForeignKind ole_kind(std::string_view name, std::string_view b) {
  auto has = [&](std::string_view ascii) {
    std::string wide;
    for (char c : ascii) wide += {c, '\0'};
    return b.find(wide) != std::string_view::npos;
  };
  if (has("WordDocument")) return ForeignKind::word;
  if (has("Workbook") || has("Book")) return ForeignKind::excel;
  if (has("PowerPoint Document")) return ForeignKind::powerpoint;
  std::string ext = lower_extension(name);
  if (ext == "xls") return ForeignKind::excel;
  if (ext == "ppt") return ForeignKind::powerpoint;
  return ForeignKind::word;
}

bool is_image(std::string_view b) {
  if (starts_with(b, "\x89PNG\r\n\x1a\n") || starts_with(b, "\xFF\xD8\xFF") || starts_with(b, "GIF87a") ||
      starts_with(b, "GIF89a"))
    return true;
  if (starts_with(b, "BM") && b.size() > 10 && b.substr(6, 4) == std::string_view("\0\0\0\0", 4)) return true;
  if (b.size() < 12) return false;  // the signatures below need their first 12 bytes
  if (starts_with(b, "RIFF") && b.substr(8, 4) == "WEBP") return true;
  if (b.substr(4, 4) == "ftyp") {  // HEIF, the iPhone's photos
    std::string_view brand = b.substr(8, 4);
    for (std::string_view h : {"heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif"})
      if (brand == h) return true;
  }
  return false;
}

// How many times `sep` stands between fields of `line`, outside double quotes.
std::size_t separators(std::string_view line, char sep) {
  std::size_t n = 0;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == sep && !quoted) ++n;
  }
  return n;
}

// A line a school file may hold: a comment, a list item, or `key:`.
bool yaml_like(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  if (line[i] == '#' || line[i] == '-') return true;
  std::size_t j = i;
  while (j < line.size() && (std::isalnum(static_cast<unsigned char>(line[j])) || line[j] == '_')) ++j;
  return j > i && j < line.size() && line[j] == ':' && (j + 1 == line.size() || line[j + 1] == ' ');
}

// Excel's "Save as CSV": every row has the same number of separators, and
// no line reads as YAML.
bool is_table(std::string_view text) {
  if (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<std::string_view> lines;
  constexpr std::size_t kLines = 20;
  for (std::size_t at = 0; at < text.size() && lines.size() < kLines;) {
    std::size_t nl = text.find('\n', at);
    std::string_view line = text.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) {
      if (yaml_like(line)) return false;
      lines.push_back(line);
    }
    if (nl == std::string_view::npos) break;
    at = nl + 1;
  }
  if (lines.size() < 2) return false;
  for (char sep : {',', ';', '\t'}) {
    std::size_t n = separators(lines[0], sep);
    if (n > 0 && std::all_of(lines.begin(), lines.end(), [&](std::string_view l) { return separators(l, sep) == n; }))
      return true;
  }
  return false;
}

}  // namespace

ForeignKind foreign_kind(std::string_view name, std::string_view bytes) {
  if (starts_with(bytes, std::string_view("PK\x03\x04", 4)) || starts_with(bytes, std::string_view("PK\x05\x06", 4)))
    return zip_kind(bytes);
  if (starts_with(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return ole_kind(name, bytes);
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return ForeignKind::pdf;
  if (is_image(bytes)) return ForeignKind::image;
  // Excel's "Unicode text" is a UTF-16 table.
  std::optional<std::string> utf8 = utf16_to_utf8(bytes);
  if (is_table(utf8 ? std::string_view(*utf8) : bytes)) return ForeignKind::csv;
  std::string ext = lower_extension(name);
  if (ext == "csv") return ForeignKind::csv;
  return ForeignKind::none;
}

bool is_document_name(std::string_view name) {
  static constexpr std::array<std::string_view, 13> kDocuments = {
      "doc", "docx", "docm", "xls", "xlsx", "xlsm", "ppt", "pptx", "odt", "ods", "pdf", "zip", "csv"};
  std::string ext = lower_extension(name);
  return std::find(kDocuments.begin(), kDocuments.end(), ext) != kDocuments.end();
}

std::string foreign_kind_words(ForeignKind kind, Lang lang) {
  switch (kind) {
    case ForeignKind::word: return say(lang, "tệp Word (.docx, .doc)", "a Word document (.docx, .doc)");
    case ForeignKind::excel: return say(lang, "tệp Excel (.xlsx, .xls)", "an Excel workbook (.xlsx, .xls)");
    case ForeignKind::powerpoint: return say(lang, "tệp PowerPoint", "a PowerPoint presentation");
    case ForeignKind::odf_text: return say(lang, "tệp văn bản LibreOffice (.odt)", "a LibreOffice document (.odt)");
    case ForeignKind::odf_spreadsheet:
      return say(lang, "tệp bảng tính LibreOffice (.ods)", "a LibreOffice spreadsheet (.ods)");
    case ForeignKind::pdf: return say(lang, "tệp PDF", "a PDF file");
    case ForeignKind::zip: return say(lang, "tệp nén (.zip)", "a zip archive");
    case ForeignKind::image: return say(lang, "tệp ảnh", "an image");
    case ForeignKind::csv:
      return say(lang, "bảng tính lưu dạng CSV (từ Excel)", "a table saved as CSV (from Excel)");
    case ForeignKind::none: break;
  }
  return {};
}

}  // namespace baocao
