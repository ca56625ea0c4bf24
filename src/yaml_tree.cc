#include "yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <istream>
#include <streambuf>
#include <unordered_map>

#include "text_encoding.h"
#include "typing_slips.h"
#include "utf8.h"

namespace baocao {

namespace {

// Key equality for the short keys of a form, most of which differ in their
// first letter or length: no library call for those.
bool same_key(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a.compare(b) == 0));
}

// The entry under `key`: for a finished mapping, and for one being built.
template <typename Entries>
const MapEntry* find_entry(const Entries& entries, std::string_view key) {
  for (const MapEntry& e : entries)
    if (same_key(e.key, key)) return &e;
  return nullptr;
}

}  // namespace

const MapEntry* Node::find(std::string_view key) const { return find_entry(entries, key); }

namespace {

// Thrown from inside the event handler to stop yaml-cpp at once.
struct Abort {};

// A line with no colon under a mapping: nearly always a value continued on a
// line of its own. yaml-cpp either takes it for a key or blames the next key;
// both paths report it here, at the stray line.
void report_stray_line(Diagnostics& diags, std::size_t offset, std::size_t length, std::string key) {
  diags.error("E002", offset, length, std::move(key),
              say(diags.lang(), "lỗi cú pháp YAML: dòng này không có dạng `khóa: giá trị`",
                  "YAML syntax error: this line is not a `key: value` line"),
              say(diags.lang(), "nếu đây là phần tiếp theo của giá trị ở dòng trên, hãy viết liền vào dòng trên "
                                "hoặc thụt vào sâu hơn khóa của nó",
                  "if it continues the value above, join it to that line or indent it deeper than its key"));
}

std::size_t first_line_length(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return 0;
  std::size_t end = text.find('\n', offset);
  if (end == std::string_view::npos) end = text.size();
  while (end > offset && (text[end - 1] == '\r' || text[end - 1] == ' ')) --end;
  return end - offset;
}

// Offset of the quote that closes the one at `open`, or npos.
std::size_t closing_quote(std::string_view text, std::size_t open) {
  char q = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') { ++i; continue; }
    if (text[i] != q) continue;
    if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') { ++i; continue; }
    return i;
  }
  return std::string_view::npos;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& file, std::string_view text, SlipScan& slips, Diagnostics& diags,
              const YamlLimits& limits, Arena& arena)
      : file_(file), text_(text), slips_(slips), diags_(diags), limits_(limits), arena_(arena),
        file_nfc_(surely_nfc(file.text())) {
    for (std::size_t i = 0; i < slips_.slips.size(); ++i) {
      Slip& s = slips_.slips[i];
      if (s.certain) {
        report(s);
      } else if (s.token != kNoOffset) {
        tokens_.push_back(i);
      }
    }
  }

  std::optional<Node> root;
  bool broken = false;  // the text can't be trusted as this tree
  bool slip_error = false;

  // Reports the slips that explain a syntax error at `at`, if any does.
  bool explain_failure(std::size_t at) {
    std::size_t line = file_.location(at).line;
    bool explained = explained_line(line);
    for (Slip& s : slips_.slips) {
      if (s.certain || s.line > line || line > s.reach) continue;
      if (!s.reported) report(s);
      explained = true;
    }
    return explained;
  }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    Node n;
    n.offset = offset(mark);
    // An empty value ("lessons:") is marked where the next token starts; the
    // key it belongs to is the useful place to point at.
    if (!stack_.empty() && stack_.back().node.is_mapping() && stack_.back().has_key) {
      Frame& f = stack_.back();
      std::size_t line_end = text_.find('\n', f.key_offset);
      if (line_end != std::string_view::npos && line_end < n.offset) {
        n.offset = f.key_offset;
        n.length = f.key_length;
      }
      n.cut = hashtag_after(f.key_offset + f.key_length);
    }
    attach(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    Node n;
    n.offset = offset(mark);
    n.length = first_word(n.offset);
    n.reported = true;
    error("E004", n.offset, n.length, path(),
                 say(diags_.lang(), "không dùng bí danh YAML (*…): hãy viết lại giá trị đầy đủ",
                     "YAML aliases (*…) are not allowed: write the value out in full"),
                 say(diags_.lang(), "thay `{}` bằng chính giá trị cần ghi", "replace `{}` with the value itself",
                     text_.substr(n.offset, n.length)));
    attach(std::move(n));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    std::size_t at = offset(mark);
    error("E004", at, name.size() + 1, path(),
                 say(diags_.lang(), "không dùng neo YAML (&{}): mỗi giá trị phải được viết đầy đủ tại chỗ",
                     "YAML anchors (&{}) are not allowed: write every value out where it belongs", name),
                 say(diags_.lang(), "xóa `&{}`", "delete `&{}`", name));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    Node n;
    n.kind = Node::Kind::scalar;
    n.offset = offset(mark);
    n.quoted = tag.size() == 1 && tag[0] == '!';  // yaml-cpp's tag for a non-plain scalar
    check_tag(tag, n.offset);
    slip_at(n.offset);
    std::size_t at = std::min(n.offset + (n.quoted ? 1 : 0), text_.size());
    bool verbatim = file_.text().compare(at, value.size(), value) == 0;
    if (n.quoted && n.offset < text_.size() && (text_[n.offset] == '"' || text_[n.offset] == '\'')) {
      std::size_t close = closing_quote(text_, n.offset);
      if (close == std::string_view::npos) {
        error("E008", n.offset, 1, path(),
                     say(diags_.lang(), "dấu ngoặc mở ở đây không được đóng đến hết tệp",
                         "the quote opened here is never closed before the end of the file"),
                     say(diags_.lang(), "thêm dấu {0} ở cuối giá trị", "add the closing {0} at the end of the value",
                         text_[n.offset]));
        broken = true;
        throw Abort{};
      }
      check_quoted(n.offset, close);
      std::size_t line_len = first_line_length(text_, n.offset);
      n.length = std::min(close - n.offset + 1, line_len);
    } else if (verbatim && !n.quoted) {
      n.length = value.size();  // a plain value found as is in the file sits on one line
    } else {
      std::size_t nl = value.find('\n');
      n.length = std::min(nl == std::string::npos ? value.size() : nl, first_line_length(text_, n.offset));
    }
    if (slips_.invisible && !n.quoted) {
      bool key = !stack_.empty() && stack_.back().node.is_mapping() && !stack_.back().has_key;
      if (std::optional<std::string> clean = read_through_invisible(n, value, key)) {
        n.text = arena_.keep(nfc(*clean));
        attach(std::move(n));
        return;
      }
    }
    if (!n.quoted && !slips_.hashtags.empty()) n.cut = hashtag_after(n.offset + n.length);
    n.text = keep(value, at, verbatim);
    attach(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value style) override {
    open(Node::Kind::sequence, mark, tag, style);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value style) override {
    open(Node::Kind::mapping, mark, tag, style);
  }
  void OnMapEnd() override { close(); }

 private:
  // A mapping or sequence being read. Its children collect in a buffer kept
  // per depth and reused, then are copied into the arena at its end.
  struct Frame {
    Node node;
    bool has_key = false;
    bool key_rejected = false;
    std::string_view key;
    std::size_t key_offset = 0, key_length = 0;
    std::unordered_map<std::string_view, std::size_t> index;  // key -> entry, for large mappings only
  };
  std::vector<Node>& items_at(std::size_t depth) { return item_buffers_[depth]; }
  std::vector<MapEntry>& entries_at(std::size_t depth) { return entry_buffers_[depth]; }

  // The value as a view: in place when the file holds it verbatim at `at`
  // (nearly always), else a normalised copy in the arena.
  std::string_view keep(const std::string& value, std::size_t at, bool verbatim) {
    // A value as written in a file that is NFC throughout needs no check of its own.
    if (!(verbatim && file_nfc_) && !surely_nfc(value)) return arena_.keep(nfc(value));
    return verbatim ? std::string_view(file_.text()).substr(at, value.size()) : arena_.keep(value);
  }

  // Errors of the tree, except on a line whose slip already says what is wrong.
  [[gnu::cold]] void error(const char* code, std::size_t offset, std::size_t length, std::string key,
                           std::string message, std::string hint = {}) {
    if (!explained_.empty() && explained_line(file_.location(offset).line)) return;
    diags_.error(code, offset, length, std::move(key), std::move(message), std::move(hint));
  }

  bool explained_line(std::size_t line) const {
    return std::find(explained_.begin(), explained_.end(), line) != explained_.end();
  }

  void report(Slip& s) {
    if (s.severity == Severity::error)
      diags_.error(s.code, s.offset, s.length, {}, s.message, s.hint);
    else
      diags_.warning(s.code, s.offset, s.length, {}, s.message, s.hint);
    s.reported = true;
    if (s.severity == Severity::error) {
      explained_.push_back(s.line);
      slip_error = true;
    }
  }

  // A value that starts where a slip said YAML would misread the line: the
  // slip is what went wrong, and the tree is not what was meant.
  void slip_at(std::size_t at) {
    while (next_token_ < tokens_.size() && slips_.slips[tokens_[next_token_]].token < at) ++next_token_;
    if (next_token_ == tokens_.size()) return;
    Slip& s = slips_.slips[tokens_[next_token_]];
    if (s.token != at || s.reported) return;
    report(s);
    broken = true;
  }

  // The hashtag that YAML cut from the text ending at `end`: on the same line.
  std::size_t hashtag_after(std::size_t end) const {
    auto it = std::lower_bound(slips_.hashtags.begin(), slips_.hashtags.end(), end);
    if (it == slips_.hashtags.end() || text_.find('\n', end) < *it) return kNoOffset;
    return *it;
  }

  // A scalar with zero-width characters (and, in a key, no-break spaces)
  // that no one typed on purpose: the text without them, each one named
  // where it sits; nothing when there are none.
  std::optional<std::string> read_through_invisible(const Node& n, const std::string& value, bool key) {
    std::string clean;
    bool any = false;
    for (std::size_t i = 0; i < value.size();) {
      std::string name;
      std::size_t len = odd_char(value, i, diags_.lang(), &name);
      if (len && (zero_width_at(value, i) || (key && value.compare(i, 2, "\xC2\xA0") == 0))) {
        i += len;
        any = true;
        continue;
      }
      clean += value[i++];
    }
    if (!any) return std::nullopt;
    std::string shown = trim(clean);
    std::size_t end = n.offset + std::max(n.length, value.size());
    for (std::size_t i = n.offset; i < std::min(end, text_.size());) {
      std::string name;
      std::size_t len = odd_char(file_.text(), i, diags_.lang(), &name);
      if (len && (zero_width_at(file_.text(), i) || (key && file_.text().compare(i, 2, "\xC2\xA0") == 0))) {
        if (!explained_line(file_.location(i).line))
          diags_.warning("W006", i, len, path(),
                       say(diags_.lang(), "`{}` có ký tự vô hình: {}; đã bỏ qua", "`{}` holds an invisible character: {}; ignored",
                           shown, name),
                       say(diags_.lang(),
                           "ký tự này thường do chép từ Zalo, Facebook hay Word: xóa nó (con trỏ đứng ở cột này, "
                           "nhấn Delete một lần)",
                           "it usually comes from pasting out of a chat or Word: delete it (cursor at this column, "
                           "press Delete once)"));
        i += len;
        continue;
      }
      ++i;
    }
    return key ? shown : clean;
  }

  std::size_t offset(const YAML::Mark& mark) const {
    return mark.pos < 0 ? 0 : std::min(static_cast<std::size_t>(mark.pos), text_.size());
  }

  // What yaml-cpp lets through in a quoted scalar: unknown escapes, and a
  // comment glued to the closing quote.
  void check_quoted(std::size_t open, std::size_t close) {
    if (text_[open] == '"') {
      static const std::string_view kEscapes = "0abt\tnvfre \"/\\N_LPxuU\r\n";
      for (std::size_t i = open + 1; i < close; ++i) {
        if (text_[i] != '\\') continue;
        if (kEscapes.find(text_[i + 1]) == std::string_view::npos) {
          error("E002", i, 2, path(),
                       say(diags_.lang(), "lỗi cú pháp YAML: `\\{}` không phải là ký tự thoát hợp lệ",
                           "YAML syntax error: `\\{}` is not a valid escape", text_[i + 1]),
                       say(diags_.lang(), "viết `\\\\` để có dấu `\\`, hoặc dùng ngoặc đơn '…'",
                           "write `\\\\` for a backslash, or use single quotes '…'"));
          broken = true;
        }
        ++i;
      }
    }
    if (close + 1 < text_.size() && text_[close + 1] == '#') {
      error("E002", close + 1, 1, path(),
                   say(diags_.lang(), "lỗi cú pháp YAML: cần một dấu cách trước `#`",
                       "YAML syntax error: a space is needed before `#`"),
                   say(diags_.lang(), "thêm dấu cách giữa giá trị và ghi chú", "put a space between the value and the comment"));
      broken = true;
    }
  }

  // Whether a ':' comes after the key ending at `end`, past spaces, on its line.
  bool colon_follows(std::size_t end) const {
    while (end < text_.size() && (text_[end] == ' ' || text_[end] == '\t')) ++end;
    return end < text_.size() && text_[end] == ':';
  }

  std::size_t first_word(std::size_t at) const {
    std::size_t end = text_.find_first_of(" \t\r\n,]}", at);
    return (end == std::string::npos ? text_.size() : end) - at;
  }

  void check_tag(const std::string& tag, std::size_t at) {
    if (tag.empty() || (tag.size() == 1 && (tag[0] == '?' || tag[0] == '!'))) return;
    error("E009", at, first_word(at), path(),
                 say(diags_.lang(), "không dùng thẻ kiểu YAML (`!…`)", "YAML tags (`!…`) are not allowed"),
                 say(diags_.lang(), "xóa thẻ, chỉ để lại giá trị", "delete the tag and keep the value"));
  }

  void open(Node::Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::EmitterStyle::value style) {
    Node n;
    n.kind = kind;
    n.flow = style == YAML::EmitterStyle::Flow;
    n.offset = offset(mark);
    n.length = 1;
    check_tag(tag, n.offset);
    if (stack_.size() >= limits_.max_depth) {
      error("E007", n.offset, 1, path(),
                   say(diags_.lang(), "lồng nhau quá sâu (quá {} cấp)", "nesting is too deep (over {} levels)",
                       limits_.max_depth),
                   say(diags_.lang(), "biểu mẫu chỉ cần vài cấp; kiểm tra lại thụt lề và dấu ngoặc",
                       "the form needs only a few levels; check the indentation and brackets"));
      broken = true;
      throw Abort{};
    }
    count_node(n.offset);
    stack_.emplace_back().node = n;  // built in place: a Frame (with its index) is never moved
    if (item_buffers_.size() < stack_.size()) {
      item_buffers_.resize(stack_.size());
      entry_buffers_.resize(stack_.size());
    }
  }

  void close() {
    std::size_t depth = stack_.size() - 1;
    Node n = stack_.back().node;
    stack_.pop_back();
    auto take = [&](auto& buffer) {
      auto run = Run(arena_.copy(buffer.data(), buffer.size()), buffer.size());
      buffer.clear();
      return run;
    };
    n.items = take(items_at(depth));
    n.entries = take(entries_at(depth));
    attach(n);
  }

  void count_node(std::size_t at) {
    if (++nodes_ <= limits_.max_nodes) return;
    error("E011", at, 1, path(),
                 say(diags_.lang(), "tệp có quá nhiều phần tử (quá {})", "the file has too many items (over {})",
                     limits_.max_nodes),
                 {});
    broken = true;
    throw Abort{};
  }

  std::string path() const {
    std::string p;
    for (const Frame& f : stack_) {
      if (f.node.is_mapping() && f.has_key) {
        if (!p.empty()) p += '.';
        p += f.key;
      } else if (f.node.is_sequence()) {
        p += '[' + std::to_string(item_buffers_[&f - stack_.data()].size()) + ']';
      }
    }
    return p;
  }

  void attach(Node n) {
    if (n.kind == Node::Kind::null || n.kind == Node::Kind::scalar) count_node(n.offset);
    if (stack_.empty()) {
      root = std::move(n);
      return;
    }
    Frame& f = stack_.back();
    std::size_t depth = stack_.size() - 1;
    if (f.node.is_sequence()) {
      items_at(depth).push_back(std::move(n));
      return;
    }
    if (!f.has_key) {
      f.has_key = true;
      f.key_rejected = false;
      f.key_offset = n.offset;
      if (n.is_scalar() || n.is_null()) {
        f.key = n.text;
        f.key_length = n.length;
      } else {
        f.key_rejected = true;
        f.key_length = 1;
        error("E009", n.offset, 1, path(),
                     say(diags_.lang(), "khóa phải là một từ, không phải danh sách hay bảng",
                         "a key must be a single word, not a list or a mapping"),
                     {});
      }
      return;
    }
    if (f.key_rejected) {
      f.has_key = false;
      return;
    }
    if (!f.node.flow && n.is_null() && !colon_follows(f.key_offset + f.key_length)) {
      if (!explained_line(file_.location(f.key_offset).line))
        report_stray_line(diags_, f.key_offset, f.key_length, path());
      broken = true;
      throw Abort{};
    }
    std::vector<MapEntry>& entries = entries_at(depth);
    if (const MapEntry* first = lookup(f, entries, f.key)) {
      error("E005", f.key_offset, f.key_length, path(),
                   say(diags_.lang(), "khóa `{}` bị lặp lại; lần đầu ở dòng {}",
                       "key `{}` appears twice; first at line {}", f.key, file_.location(first->key_offset).line),
                   say(diags_.lang(), "gộp hai mục làm một hoặc xóa mục thừa",
                       "merge the two entries into one or delete the extra one"));
      f.has_key = false;
      return;
    }
    f.has_key = false;
    n.key_offset = f.key_offset;
    n.key_length = f.key_length;
    entries.push_back(MapEntry{f.key, f.key_offset, f.key_length, std::move(n)});
    if (!f.index.empty() || entries.size() > 16) {
      if (f.index.empty())
        for (std::size_t i = 0; i < entries.size(); ++i) f.index.emplace(entries[i].key, i);
      else
        f.index.emplace(entries.back().key, entries.size() - 1);
    }
  }

  static const MapEntry* lookup(const Frame& f, const std::vector<MapEntry>& entries, std::string_view key) {
    if (!f.index.empty()) {
      auto it = f.index.find(key);
      return it == f.index.end() ? nullptr : &entries[it->second];
    }
    return find_entry(entries, key);
  }

  const SourceFile& file_;
  std::string_view text_;  // the file's text, with what slips clearly meant put back
  SlipScan& slips_;
  std::vector<std::size_t> tokens_;  // slips waiting for a value to start at their token
  std::size_t next_token_ = 0;
  std::vector<std::size_t> explained_;  // lines with a slip reported as an error
  Diagnostics& diags_;
  const YamlLimits& limits_;
  Arena& arena_;
  bool file_nfc_;  // every code point of the file is its own NFC (surely_nfc)
  std::vector<Frame> stack_;
  std::vector<std::vector<Node>> item_buffers_;       // by depth
  std::vector<std::vector<MapEntry>> entry_buffers_;  // by depth
  std::size_t nodes_ = 0;
};

