#include "report_values.h"

#include <algorithm>

#include <fmt/format.h>

namespace baocao {

std::string Values::number(long long n) const {
  const char sep = lang_ == Lang::vi ? '.' : ',';
  std::string digits = std::to_string(n < 0 ? -n : n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += sep;
    out += digits[i];
  }
  return (n < 0 ? "-" : "") + out;
}

std::string Values::percent(long long part, long long whole) const {
  if (whole <= 0) return "";
  std::string s = fmt::format("{:.1f}", 100.0 * static_cast<double>(part) / static_cast<double>(whole));
  if (lang_ == Lang::vi)
    for (char& c : s)
      if (c == '.') c = ',';
  return s + "%";
}

mu::data Values::count(long long n) const {
  mu::data d;
  d.set("n", number(n));
  d.set("one", n == 1);
  d.set("zero", n == 0);
  d.set("many", n > 1);
  return d;
}

mu::data Values::figure(long long part, long long whole) const {
  mu::data d;
  d.set("part", number(part));
  d.set("whole", number(whole));
  d.set("pct", percent(part, whole));
  d.set("rest", number(whole - part));
  d.set("all", whole > 0 && part == whole);
  d.set("none", part == 0);
  d.set("some", part > 0 && part < whole);
  d.set("one", part == 1);
  d.set("whole_one", whole == 1);
  d.set("rest_one", whole - part == 1);
  return d;
}

mu::data Values::date(const Date& d) const {
  static const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
  // Nghị định 30/2020, Phụ lục I: "ngày 05 tháng 4", "tháng 02".
  std::string day = d.day < 10 ? fmt::format("0{}", d.day) : std::to_string(d.day);
  std::string month = d.month <= 2 ? fmt::format("0{}", d.month) : std::to_string(d.month);
  mu::data out;
  out.set("day", lang_ == Lang::vi ? day : std::to_string(d.day));
  out.set("month", month);
  out.set("year", std::to_string(d.year));
  out.set("dmy", fmt::format("{}/{}/{}", day, month, d.year));
  out.set("month_name", d.month >= 1 && d.month <= 12 ? kMonths[d.month - 1] : "");
  return out;
}

mu::data Values::school_list(const std::vector<std::string>& names) const {
  const std::size_t shown = std::min(names.size(), kSchoolsNamed), rest = names.size() - shown;
  std::vector<mu::data> items;
  items.reserve(shown);
  for (std::size_t i = 0; i < shown; ++i) {
    bool last = i + 1 == shown;
    mu::data item;
    item.set("name", names[i]);
    item.set("comma", i > 0 && (rest > 0 || !last));
    item.set("and", i > 0 && rest == 0 && last);
    item.set("more_schools", last && rest > 0 ? count(static_cast<long long>(rest)) : mu::data(false));
    items.push_back(std::move(item));
  }
  return list_of(std::move(items));
}

mu::data list_of(std::vector<mu::data>&& items) {
  // kainjow copies whatever list it is given, and the appendix holds a row
  // per school: the rows are swapped into a list it allocated itself.
  mu::data l{mu::data::type::list};
  const_cast<mu::list&>(l.list_value()).swap(items);
  return l;
}

void put(mu::data& d, const std::string& key, mu::data&& value) {
  d.set(key, mu::data(false));  // a placeholder that allocates nothing
  *const_cast<mu::data*>(d.get(key)) = std::move(value);
}

mu::data text_list(const std::vector<std::string>& texts) {
  std::vector<mu::data> items;
  items.reserve(texts.size());
  for (const std::string& s : texts) {
    mu::data item("text", mu::data(s));
    item.set("first", items.empty());
    items.push_back(std::move(item));
  }
  return list_of(std::move(items));
}

mu::data name_list(const std::vector<std::string>& names) {
  std::vector<mu::data> items;
  items.reserve(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) {
    mu::data item;
    item.set("name", names[i]);
    item.set("comma", i > 0 && i + 1 < names.size());
    item.set("and", i > 0 && i + 1 == names.size());
    items.push_back(std::move(item));
  }
  return list_of(std::move(items));
}

}  // namespace baocao
