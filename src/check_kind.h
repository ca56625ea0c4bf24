// The kinds of check a plan's requirements are written in, one row each: its
// name, the keys it takes under `check:`, how it is read from the plan file,
// what "met" means in words, and how a school is checked against it. The
// plan reader, the plan listing and evaluate_requirements all go through the
// table, so a new kind is a new enumerator and row here, with its functions
// in check_kind.cc.
#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lang.h"

namespace baocao {

class Form;
class KeyPath;
struct Node;
struct Plan;
struct Requirement;
struct SchoolRecord;
class YamlReader;

// The closed set of checks that requirements are written in.
enum class CheckKind {
  ratio,     // field >= min_percent% of `of`
  flag,      // a yes/no field is yes
  includes,  // a code list holds every code of `codes`
  count,     // a list has at least `min` items (those matching `where`, if set)
  covers,    // items of `lists` together name every code of `codes` in `field`
  distinct,  // items of `list` use at least `min` different values of `field`
  figure,    // a number figure's value for the school is at least `min` (and at most `max`, if set)
  end_,      // not a kind: how many there are (keep last)
};

// How the plan reader reads a value, for a kind's reader to read its own the
// same way: each reports a wrong value where it is (E102, E106, E107).
class PlanValues {
 public:
  // `out` takes the text under `node` when it is one of `allowed`.
  virtual void check_name(const Node* node, const KeyPath& path, const std::vector<std::string>& allowed,
                          std::string& out) = 0;
  virtual long long count(const Node* node, const KeyPath& path, long long min, long long max) = 0;
  // Codes of the plan's vocabulary `vocab` (taken as written when the plan has none of that name).
  virtual std::vector<std::string> codes(const Node* node, const KeyPath& path, const Plan& plan,
                                         const std::string& vocab) = 0;

 protected:
  ~PlanValues() = default;
};

// A requirement's `check:` mapping, as a kind's reader gets it.
struct CheckInput {
  PlanValues& values;
  YamlReader& r;
  const Plan& plan;  // read up to its requirements: vocabularies, form, figures
  const Form& form;
  const Node& check;
  const KeyPath& path;  // "requirements[2].check"

  // The value under `key` (nullptr when absent or empty); E102 when `required`.
  const Node* field(std::string_view key, bool required) const;
};

// A school's record, as a kind's evaluation gets it.
struct CheckSchool {
  const Plan& plan;
  const Form& form;
  const SchoolRecord& record;
  const std::vector<long long>& figures;  // the school's row of the plan's figures
  Lang lang;

  // A count of the form by its path, else a number figure by its id
  // ("activities" is both a list and a figure): its value for the school,
  // and its name as the reader knows it.
  long long number(const std::string& key) const;
  std::string number_named(const std::string& key) const;
  // What a teacher calls a field, with its key: "hoạt động (activities)";
  // `list` qualifies a field of the list's items.
  std::string named(const std::string& key, const std::string& list = {}) const;
};

struct CheckKindRow {
  CheckKind kind;
  std::string_view name;                   // as a plan file writes it: `kind: ratio`
  std::span<const std::string_view> keys;  // what it reads under `check:`, besides `kind`
  void (*read)(const CheckInput& in, Requirement& q);
  Text (*met_text)(const Requirement& q);
  // Whether the school meets `q`; when not, `detail` says why, in its language.
  bool (*evaluate)(const Requirement& q, const CheckSchool& school, std::string& detail);
};

// Every kind's row, in the enum's order.
std::span<const CheckKindRow> check_kinds();
const CheckKindRow& check_kind(CheckKind kind);
const CheckKindRow* find_check_kind(std::string_view name);  // nullptr for no kind of that name
// The names, in the table's order: what `kind:` may be.
const std::vector<std::string>& check_kind_names();
// What a `check:` mapping may hold: `kind` and every row's keys.
const std::vector<std::string_view>& check_keys();

}  // namespace baocao