// Ignores the events of a document after the first; only its place matters.
class Discard : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override { start = mark.pos; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  int start = 0;
};

struct SyntaxText {
  const char* yaml_cpp;
  const char* vi;
  const char* en;
  const char* hint_vi;
  const char* hint_en;
};

// yaml-cpp's messages are terse English; the common ones get a plain
// explanation and a way out.
const SyntaxText kSyntaxTexts[] = {
    {YAML::ErrorMsg::MAP_VALUE, "dấu hai chấm `:` không đúng chỗ", "a colon `:` is out of place",
     "nếu giá trị có dấu `:`, hãy đặt cả giá trị trong dấu ngoặc kép \"…\"",
     "if the value contains `:`, put the whole value in double quotes \"…\""},
    {YAML::ErrorMsg::MAP_KEY, "khóa không đúng chỗ", "a key is out of place",
     "kiểm tra thụt lề: các khóa cùng cấp phải thẳng hàng", "check the indentation: keys of one level line up"},
    {YAML::ErrorMsg::BLOCK_ENTRY, "gạch đầu dòng `-` không đúng chỗ", "a list dash `-` is out of place",
     "các mục `-` của một danh sách phải thẳng hàng dưới khóa của nó",
     "the `-` items of a list line up under their key"},
    {YAML::ErrorMsg::END_OF_MAP, "bảng khóa kết thúc không đúng", "a mapping does not end properly",
     "kiểm tra thụt lề của dòng này so với các dòng trên", "compare this line's indentation with the lines above"},
    {YAML::ErrorMsg::END_OF_SEQ, "danh sách kết thúc không đúng", "a list does not end properly",
     "kiểm tra thụt lề của dòng này so với các dòng trên", "compare this line's indentation with the lines above"},
    {YAML::ErrorMsg::END_OF_MAP_FLOW, "thiếu dấu đóng `}`", "a closing `}` is missing",
     "thêm `}` ở cuối", "add the `}`"},
    {YAML::ErrorMsg::END_OF_SEQ_FLOW, "thiếu dấu đóng `]`", "a closing `]` is missing",
     "thêm `]` ở cuối danh sách, ví dụ [mai_dam, ma_tuy]", "add the `]`, e.g. [mai_dam, ma_tuy]"},
    {YAML::ErrorMsg::TAB_IN_INDENTATION, "dùng phím Tab để thụt lề", "a Tab is used for indentation",
     "thay Tab bằng dấu cách", "replace the Tab with spaces"},
    {YAML::ErrorMsg::EOF_IN_SCALAR, "tệp kết thúc giữa chừng một giá trị", "the file ends inside a value",
     "đóng dấu ngoặc của giá trị", "close the value's quotes"},
    {YAML::ErrorMsg::INVALID_ESCAPE, "ký tự thoát `\\` không hợp lệ trong ngoặc kép",
     "an invalid `\\` escape inside double quotes", "viết `\\\\` để có dấu `\\`, hoặc dùng ngoặc đơn '…'",
     "write `\\\\` for a backslash, or use single quotes '…'"},
    {YAML::ErrorMsg::UNKNOWN_ANCHOR, "bí danh trỏ tới neo không có", "an alias names no anchor",
     "viết giá trị đầy đủ thay cho bí danh", "write the value instead of the alias"},
};

