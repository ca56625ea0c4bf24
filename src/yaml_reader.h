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

// A dotted key path ("lessons[2].date") for messages. Reading a file names
// the path of every value but shows few of them, so the text is built only
// when asked for: a path is a view of its parent plus one step, and lives on
// the caller's stack no longer than the parent it points to.
class KeyPath {
 public:
  KeyPath(const char* text) : text_(text) {}  // NOLINT: a literal path reads best at call sites
  KeyPath(const std::string& text) : text_(text) {}  // NOLINT

  KeyPath key(std::string_view k) const { return KeyPath(this, k, kNoIndex); }
  KeyPath item(std::size_t index) const { return KeyPath(this, {}, index); }  // 0-based; shown 1-based

  std::string str() const;
  bool in_list() const;  // whether any step is a list item

 private:
  static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);
  KeyPath(const KeyPath* parent, std::string_view key, std::size_t index)
      : parent_(parent), text_(key), index_(index) {}
  void append_to(std::string& out) const;

  const KeyPath* parent_ = nullptr;
  std::string_view text_;  // the whole path at the root, else this step's key
  std::size_t index_ = kNoIndex;
};

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
  bool mapping(const Node& node, const KeyPath& path, const std::vector<std::string_view>& allowed,
               bool null_ok = false);

  // The value under `key`, or nullptr when the key is absent or its value
  // empty; reports E102 when `required`.
  const Node* field(const Node& map, std::string_view key, const KeyPath& path, bool required);

  // Items of a list; absent, null and [] are all "none". E006 for a non-list.
  std::vector<const Node*> list(const Node* node, const KeyPath& path);

  Located<std::string> text(const Node* node, const KeyPath& path, bool required);
  Located<long long> count(const Node* node, const KeyPath& path);
  Located<Date> date(const Node* node, const KeyPath& path);
  Located<bool> flag(const Node* node, const KeyPath& path);
  Located<std::string> code(const Node* node, const Vocabulary& vocab, const KeyPath& path);
  Located<std::string> phone(const Node* node, const KeyPath& path);

  [[gnu::cold]] void error(const std::string& code, const Node& at, const KeyPath& path, std::string message,
                           std::string hint = {});

 private:
  // `expected_vi` / `expected_en` name what the value should be ("a number").
  bool scalar(const Node* node, const KeyPath& path, const char* expected_vi, const char* expected_en);
  template <typename T>
  Located<T> from(const Node* node, const KeyPath& path, const Parsed<T>& parsed);

  Diagnostics& diags_;
};

std::string join_path(const std::string& parent, std::string_view key);

}  // namespace baocao
