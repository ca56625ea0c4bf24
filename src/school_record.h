// One school's report (form v1), typed, each value with its place in the
// file. Values are stored by the form table's slots (form.h), so a new field
// of the form needs no new member here.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "form.h"
#include "scalar.h"
#include "yaml_reader.h"

namespace baocao {

// One value of the form, of the field's kind.
struct FieldValue {
  std::size_t offset = kNoOffset, length = 0;
  bool present = false;
  long long number = 0;                    // count
  bool flag = false;                       // flag
  Date date;                               // date
  std::string text;                        // text, phone; code: the code
  std::vector<Located<std::string>> codes; // code (one) and codes: the codes, each where it was written
};

// The values of one record or list item, by slot.
class FieldValues {
 public:
  FieldValues() = default;
  explicit FieldValues(std::size_t slots) : values_(slots) {}
  const FieldValue& operator[](const FormField& f) const { return values_[f.slot]; }
  FieldValue& operator[](const FormField& f) { return values_[f.slot]; }

 private:
  std::vector<FieldValue> values_;
};

struct ListItem {
  std::size_t offset = kNoOffset;
  FieldValues values;
};

struct SchoolRecord {
  FieldValues values;                        // the fields outside lists
  std::map<std::size_t, std::vector<ListItem>> lists;  // by the list field's index in the form

  const FieldValue& operator[](const FormField& f) const { return values[f]; }
  const std::vector<ListItem>& items(std::size_t list) const;  // by the list field's index in the form

  struct Place {
    std::size_t offset = kNoOffset, length = 0;
  };
  // Where a field's key is written, for the requirement warnings that point
  // at it; null for a key inside a list item, one not written, or no field.
  const Place* key_place(const Form& form, std::string_view path) const;
  std::vector<Place> key_places;  // by the field's index in the form
};

inline const SchoolRecord::Place* SchoolRecord::key_place(const Form& form, std::string_view path) const {
  const FormField* f = form.field(path);
  std::size_t i = f ? form.index(*f) : key_places.size();
  return i < key_places.size() && key_places[i].offset != kNoOffset ? &key_places[i] : nullptr;
}

inline const std::vector<ListItem>& SchoolRecord::items(std::size_t list) const {
  static const std::vector<ListItem> kNone;
  auto it = lists.find(list);
  return it == lists.end() ? kNone : it->second;
}

}  // namespace baocao