// The stray line above a "map value" error: the nearest line with no colon
// that is not a list item or a bracket ("tuyên truyền" under
// "proposals: Đề nghị…"); 0 when there is none.
std::size_t stray_continuation(const SourceFile& file, std::size_t error_line) {
  for (std::size_t line = error_line - 1; line >= 1; --line) {
    std::string t = trim(file.line_text(line));
    if (t.empty() || t[0] == '#') continue;
    if (t.find(':') != std::string::npos || t[0] == '-' || t[0] == '[' || t[0] == '{' || t[0] == ']' || t[0] == '}' ||
        t[0] == '"' || t[0] == '\'')
      return 0;
    return line;
  }
  return 0;
}

// One line as the indentation check sees it: where its key or its list
// dash starts, and the key (after the dash, if any).
struct IndentedLine {
  std::size_t line = 0, indent = 0;
  bool dash = false;
  std::size_t key_indent = 0;  // a dash line's key: "  - subject:" has it at 4
  std::string_view key;        // "" when the line has no `key:`
  bool opens = false;          // `key:` with nothing after it: the next lines may go deeper
};

std::optional<IndentedLine> indented_line(const SourceFile& file, std::size_t line) {
  std::string_view t = file.line_text(line);
  if (!t.empty() && t.back() == '\r') t.remove_suffix(1);
  std::size_t i = t.find_first_not_of(' ');
  if (i == std::string_view::npos || t[i] == '#') return std::nullopt;
  IndentedLine l;
  l.line = line;
  l.indent = l.key_indent = i;
  if (t[i] == '-' && (i + 1 == t.size() || t[i + 1] == ' ')) {
    l.dash = true;
    std::size_t k = t.find_first_not_of(' ', i + 1);
    l.key_indent = k == std::string_view::npos ? i + 2 : k;
  }
  std::size_t k = l.key_indent, end = k;
  while (end < t.size() && (std::isalnum(static_cast<unsigned char>(t[end])) || t[end] == '_')) ++end;
  if (end > k && end < t.size() && t[end] == ':' && (end + 1 == t.size() || t[end + 1] == ' ')) {
    l.key = t.substr(k, end - k);
    std::size_t rest = t.find_first_not_of(' ', end + 1);
    l.opens = rest == std::string_view::npos || t[rest] == '#';
  }
  return l;
}

