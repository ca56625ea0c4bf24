// Strict YAML: one document of mappings, sequences and scalars, each node
// with its place in the source. Built on yaml-cpp's event parser, it rejects
// what yaml-cpp 0.7.0 lets through: invalid UTF-8, control characters,
// duplicate keys, extra documents, anchors, aliases, tags, non-scalar keys,
// an unclosed quote at end of file, and nesting past a limit. The typing
// slips of typing_slips.h are reported in place of the syntax errors they
// cause; what they clearly mean is read with a warning (W006).
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"
#include "source_file.h"
#include "arena.h"

namespace baocao {

struct MapEntry;

// A node's children: a run of nodes in its document's arena.
template <typename T>
class Run {
 public:
  Run() = default;
  Run(const T* first, std::size_t size) : first_(first), size_(size) {}
  const T* begin() const { return first_; }
  const T* end() const { return first_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const T& operator[](std::size_t i) const { return first_[i]; }

 private:
  const T* first_ = nullptr;
  std::size_t size_ = 0;
};

// A node of the tree. It owns nothing: its children and any text that is
// not a slice of the file live in the document's arena.
struct Node {
  enum class Kind { null, scalar, sequence, mapping };
  Kind kind = Kind::null;
  std::size_t offset = 0;  // byte offset where the node starts
  std::size_t length = 0;  // bytes to underline (first line only)
  bool quoted = false;     // a quoted scalar is always a string
  bool flow = false;       // written inline: [a, b] or {k: v}
  bool reported = false;   // stands for something already reported (an alias)
  std::size_t key_offset = kNoOffset;  // the key this node is the value of, if any
  std::size_t key_length = 0;
  std::size_t cut = kNoOffset;  // a `#word` after the value on its line, which YAML read as a comment
  std::string_view text;   // scalar value, NFC-normalised, in the file or the document's arena
  Run<Node> items;
  Run<MapEntry> entries;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_sequence() const { return kind == Kind::sequence; }
  bool is_mapping() const { return kind == Kind::mapping; }
  const MapEntry* find(std::string_view key) const;
};

struct MapEntry {
  std::string_view key;
  std::size_t key_offset = 0;
  std::size_t key_length = 0;
  Node value;
};

struct YamlLimits {
  std::size_t max_depth = 32;           // school files need 4
  std::size_t max_nodes = 4'000'000;    // 60,000 activities need about 1.2 million
  std::size_t max_line_bytes = 20'000;  // a long proposal is a few thousand
};

// A parsed file. Its texts are views into the source file, which must
// outlive it, or into its own arena, which also holds the nodes.
struct YamlDocument {
  Node root;
  Arena store;
};

// Parses the whole file. Problems go to `diags` as located errors. Returns
// the tree when it can be trusted for further checks (even with duplicate
// keys or aliases, which are reported), nothing when the text is not YAML.
// `empty_hint` says what to put in a file with nothing in it (in the
// diagnostics' language); without it, the school form's hint.
std::optional<YamlDocument> parse_yaml(const SourceFile& file, Diagnostics& diags, const YamlLimits& limits = {},
                                       std::string_view empty_hint = {});

}  // namespace baocao
