// Reads a plan file's `figures:` over the plan's form, reporting every
// mistake where it is written: an id used twice or reserved, no kind or two,
// a field the form lacks or of the wrong kind, a code the vocabulary lacks,
// a ratio or parts naming no number figure.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "figures.h"
#include "yaml_reader.h"

namespace baocao {

// The `schools` figure comes first, then the plan's. Null on any error.
[[nodiscard]] std::optional<Figures> read_figures(const Node* node, const KeyPath& path, const Form& form,
                                                  const std::map<std::string, Vocabulary>& vocabularies,
                                                  YamlReader& r);

// What a figure id may not be: the JSON report's own keys, at whose level
// breakdowns are written.
bool reserved_figure_id(std::string_view id);

}  // namespace baocao