// E020 for a key or a list dash one or two spaces off the others of its
// level, which yaml-cpp reports as a stray colon or an unfinished mapping.
// The levels still open above the line are where it could start: a key at a
// key's column, a dash at a dash's. False when the line sits at one of them
// (the error is something else) or is off by more than two.
bool report_indentation(const SourceFile& file, Diagnostics& diags, std::size_t at) {
  std::size_t error_line = file.location(at).line;
  std::optional<IndentedLine> bad = indented_line(file, error_line);
  if (!bad || (!bad->dash && bad->key.empty())) return false;
  struct Level {
    std::size_t column;
    const IndentedLine* by;
  };
  std::vector<IndentedLine> above;
  above.reserve(8);
  std::size_t lowest = std::string::npos;
  bool first = true;
  for (std::size_t line = error_line - 1; line >= 1 && lowest != 0; --line) {
    std::optional<IndentedLine> l = indented_line(file, line);
    if (!l) continue;
    // Under `key:` with nothing after it, anything deeper starts a level.
    if (first && l->opens && !l->dash && bad->indent > l->indent) return false;
    first = false;
    if (l->indent > lowest) continue;  // inside a level already closed
    lowest = l->indent;
    above.push_back(*l);
  }
  std::vector<Level> levels;
  for (const IndentedLine& l : above) {
    if (bad->dash && l.dash) levels.push_back({l.indent, &l});
    if (!bad->dash && !l.key.empty()) levels.push_back({l.key_indent, &l});
  }
  std::size_t best = std::string::npos;
  for (const Level& v : levels) {
    if (v.column == bad->indent) return false;
    std::size_t d = v.column > bad->indent ? v.column - bad->indent : bad->indent - v.column;
    best = std::min(best, d);
  }
  if (best == std::string::npos || best > 2) return false;
  std::vector<const Level*> nearest;  // one, or two when it is as far from each
  for (const Level& v : levels) {
    std::size_t d = v.column > bad->indent ? v.column - bad->indent : bad->indent - v.column;
    if (d == best && (nearest.empty() || nearest.back()->column != v.column)) nearest.push_back(&v);
  }
  Lang lang = diags.lang();
  auto like = [&](const Level& v) {
    return bad->dash ? say(lang, "cột {} (như dấu `-` ở dòng {})", "column {} (like the `-` on line {})", v.column + 1,
                           v.by->line)
                     : say(lang, "cột {} (như `{}` ở dòng {})", "column {} (like `{}` on line {})", v.column + 1,
                           v.by->key, v.by->line);
  };
  std::string what = bad->dash ? say(lang, "dấu `-` của mục danh sách", "the list dash `-`")
                               : say(lang, "khóa `{}`", "the key `{}`", bad->key);
  std::string where = nearest.size() == 1
                          ? like(*nearest[0])
                          : say(lang, "{} hoặc {}, tùy nó thuộc về đâu", "{} or {}, whichever it belongs to",
                                like(*nearest[0]), like(*nearest[1]));
  std::size_t start = static_cast<std::size_t>(file.line_text(error_line).data() - file.text().data()) + bad->indent;
  diags.error("E020", start, bad->dash ? 1 : bad->key.size(), {},
              say(lang, "thụt lề sai: {} bắt đầu ở cột {}, lệch với các dòng cùng cấp ở trên",
                  "wrong indentation: {} starts at column {}, out of line with the lines of its level above", what,
                  bad->indent + 1),
              say(lang, "cho nó bắt đầu ở {}: thêm hoặc xóa dấu cách ở đầu dòng", "start it at {}: add or delete spaces at the start of the line",
                  where));
  return true;
}

