// Reads typed, located values out of a YAML tree, reporting every problem
// (unknown or missing keys, wrong types, bad codes) instead of stopping at
// the first. Shared by the school, office and plan readers.
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "scalar.h"
#include "vocabulary.h"
#include "yaml_tree.h"

namespace baocao {

// A value with the place it came from, so later checks can point at it.
template <typename T>
struct Located {
  T value{};
  std::size_t offset = kNoOffset;
  std::size_t length = 0;
  bool present = false;
};

class YamlReader {
 public:
  explicit YamlReader(Diagnostics& diags) : diags_(diags) {}

  Diagnostics& diags() { return diags_; }
  Lang lang() const { return diags_.lang(); }

  // Reports E006 unless `node` is a mapping (a null node is an empty one when
  // `null_ok`); then E101 for every key not in `allowed`.
  bool mapping(const Node& node, const std::string& path, const std::vector<std::string>& allowed,
               bool null_ok = false);

  // The value under `key`, or nullptr when the key is absent or its value
  // empty; reports E102 when `required`.
  const Node* field(const Node& map, std::string_view key, const std::string& path, bool required);

  // Items of a list; absent, null and [] are all "none". E006 for a non-list.
  std::vector<const Node*> list(const Node* node, const std::string& path);

  Located<std::string> text(const Node* node, const std::string& path, bool required);
  Located<long long> count(const Node* node, const std::string& path);
  Located<Date> date(const Node* node, const std::string& path);
  Located<bool> flag(const Node* node, const std::string& path);
  Located<std::string> code(const Node* node, const Vocabulary& vocab, const std::string& path);
  Located<std::string> phone(const Node* node, const std::string& path);

  void error(const std::string& code, const Node& at, const std::string& path, std::string message,
             std::string hint = {});

 private:
  bool scalar(const Node* node, const std::string& path, std::string_view expected);
  template <typename T>
  Located<T> from(const Node* node, const std::string& path, const Parsed<T>& parsed);

  Diagnostics& diags_;
};

std::string join_path(const std::string& parent, std::string_view key);
std::string item_path(const std::string& list, std::size_t index);  // lessons[1] for the first

}  // namespace baocao
