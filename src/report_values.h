// The values the report templates print, formatted for the report's
// language: numbers grouped ("1.234" / "1,234"), percentages, dates as the
// decree writes them, lists of names. Words stay in the templates; these
// give them the figures and the flags they choose their words by.
#pragma once
#include <kainjow/mustache.hpp>

#include <string>
#include <vector>

#include "lang.h"
#include "scalar.h"

namespace baocao {

namespace mu = kainjow::mustache;

// At most this many schools are named in a sentence of the report; a
// province's list of thousands would fill pages.
constexpr std::size_t kSchoolsNamed = 20;

class Values {
 public:
  explicit Values(Lang lang) : lang_(lang) {}
  Lang lang() const { return lang_; }

  std::string number(long long n) const;                  // 1234567 -> "1.234.567" (vi), "1,234,567" (en)
  std::string percent(long long part, long long whole) const;  // "93,9%" (vi), "93.9%" (en); "" when whole is 0

  // A count: {n, one, zero, many} (`one` picks English singulars).
  mu::data count(long long n) const;
  // A part of a whole: {part, whole, pct, rest, all, none, some, one, whole_one, rest_one}.
  mu::data figure(long long part, long long whole) const;
  // {day, month, year, dmy, month_name}: day and month as Nghị định 30/2020
  // writes them (a leading zero for days below 10 and for months 1 and 2),
  // dmy "05/4/2024"; month_name is the English name, for the English report.
  mu::data date(const Date& d) const;
  // Schools named in a sentence: name_list's items for the first
  // kSchoolsNamed; past that, the last one named carries
  // `more_schools: count` for "… và 9.875 trường khác" (each school has its
  // row in appendix 1). Every item has `more_schools`, so a template never
  // finds an outer one.
  mu::data school_list(const std::vector<std::string>& names) const;

 private:
  Lang lang_;
};

// [{text, first}] for each string (`first` lets a template put separators between).
mu::data text_list(const std::vector<std::string>& texts);
// [{name, comma, and}]: `comma` / `and` say which joiner goes before the
// item, so a template writes "A, B và C" / "A, B and C" without logic.
mu::data name_list(const std::vector<std::string>& names);
// Moves `items` into a list the data owns, without copying each item.
mu::data list_of(std::vector<mu::data>&& items);
// Sets `key` of the object `d` to `value`, moved in: kainjow's own set()
// copies its value, which for a list of tens of thousands of rows is a deep
// copy, and for a text one allocation more.
void put(mu::data& d, const std::string& key, mu::data&& value);

}  // namespace baocao