void report_syntax(const SourceFile& file, Diagnostics& diags, const YAML::Exception& e) {
  std::size_t at = e.mark.pos < 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(e.mark.pos), file.text().size());
  if ((e.msg == YAML::ErrorMsg::MAP_VALUE || e.msg == YAML::ErrorMsg::MAP_KEY ||
       e.msg == YAML::ErrorMsg::END_OF_MAP || e.msg == YAML::ErrorMsg::END_OF_SEQ ||
       e.msg == YAML::ErrorMsg::BLOCK_ENTRY) &&
      report_indentation(file, diags, at))
    return;
  if (e.msg == YAML::ErrorMsg::MAP_VALUE || e.msg == YAML::ErrorMsg::MAP_KEY) {
    if (std::size_t line = stray_continuation(file, file.location(at).line)) {
      std::string_view text = file.line_text(line);
      std::size_t start = file.text().find(trim(text), static_cast<std::size_t>(text.data() - file.text().data()));
      report_stray_line(diags, start, trim(text).size(), {});
      return;
    }
  }
  for (const SyntaxText& t : kSyntaxTexts) {
    if (e.msg.rfind(t.yaml_cpp, 0) == 0) {  // some messages carry a suffix ("…: q")
      diags.error("E002", at, 1, {},
                  say(diags.lang(), "lỗi cú pháp YAML: {}", "YAML syntax error: {}",
                      diags.lang() == Lang::vi ? t.vi : t.en),
                  diags.lang() == Lang::vi ? t.hint_vi : t.hint_en);
      return;
    }
  }
  diags.error("E002", at, 1, {}, say(diags.lang(), "lỗi cú pháp YAML: {}", "YAML syntax error: {}", e.msg),
              say(diags.lang(), "so sánh với mẫu do `baocao init` tạo ra",
                  "compare with the form `baocao init` writes"));
}

