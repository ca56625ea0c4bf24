// UTF-8 helpers over utf8proc: validation, normalisation, folding, distance.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace baocao {

// Byte offset of the first byte that does not start a valid UTF-8 sequence,
// searching from `from`; npos when the rest is valid.
// Appends `cp` to `out` in UTF-8.
void append_utf8(std::string& out, char32_t cp);

std::size_t find_invalid_utf8(std::string_view s, std::size_t from = 0);

// Number of code points in valid UTF-8 (invalid bytes count one each).
std::size_t char_count(std::string_view s);

// True when `s` is certainly its own NFC: every code point is in a block
// that never changes or composes (Latin, Vietnamese, common punctuation).
// False means "normalise to find out".
bool surely_nfc(std::string_view s);

// NFC normal form; the input must be valid UTF-8.
std::string nfc(std::string_view s);

// NFC plus case folding: how labels and codes are compared.
std::string fold(std::string_view s);

// Folded, accents stripped, đ -> d, separators (space, '-', '_') unified: the
// key under which "did you mean" suggestions are ranked.
std::string loose_key(std::string_view s);

// Levenshtein distance counted in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// True when s holds only spaces, tabs and line breaks.
bool is_blank(std::string_view s);

std::string trim(std::string_view s);

// Unicode's bidirectional formatting characters: the Arabic letter mark
// U+061C, the marks U+200E-200F, the embeddings and overrides U+202A-202E
// and the isolates U+2066-2069. In a school's text they would reorder what
// the reader sees around it, so no output lets them act.
bool is_bidi_control(char32_t cp);

// `s` with every bidi control replaced by U+FFFD, which shows where one was.
// Everything else, invalid bytes included, is copied as it is.
std::string without_bidi_controls(std::string_view s);

}  // namespace baocao
