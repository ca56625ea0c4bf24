// A plan's figures: named aggregations over its form, each with an id and
// labels, a value per school and a total over the valid schools (DHIS2's
// data elements and indicators, as a plan file writes them under
// `figures:`). A figure's values are whole numbers laid out in one flat row
// per school, so that adding schools up is adding rows.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "form.h"
#include "school_record.h"
#include "vocabulary.h"

namespace baocao {

enum class FigureKind : unsigned char {
  sum,        // the sum of a count (over a list's items, optionally filtered)
  count,      // the number of a list's items (optionally filtered)
  schools,    // 1 for a school whose flag is yes, list not empty or count above 0
  ratio,      // a numerator figure over a denominator figure; no values of its own
  distinct,   // the codes used, one cell per code of the vocabulary (1 when used)
  breakdown,  // items per code of a code field, or per pair of codes (`by`)
  parts,      // several number figures in a sentence: the non-zero ones, in order
};

struct FigureDef {
  std::string id;     // "staff_informed"; a dot groups ids ("participants.staff")
  Text label;
  FigureKind kind = FigureKind::sum;
  std::vector<const FormField*> fields;  // sum, schools: one; count: the list; distinct, breakdown: code fields
  const FormField* by = nullptr;         // breakdown by two codes: the second code field
  const FormField* where = nullptr;      // sum, count: the items counted hold one of where_any here
  std::vector<std::string> where_any;
  std::size_t numerator = 0, denominator = 0;  // ratio: figure indexes
  // parts: figure indexes, each with the learners it counts (see Part)
  struct Part {
    std::size_t figure = 0;
    enum class Learners : unsigned char { all, pupils, children } learners = Learners::all;
    std::string flag;  // the last step of the part's name, set true on its item ("staff", "pupils")
  };
  std::vector<Part> parts;
  const Vocabulary* vocabulary = nullptr;     // distinct, breakdown
  const Vocabulary* by_vocabulary = nullptr;  // breakdown by two codes
  std::size_t offset = 0, width = 0;          // its cells in a school's row

  bool is_number() const { return width == 1; }
  // A whole number per school that a requirement or a column can take: a
  // number's value, or how many codes a distinct figure's school used.
  bool counts() const { return is_number() || kind == FigureKind::distinct; }
  long long value(const std::vector<long long>& row) const;
  bool is_two_way() const { return by != nullptr; }
};

// Every figure of a plan, in the plan's order, and where its cells sit.
class Figures {
 public:
  Figures() = default;
  explicit Figures(std::vector<FigureDef> defs);

  const std::vector<FigureDef>& defs() const { return defs_; }
  const FigureDef* find(std::string_view id) const;
  std::size_t index(const FigureDef& d) const { return static_cast<std::size_t>(&d - defs_.data()); }
  std::size_t width() const { return width_; }  // cells in a school's row

  // A school's row, read from its record.
  std::vector<long long> of(const Form& form, const SchoolRecord& record) const;

 private:
  std::vector<FigureDef> defs_;
  std::size_t width_ = 0;
};

// Adds row `b` into row `a`, cell by cell.
void add_row(std::vector<long long>& a, const std::vector<long long>& b);

// The id every plan has: 1 for each valid school, so ratios can be "of the schools".
constexpr const char* kSchoolsFigure = "schools";

const char* figure_kind_name(const FigureDef& d);  // as the JSON report names it

}  // namespace baocao
