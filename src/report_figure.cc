#include "report_figure.h"

#include <map>
#include <set>

namespace baocao {

namespace {

constexpr std::pair<ReportFigureKind, const char*> kKinds[] = {
    {ReportFigureKind::sum, "sum"},           {ReportFigureKind::count, "count"},
    {ReportFigureKind::schools, "schools"},   {ReportFigureKind::ratio, "ratio"},
    {ReportFigureKind::distinct, "distinct"}, {ReportFigureKind::breakdown, "breakdown"},
    {ReportFigureKind::breakdown2, "breakdown2"},
};

// The place of `code` in `list`, inserting it (after `after`, the place of
// the code before it in its own list, or first) when it is new.
template <typename T, typename Key>
std::size_t place(std::vector<T>& list, const std::string& code, std::size_t after, Key key, T fresh) {
  for (std::size_t i = 0; i < list.size(); ++i)
    if (key(list[i]) == code) return i;
  std::size_t at = after == static_cast<std::size_t>(-1) ? 0 : after + 1;
  list.insert(list.begin() + static_cast<std::ptrdiff_t>(at), std::move(fresh));
  return at;
}

void add_counts(CodeCounts& into, const CodeCounts& v) {
  std::size_t last = static_cast<std::size_t>(-1);
  for (const auto& [code, n] : v) {
    last = place(into, code, last, [](const auto& p) -> const std::string& { return p.first; }, {code, 0});
    into[last].second += n;
  }
}

std::map<std::string, long long> nonzero(const CodeCounts& c) {
  std::map<std::string, long long> m;
  for (const auto& [code, n] : c)
    if (n != 0) m[code] += n;
  return m;
}

std::map<std::string, std::map<std::string, long long>> nonzero(const std::vector<std::pair<std::string, CodeCounts>>& c) {
  std::map<std::string, std::map<std::string, long long>> m;
  for (const auto& [code, inner] : c) {
    auto row = nonzero(inner);
    if (!row.empty()) m[code] = std::move(row);
  }
  return m;
}

}  // namespace

bool same_figure(ReportFigureKind kind, const ReportFigure& a, const ReportFigure& b) {
  switch (kind) {
    case ReportFigureKind::sum:
    case ReportFigureKind::count:
    case ReportFigureKind::schools: return a.n == b.n;
    case ReportFigureKind::ratio: return a.part == b.part && a.whole == b.whole;
    case ReportFigureKind::distinct:
      return std::set<std::string>(a.codes.begin(), a.codes.end()) == std::set<std::string>(b.codes.begin(), b.codes.end());
    case ReportFigureKind::breakdown: return nonzero(a.counts) == nonzero(b.counts);
    case ReportFigureKind::breakdown2: return nonzero(a.counts2) == nonzero(b.counts2);
  }
  return false;
}

std::optional<ReportFigureKind> report_figure_kind(std::string_view name) {
  for (const auto& [k, n] : kKinds)
    if (name == n) return k;
  return std::nullopt;
}

const char* report_figure_kind_name(ReportFigureKind k) {
  for (const auto& [kind, n] : kKinds)
    if (kind == k) return n;
  return "";
}

void add_figure(ReportFigureKind kind, ReportFigure& into, const ReportFigure& v) {
  switch (kind) {
    case ReportFigureKind::sum:
    case ReportFigureKind::count:
    case ReportFigureKind::schools: into.n += v.n; break;
    case ReportFigureKind::ratio:
      into.part += v.part;
      into.whole += v.whole;
      break;
    case ReportFigureKind::distinct: {
      std::size_t last = static_cast<std::size_t>(-1);
      for (const std::string& code : v.codes)
        last = place(into.codes, code, last, [](const std::string& c) -> const std::string& { return c; }, code);
      break;
    }
    case ReportFigureKind::breakdown: add_counts(into.counts, v.counts); break;
    case ReportFigureKind::breakdown2: {
      std::size_t last = static_cast<std::size_t>(-1);
      for (const auto& [code, inner] : v.counts2) {
        last = place(into.counts2, code, last, [](const auto& p) -> const std::string& { return p.first; },
                     {code, CodeCounts{}});
        add_counts(into.counts2[last].second, inner);
      }
      break;
    }
  }
}

}  // namespace baocao
