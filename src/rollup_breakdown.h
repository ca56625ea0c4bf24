// A report's figures broken down by a roster field of its schools (level,
// commune), and with a crosswalk by commune "as now" too: a row per group
// with its schools expected, submitted and valid, and each whole-number
// figure summed over the group's valid schools. Every view adds up to the
// report's totals.
#pragma once
#include <string>
#include <vector>

#include "crosswalk.h"
#include "report_json_reader.h"

namespace baocao {

struct BreakdownRow {
  std::string group;  // the field's value ("thcs", "Vân Hồ"), "" for schools without one
  long long expected = 0, submitted = 0, valid = 0;
  std::vector<long long> figures;  // by figure_defs index; 0 for figures that are not whole numbers
};

struct Breakdown {
  std::string by;  // "level", "commune", "commune_now"
  std::vector<BreakdownRow> rows;
};

// Whether a figure is broken down: a whole number summed over schools.
bool broken_down(ReportFigureKind kind);

// By level and by commune; with `crosswalk`, by commune as now, its rows in
// the crosswalk's order. A school whose commune is in neither of the
// crosswalk's lists goes into `unplaced` (codes), and is in no "as now" row.
std::vector<Breakdown> break_down(const ReportJson& r, const Crosswalk* crosswalk, std::vector<std::string>* unplaced);

}  // namespace baocao
