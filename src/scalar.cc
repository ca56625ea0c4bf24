#include "scalar.h"

#include <fmt/format.h>

#include <cctype>

#include "utf8.h"

namespace baocao {

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// "1.200", "1,200", "1 200", "12.345.678": digit groups of three after the first.
bool is_grouped_number(std::string_view s, std::string* digits) {
  char sep = 0;
  std::size_t group = 0;
  bool first = true;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      out += c;
      ++group;
      if (first && group > 3) return false;
      continue;
    }
    if (c != '.' && c != ',' && c != ' ') return false;
    if (sep && c != sep) return false;
    if (group == 0 || (!first && group != 3)) return false;
    sep = c;
    first = false;
    group = 0;
  }
  if (!sep || group != 3) return false;
  *digits = out;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

long Date::days() const {
  // Days from civil (Howard Hinnant's algorithm), valid for the proleptic Gregorian calendar.
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }
std::string Date::vi() const { return fmt::format("{:02}/{:02}/{:04}", day, month, year); }

bool is_real_date(int year, int month, int day) {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

Parsed<long long> parse_count(std::string_view raw, Lang lang) {
  Parsed<long long> r;
  // Nearly every count is written as bare digits: read those at once. Seven
  // digits never pass the ceiling.
  static_assert(kMaxCount > 9'999'999);
  if (raw.size() <= 7 && all_digits(raw)) {
    long long n = 0;
    for (char c : raw) n = n * 10 + (c - '0');
    r.value = n;
    return r;
  }
  std::string text = trim(raw);
  // A no-break space (pasted from Zalo or Word) stands for a space: around
  // the digits it is nothing, between them a thousands separator.
  bool nbsp = false;
  for (std::size_t at; (at = text.find("\xC2\xA0")) != std::string::npos; nbsp = true) text.replace(at, 2, 1, ' ');
  if (nbsp) text = trim(text);
  r.code = "E103";
  if (all_digits(text)) {
    if (text.size() > 9 || std::stoll(text) > kMaxCount) {
      r.code = "E106";
      r.message = say(lang, "số {} quá lớn (tối đa {})", "{} is too large (at most {})", text, kMaxCount);
      r.hint = say(lang, "kiểm tra lại số liệu; có thể gõ thừa chữ số", "check the figure; a digit may be doubled");
      return r;
    }
    r.value = std::stoll(text);
    return r;
  }
  std::string digits;
  if (is_grouped_number(text, &digits)) {
    r.message = nbsp ? say(lang, "số `{}` có dấu phân cách hàng nghìn là dấu cách không ngắt (U+00A0)",
                           "`{}` has a no-break space (U+00A0) as thousands separator", text)
                     : say(lang, "số `{}` có dấu phân cách hàng nghìn", "`{}` has a thousands separator", text);
    r.hint = say(lang, "viết liền các chữ số, không dấu chấm, phẩy hay cách: {}",
                 "write the digits only, without dots, commas or spaces: {}", digits);
    return r;
  }
  if (text.size() > 1 && text[0] == '-' && all_digits(text.substr(1))) {
    r.code = "E106";
    r.message = say(lang, "số không được âm: {}", "the number can't be negative: {}", text);
    r.hint = say(lang, "ghi 0 nếu không có", "write 0 if there are none");
    return r;
  }
  auto dot = text.find_first_of(".,");
  if (dot != std::string::npos && all_digits(text.substr(0, dot)) && all_digits(text.substr(dot + 1))) {
    r.message = say(lang, "phải là số nguyên, không phải `{}`", "must be a whole number, not `{}`", text);
    r.hint = say(lang, "làm tròn thành số nguyên, ví dụ {}", "round it to a whole number, e.g. {}", text.substr(0, dot));
    return r;
  }
  r.message = say(lang, "phải là một số viết bằng chữ số, không phải `{}`", "must be a number written in digits, not `{}`",
                  text);
  r.hint = say(lang, "viết bằng chữ số, ví dụ 30 thay cho \"ba mươi\"", "write it in digits, e.g. 30 rather than \"thirty\"");
  return r;
}

Parsed<Date> parse_date(std::string_view raw, Lang lang) {
  std::string text = trim(raw);
  Parsed<Date> r;
  r.code = "E104";
  int y = 0, m = 0, d = 0;
  bool shaped = false;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-' && all_digits(text.substr(0, 4)) &&
      all_digits(text.substr(5, 2)) && all_digits(text.substr(8, 2))) {
    y = to_int(text.substr(0, 4)), m = to_int(text.substr(5, 2)), d = to_int(text.substr(8, 2));
    shaped = true;
  } else {
    auto a = text.find('/'), b = text.rfind('/');
    if (a != std::string::npos && b != a) {
      std::string_view ds = std::string_view(text).substr(0, a), ms = std::string_view(text).substr(a + 1, b - a - 1),
                       ys = std::string_view(text).substr(b + 1);
      if (all_digits(ds) && ds.size() <= 2 && all_digits(ms) && ms.size() <= 2 && all_digits(ys) && ys.size() == 4) {
        d = to_int(ds), m = to_int(ms), y = to_int(ys);
        shaped = true;
      }
    }
  }
  if (!shaped) {
    r.message = say(lang, "`{}` không phải là ngày", "`{}` is not a date", text);
    r.hint = say(lang, "viết ngày theo dạng 03/04/2024 (ngày/tháng/năm) hoặc 2024-04-03",
                 "write the date as 03/04/2024 (day/month/year) or 2024-04-03");
    return r;
  }
  if (!is_real_date(y, m, d)) {
    r.message = say(lang, "ngày {:02}/{:02}/{:04} không có trên lịch", "{:02}/{:02}/{:04} is not a real date", d, m, y);
    r.hint = say(lang, "kiểm tra lại ngày và tháng (ngày đứng trước: 03/04/2024 là ngày 3 tháng 4)",
                 "check the day and month (the day comes first: 03/04/2024 is 3 April)");
    return r;
  }
  r.value = Date{y, m, d};
  return r;
}