// yaml-cpp reads from a stream; this one reads the file's bytes in place
// instead of copying them into a string stream.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // only ever read: no put area is set
    setg(begin, begin, begin + text.size());
  }
};

// E001 for bytes that are not UTF-8, naming the legacy encoding they look like.
bool check_utf8(const std::string& t, Diagnostics& diags) {
  bool ok = true;
  std::size_t reported = 0;
  // One report per line: a file in another encoding is wrong on every line.
  std::size_t first = find_invalid_utf8(t);
  Legacy legacy = first == std::string::npos ? Legacy::unknown : guess_file_encoding(t);
  Lang lang = diags.lang();
  for (std::size_t at = first; at != std::string::npos && reported < 20;
       at = t.find('\n', at) == std::string::npos ? std::string::npos : find_invalid_utf8(t, t.find('\n', at))) {
    auto byte = static_cast<unsigned char>(t[at]);
    if (legacy == Legacy::tcvn3)
      diags.error("E001", at, 1, {},
                  say(lang, "tệp không phải UTF-8: có vẻ được gõ bằng bảng mã TCVN3 (ABC, phông .Vn…), byte 0x{:02X}",
                      "the file is not UTF-8: it looks typed in the TCVN3 (ABC, .Vn… fonts) encoding, byte 0x{:02X}",
                      byte),
                  say(lang, "lưu thành UTF-8 không sửa được bảng mã này: mở tệp, chép hết nội dung, dùng Unikey → Công cụ "
                            "chuyển mã (Ctrl+Shift+F6), nguồn TCVN3, đích Unicode, bấm Chuyển mã, dán lại rồi lưu "
                            "với Mã hóa UTF-8",
                      "saving as UTF-8 can't fix this encoding: copy the whole text, use Unikey → Conversion tool "
                      "(Ctrl+Shift+F6), source TCVN3, destination Unicode, convert, paste back, then save as UTF-8"));
    else if (legacy == Legacy::windows1258)
      diags.error("E001", at, 1, {},
                  say(lang, "tệp không phải UTF-8: có vẻ được lưu bằng bảng mã Windows-1258, byte 0x{:02X}",
                      "the file is not UTF-8: it looks saved in the Windows-1258 encoding, byte 0x{:02X}", byte),
                  say(lang, "mở tệp bằng Notepad, chọn Lưu thành… (Save As), Mã hóa (Encoding): UTF-8, rồi lưu",
                      "open it in Notepad, choose Save As…, Encoding: UTF-8, and save"));
    else
      diags.error("E001", at, 1, {},
                  say(lang, "tệp không phải UTF-8: byte 0x{:02X} không hợp lệ", "the file is not UTF-8: byte 0x{:02X} is invalid",
                      byte),
                  say(lang, "lưu lại tệp với bảng mã UTF-8 (trong Notepad: Lưu thành… > Mã hóa: UTF-8)",
                      "save the file again as UTF-8 (in Notepad: Save as… > Encoding: UTF-8)"));
    ok = false;
    ++reported;
  }
  return ok;
}

