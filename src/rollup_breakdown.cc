#include "rollup_breakdown.h"

#include <unordered_map>

namespace baocao {

bool broken_down(ReportFigureKind kind) {
  return kind == ReportFigureKind::sum || kind == ReportFigureKind::count || kind == ReportFigureKind::schools;
}

namespace {

class Grouping {
 public:
  Grouping(std::string by, std::size_t figures) : figures_(figures) { out_.by = std::move(by); }

  BreakdownRow& row(const std::string& group) {
    auto [it, fresh] = index_.emplace(group, out_.rows.size());
    if (fresh) out_.rows.push_back({group, 0, 0, 0, std::vector<long long>(figures_)});
    return out_.rows[it->second];
  }

  void add(const std::string& group, const ReportJson& r, const ReportSchoolEntry& s) {
    BreakdownRow& row = this->row(group);
    ++row.expected;
    if (s.status != "missing") ++row.submitted;
    if (!s.has_figures) return;
    ++row.valid;
    for (std::size_t i = 0; i < figures_; ++i)
      if (broken_down(r.figure_defs[i].kind)) row.figures[i] += s.figures[i].n;
  }

  Breakdown take() { return std::move(out_); }

 private:
  std::size_t figures_;
  Breakdown out_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace

std::vector<Breakdown> break_down(const ReportJson& r, const Crosswalk* crosswalk, std::vector<std::string>* unplaced) {
  std::size_t n = r.figure_defs.size();
  Grouping level("level", n), commune("commune", n), now("commune_now", n);
  if (crosswalk)
    for (const CrosswalkUnit& u : crosswalk->units) now.row(u.now);
  for (const ReportSchoolEntry& s : r.schools) {
    level.add(s.level, r, s);
    commune.add(s.commune, r, s);
    if (!crosswalk) continue;
    if (const std::string* to = crosswalk->now_of(s.commune)) now.add(*to, r, s);
    else unplaced->push_back(s.code);
  }
  std::vector<Breakdown> out{level.take(), commune.take()};
  if (crosswalk) {
    Breakdown b = now.take();
    // New units with no school of this report are not rows of it.
    std::vector<BreakdownRow> rows;
    for (BreakdownRow& row : b.rows)
      if (row.expected > 0) rows.push_back(std::move(row));
    b.rows = std::move(rows);
    out.push_back(std::move(b));
  }
  return out;
}

}  // namespace baocao