Parsed<bool> parse_bool(std::string_view raw, Lang lang) {
  Parsed<bool> r;
  // The usual spellings, without folding.
  if (raw == "có" || raw == "true" || raw == "yes") { r.value = true; return r; }
  if (raw == "không" || raw == "false" || raw == "no") { r.value = false; return r; }
  std::string t = fold(trim(raw));
  r.code = "E105";
  if (t == "true" || t == "yes" || t == "có") r.value = true;
  else if (t == "false" || t == "no" || t == "không") r.value = false;
  else {
    r.message = say(lang, "`{}` không phải là có/không", "`{}` is not yes/no", trim(raw));
    r.hint = say(lang, "ghi một trong: có, không, true, false, yes, no",
                 "write one of: có, không, true, false, yes, no");
  }
  return r;
}

Parsed<std::string> parse_phone(std::string_view raw, Lang lang) {
  std::string text = trim(raw);
  std::string_view rest = text;
  if (rest.rfind("+84", 0) == 0) rest.remove_prefix(3);
  std::string digits;
  bool clean = true;
  for (char c : rest) {
    if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
    else if (c != ' ' && c != '.' && c != '-') clean = false;
  }
  Parsed<std::string> r;
  r.code = "E109";
  if (clean && digits.size() >= 9 && digits.size() <= 11) {
    r.value = text;
    return r;
  }
  r.message = clean ? say(lang, "số điện thoại `{}` có {} chữ số; cần từ 9 đến 11",
                          "phone number `{}` has {} digits; 9 to 11 are needed", text, digits.size())
                    : say(lang, "số điện thoại `{}` có ký tự không phải chữ số",
                          "phone number `{}` has characters that are not digits", text);
  r.hint = say(lang, "ví dụ 0212 3870 123 hoặc +84 912 345 678", "e.g. 0212 3870 123 or +84 912 345 678");
  return r;
}

}  // namespace baocao
