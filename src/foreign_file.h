// Files that are not a school's YAML at all: a Word, Excel or PDF document,
// a zip, an image, or a table saved as CSV. They are told apart by their
// first bytes (and a zip by the names inside it), never read as text in a
// legacy encoding, so that the teacher hears what the file is and what to
// send instead.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "lang.h"

namespace baocao {

enum class ForeignKind : std::uint8_t {
  none,  // text that may be a school file
  word,
  excel,
  powerpoint,
  odf_text,         // LibreOffice Writer (.odt)
  odf_spreadsheet,  // LibreOffice Calc (.ods)
  pdf,
  zip,
  image,
  csv,
};

// What `bytes`, the content of the file `name`, is. The bytes decide; the
// name only tells an old Word file from an old Excel one when the bytes
// can't, and names a CSV (.csv) whose text is not a clear table.
ForeignKind foreign_kind(std::string_view name, std::string_view bytes);

// Whether a walk through a submissions folder takes the file by its name:
// the documents a clerk may find dropped there instead of a school file.
// (Images are not: an office folder may hold pictures of its own.)
bool is_document_name(std::string_view name);

// "a Word document (.docx, .doc)": what the file is, for a message.
std::string foreign_kind_words(ForeignKind kind, Lang lang);

}  // namespace baocao
