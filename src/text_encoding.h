// The encodings Vietnamese text arrives in from Windows editors: UTF-16
// with a byte order mark (Notepad's "Unicode"), read as what it is; and the
// legacy 8-bit encodings (Windows-1258, TCVN3/ABC, VNI), recognised so that a
// message can say which one a file or a text is in and how to convert it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace baocao {

// The text of a UTF-16 file with a byte order mark (LE or BE), as UTF-8
// without the mark; nothing when `bytes` has no UTF-16 mark. An unpaired
// surrogate or a dangling last byte becomes U+FFFD, which the YAML checks
// then report at its place.
std::optional<std::string> utf16_to_utf8(std::string_view bytes);

enum class Legacy { unknown, windows1258, tcvn3 };

// Which 8-bit encoding the bytes of a file that is not UTF-8 look like.
Legacy guess_file_encoding(std::string_view bytes);

// Whether a UTF-8 text reads as Vietnamese typed in TCVN3 or VNI and shown
// as Latin-1 letters ("Nhµ tr­êng", "Nhaø tröôøng"): a few letters that no
// Vietnamese word in Unicode contains, each glued to a letter before it.
bool looks_like_legacy_text(std::string_view text);

}  // namespace baocao
