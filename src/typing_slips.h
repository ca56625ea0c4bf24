// What a keyboard, Word, Zalo or haste puts into a YAML file that the
// teacher did not mean: a Tab or an invisible character in the indentation,
// `total:26`, a no-break space or a full-width colon after a key, Word's
// dash as a list bullet, a text starting with a sign YAML reserves, `[]`
// left above the items. Found line by line on the raw text, before YAML
// reads it, so that the message names the real cause on the line of the
// mistake. Only lines holding a Tab, a non-ASCII byte or a sign after a key
// are looked at closely: this runs on every file.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "lang.h"

namespace baocao {

struct Slip {
  Severity severity = Severity::error;
  std::string code;
  std::size_t offset = 0;  // of the character at fault
  std::size_t length = 1;
  std::string message, hint;
  // Whether the slip stands on its own. A conditional one (a Tab, `-name`,
  // `total:26`...) could still be the inside of a longer text; it is
  // reported when YAML starts a value at `token`, or fails on or just after
  // its line (`reach`, the last line it can break).
  bool certain = true;
  std::size_t token = kNoOffset;
  std::size_t line = 0, reach = 0;  // 1-based
  bool reported = false;
};

struct SlipScan {
  std::vector<Slip> slips;  // in file order
  // A same-length copy of the text where what is clearly meant was put back
  // (a no-break space after a key's colon read as spaces, a full-width colon
  // as `:`); empty when nothing needed it.
  std::string repaired;
  // Where a `#` glued to a word follows text on its line: YAML takes it for a
  // comment, the teacher for part of the text (`#NóiKhôngVớiTệNạn`).
  std::vector<std::size_t> hashtags;
  bool invisible = false;  // the text holds a zero-width character somewhere
};

SlipScan scan_slips(std::string_view text, Lang lang);

// The name of the invisible or look-alike character starting at `p`
// ("dấu cách không ngắt (U+00A0)"), and its length in bytes; 0 when the
// bytes are none of those.
std::size_t odd_char(std::string_view text, std::size_t at, Lang lang, std::string* name);

// Whether the invisible character at `at` is one that is never part of a
// text (zero-width space, joiners, a byte order mark), so it can be dropped.
bool zero_width_at(std::string_view text, std::size_t at);

}  // namespace baocao
