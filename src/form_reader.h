// Reads a plan file's `form:` (sections, lists and fields, each a mapping
// of properties) into a Form, reporting every mistake where it is written:
// an unknown kind or property, a duplicate key, a rule that names no field,
// a vocabulary the plan does not define, a form without the fields every
// school file has.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "form.h"
#include "vocabulary.h"
#include "yaml_reader.h"

namespace baocao {

// `vocabularies` are the plan's. Null when the form has an error (all of
// them are in `r`'s diagnostics).
[[nodiscard]] std::shared_ptr<const Form> read_form(const Node& node, const KeyPath& path,
                                                    const std::map<std::string, Vocabulary>& vocabularies,
                                                    YamlReader& r);

// The names of the field kinds, as a plan file writes them.
const std::vector<std::string>& field_kind_names();
const char* field_kind_name(FieldKind kind);

}  // namespace baocao
