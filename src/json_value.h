// A strict JSON reader (RFC 8259) for reading baocao's own reports back:
// every value keeps the byte span it came from, so that a report edited by
// hand or cut short gets an error at its line and column (E601), not a guess.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"
#include "source_file.h"

namespace baocao {

struct JsonValue {
  enum class Type : unsigned char { null, boolean, number, string, array, object };
  Type type = Type::null;
  bool boolean = false;
  bool integer = false;    // a number written without fraction or exponent, that fits a long long
  long long whole = 0;     // its value when `integer`
  double number = 0;
  std::string text;        // a string's value
  std::vector<JsonValue> items;                            // an array's
  std::vector<std::pair<std::string, JsonValue>> members;  // an object's, in the order written
  std::size_t offset = 0, length = 0;                      // the span in the source

  // Defined in json_value.cc, where `members`' pair is complete: clang
  // under C++20 instantiates an implicit (constexpr) destructor of a vector
  // of pairs holding the type being defined, and stops.
  JsonValue();
  JsonValue(const JsonValue&);
  JsonValue(JsonValue&&) noexcept;
  JsonValue& operator=(const JsonValue&);
  JsonValue& operator=(JsonValue&&) noexcept;
  ~JsonValue();

  const JsonValue* find(std::string_view key) const;
  bool is(Type t) const { return type == t; }
};

// The English name of a type, for messages: "an object", "a string", ...
const char* json_type_name(JsonValue::Type t, Lang lang);

// The one value of `file`, or nothing after an E601 error: a syntax error,
// a duplicate key, a string that is not UTF-8, or anything after the value.
std::optional<JsonValue> parse_json(const SourceFile& file, Diagnostics& diags);

}  // namespace baocao