// E010 for over-long lines and E001 for a control character.
bool check_lines(const std::string& t, Diagnostics& diags, const YamlLimits& limits) {
  bool ok = true;
  // The first control character ends the check; long lines before it are
  // all reported. One quick pass tells whether there is any control at all.
  auto is_control = [](unsigned char c) { return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F; };
  static const std::array<unsigned char, 256> kControl = [&] {
    std::array<unsigned char, 256> table{};
    for (int c = 0; c < 256; ++c) table[c] = is_control(static_cast<unsigned char>(c));
    return table;
  }();
  unsigned char any_control = 0;  // a table and no branch: this runs over every byte of every file
  for (char c : t) any_control |= kControl[static_cast<unsigned char>(c)];
  std::size_t control = std::string::npos;
  if (any_control)
    control = static_cast<std::size_t>(
        std::find_if(t.begin(), t.end(), [&](char c) { return is_control(static_cast<unsigned char>(c)); }) - t.begin());
  for (std::size_t line_start = 0; line_start <= t.size();) {
    const void* nl = std::memchr(t.data() + line_start, '\n', t.size() - line_start);
    std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - t.data()) : t.size();
    if (control != std::string::npos && end > control) break;
    if (end - line_start > limits.max_line_bytes) {
      diags.error("E010", line_start, 1, {},
                  say(diags.lang(), "dòng quá dài ({} byte, tối đa {})", "line is too long ({} bytes, at most {})",
                      end - line_start, limits.max_line_bytes),
                  say(diags.lang(), "chia nội dung thành nhiều dòng", "split the text over several lines"));
      ok = false;
    }
    line_start = end + 1;
  }
  if (control != std::string::npos) {
    diags.error("E001", control, 1, {},
                say(diags.lang(), "tệp chứa ký tự điều khiển 0x{:02X} không được phép",
                    "the file contains the control character 0x{:02X}", static_cast<unsigned char>(t[control])),
                say(diags.lang(), "xóa ký tự này; nếu tệp là tệp Word hay tệp nén, hãy chép nội dung sang tệp văn bản",
                    "delete it; if this is a Word or archive file, copy its text into a plain text file"));
    return false;
  }
  return ok;
}

