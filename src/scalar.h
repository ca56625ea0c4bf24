// Typed values as a Vietnamese user writes them: whole numbers, dates in
// either order, yes/no in either language, phone numbers.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "lang.h"

namespace baocao {

constexpr long long kMaxCount = 10'000'000;

struct Date {
  int year = 0, month = 0, day = 0;

  long days() const;        // days since 1970-01-01, for comparisons
  std::string iso() const;  // 2024-04-03
  std::string vi() const;   // 03/04/2024
  friend bool operator<(const Date& a, const Date& b) { return a.days() < b.days(); }
  friend bool operator<=(const Date& a, const Date& b) { return a.days() <= b.days(); }
  friend bool operator==(const Date& a, const Date& b) { return a.days() == b.days(); }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
};

// The outcome of reading one scalar: a value, or a message and a hint in the
// user's language.
template <typename T>
struct Parsed {
  std::optional<T> value;
  std::string code;  // diagnostic code when value is empty
  std::string message;
  std::string hint;
};

Parsed<long long> parse_count(std::string_view text, Lang lang);  // 0..kMaxCount
Parsed<Date> parse_date(std::string_view text, Lang lang);
Parsed<bool> parse_bool(std::string_view text, Lang lang);
Parsed<std::string> parse_phone(std::string_view text, Lang lang);  // returns the text as written

bool is_real_date(int year, int month, int day);

}  // namespace baocao