// Problems of the raw text that yaml-cpp would accept or choke on.
bool check_text(const SourceFile& file, Diagnostics& diags, const YamlLimits& limits) {
  return check_utf8(file.text(), diags) && check_lines(file.text(), diags, limits);
}

// Whether the text holds nothing but blank lines and comments.
bool only_comments(std::string_view t) {
  for (std::size_t start = 0; start < t.size();) {
    std::size_t end = t.find('\n', start);
    if (end == std::string_view::npos) end = t.size();
    std::size_t i = t.find_first_not_of(" \t\r", start);
    if (i < end && t[i] != '#') return false;
    start = end + 1;
  }
  return true;
}

}  // namespace

std::optional<YamlDocument> parse_yaml(const SourceFile& file, Diagnostics& diags, const YamlLimits& limits,
                                       std::string_view empty_hint) {
  if (!check_text(file, diags, limits)) return std::nullopt;
  if (only_comments(file.text())) {
    diags.error("E018", 0, 0, {},
                file.text().empty() ? say(diags.lang(), "tệp trống", "the file is empty")
                                    : say(diags.lang(), "tệp chỉ có ghi chú (các dòng bắt đầu bằng #), chưa có nội dung",
                                          "the file holds only comments (lines starting with #), no content"),
                empty_hint.empty() ? say(diags.lang(), "điền biểu mẫu do `baocao init` tạo ra, rồi lưu lại",
                                         "fill in the form `baocao init` writes, and save it")
                                   : std::string(empty_hint));
    return std::nullopt;
  }
  SlipScan slips = scan_slips(file.text(), diags.lang());
  std::string_view text = slips.repaired.empty() ? std::string_view(file.text()) : std::string_view(slips.repaired);
  ViewBuffer buffer(text);
  std::istream in(&buffer);
  YamlDocument doc;
  TreeBuilder builder(file, text, slips, diags, limits, doc.store);
  try {
    YAML::Parser parser(in);
    bool any = parser.HandleNextDocument(builder);
    if (any) {
      Discard rest;
      while (parser.HandleNextDocument(rest)) {
        std::size_t at = static_cast<std::size_t>(std::max(rest.start, 0));
        diags.error("E003", at, 3, {},
                    say(diags.lang(), "tệp có nhiều hơn một tài liệu YAML", "the file holds more than one YAML document"),
                    say(diags.lang(), "mỗi trường một tệp: xóa `---` và phần sau nó, hoặc tách thành tệp riêng",
                        "one school per file: delete the `---` and what follows, or move it to its own file"));
        break;
      }
    }
  } catch (const Abort&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    std::size_t at = e.mark.pos < 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(e.mark.pos), text.size());
    if (!builder.explain_failure(at)) report_syntax(file, diags, e);
    return std::nullopt;
  } catch (const std::exception& e) {
    diags.error("E002", 0, 0, {}, say(diags.lang(), "lỗi cú pháp YAML: {}", "YAML syntax error: {}", e.what()));
    return std::nullopt;
  }
  // A line a slip made unreadable leaves the tree short of what was meant.
  if (builder.broken || builder.slip_error) return std::nullopt;
  if (builder.root) doc.root = std::move(*builder.root);
  return doc;
}

}  // namespace baocao
