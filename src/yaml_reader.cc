#include "yaml_reader.h"

#include <algorithm>

#include "text_encoding.h"
#include "utf8.h"

namespace baocao {

namespace {

// A blank left as it was in a form ("……", "...", "xxx", "___"): dots,
// ellipses, underscores, dashes, x's and question marks only.
bool is_placeholder(std::string_view text) {
  bool any = false;
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 3, "\xE2\x80\xA6") == 0) {  // …
      i += 3, any = true;
      continue;
    }
    char c = text[i++];
    if (c == ' ') continue;
    if (c != '.' && c != '_' && c != '-' && c != 'x' && c != 'X' && c != '?') return false;
    any = true;
  }
  return any && (text.size() > 1 || text == "?");
}

// "title" for lessons[2].title: the key as the line shows it.
std::string last_key(const KeyPath& path) {
  std::string p = path.str();
  std::size_t dot = p.rfind('.');
  return dot == std::string::npos ? p : p.substr(dot + 1);
}

}  // namespace

std::string join_path(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

void KeyPath::append_to(std::string& out) const {
  if (parent_) parent_->append_to(out);
  if (index_ != kNoIndex) {
    out += '[';
    out += std::to_string(index_ + 1);
    out += ']';
    return;
  }
  if (text_.empty()) return;
  if (!out.empty()) out += '.';
  out += text_;
}

std::string KeyPath::str() const {
  std::string out;
  append_to(out);
  return out;
}

bool KeyPath::in_list() const {
  if (index_ != kNoIndex) return true;
  if (!parent_) return text_.find('[') != std::string_view::npos;
  return parent_->in_list();
}

void YamlReader::error(const std::string& code, const Node& at, const KeyPath& path, std::string message,
                       std::string hint) {
  diags_.error(code, at.offset, at.length, path.str(), std::move(message), std::move(hint));
}

bool YamlReader::mapping(const Node& node, const KeyPath& keys, const std::vector<std::string_view>& allowed,
                         bool null_ok) {
  if (node.is_null() && null_ok) return true;
  if (!node.is_mapping()) {
    std::string path = keys.str();
    error("E006", node, keys,
          path.empty() ? say(lang(), "tệp phải là một bảng các khóa `khóa: giá trị`",
                             "the file must be a mapping of `key: value` lines")
                       : say(lang(), "`{}` phải gồm các khóa con (mỗi dòng `khóa: giá trị`, thụt vào)",
                             "`{}` must hold indented `key: value` lines", path),
          say(lang(), "so sánh với mẫu do `baocao init` tạo ra", "compare with the form `baocao init` writes"));
    return false;
  }
  for (const MapEntry& e : node.entries) {
    if (std::find(allowed.begin(), allowed.end(), e.key) != allowed.end()) continue;
    std::string path = keys.str();
    if (node.flow && e.value.is_null()) {
      // In {a: x, y} a comma inside a value starts a new key: the usual cause.
      diags_.error("E101", e.key_offset, e.key_length, join_path(path, e.key),
                   say(lang(), "`{}` bị hiểu là một khóa: trong {{…}} dấu phẩy ngăn cách các mục",
                       "`{}` is read as a key: inside {{…}} a comma separates entries", e.key),
                   say(lang(), "nếu giá trị có dấu phẩy, đặt cả giá trị trong ngoặc kép, ví dụ title: \"A, B\"",
                       "if a value contains a comma, put the whole value in double quotes, e.g. title: \"A, B\""));
      continue;
    }
    std::string near = closest(e.key, std::vector<std::string>(allowed.begin(), allowed.end()));
    diags_.error("E101", e.key_offset, e.key_length, join_path(path, e.key),
                 say(lang(), "khóa `{}` không có trong biểu mẫu", "unknown key `{}`", join_path(path, e.key)),
                 near.empty() ? say(lang(), "các khóa được dùng ở đây: {}", "keys allowed here: {}", fmt::join(allowed, ", "))
                              : say(lang(), "có phải ý bạn là `{}`?", "did you mean `{}`?", near));
  }
  return true;
}

const Node* YamlReader::field(const Node& map, std::string_view key, const KeyPath& keys, bool required) {
  const MapEntry* e = map.is_mapping() ? map.find(key) : nullptr;
  if (e && !e->value.is_null()) return &e->value;
  if (!required && e && e->value.cut != kNoOffset) {
    std::string full = keys.key(key).str();
    diags_.warning("W003", e->value.cut, 1, full,
                   say(lang(), "`{}` trống: chữ sau dấu `#` bị hiểu là ghi chú và bị bỏ mất",
                       "`{}` is empty: the text after `#` is taken for a comment and lost", full),
                   say(lang(), "đặt cả đoạn chữ trong dấu nháy đơn để giữ dấu #, ví dụ {}: '#NóiKhôngVớiMaTúy'",
                       "put the whole text in single quotes to keep the #, e.g. {}: '#SayNoToDrugs'", key));
    return nullptr;
  }
  if (required && !(e && e->value.reported)) {
    std::string path = keys.str();
    std::string full = keys.key(key).str();
    // A misspelt key ("infromed") is already reported with this key as its
    // suggestion; saying it is also missing would be the same mistake twice.
    if (!e && map.is_mapping())
      for (const MapEntry& other : map.entries)
        if (other.key != key && closest(other.key, {std::string(key)}) == key) return nullptr;
    if (e && e->value.cut != kNoOffset)
      diags_.error("E102", e->value.cut, 1, full,
                   say(lang(), "`{}` trống: chữ sau dấu `#` bị hiểu là ghi chú, không phải nội dung",
                       "`{}` is empty: the text after `#` is taken for a comment, not the value", full),
                   say(lang(), "đặt cả đoạn chữ trong dấu nháy đơn để giữ dấu #, ví dụ {}: '#NóiKhôngVớiMaTúy'",
                       "put the whole text in single quotes to keep the #, e.g. {}: '#SayNoToDrugs'", key));
    else if (e)
      diags_.error("E102", e->key_offset, e->key_length, full,
                   say(lang(), "chưa điền `{}`", "`{}` is empty", full),
                   say(lang(), "ghi giá trị sau dấu hai chấm", "write the value after the colon"));
    else if (map.key_offset != kNoOffset)  // point at "prepared:" rather than at a sibling key
      diags_.error("E102", map.key_offset, map.key_length, full,
                   say(lang(), "thiếu khóa bắt buộc `{}`", "required key `{}` is missing", full),
                   say(lang(), "thêm dòng `{}: …` trong `{}`", "add a line `{}: …` under `{}`", key, path));
    else
      diags_.error("E102", map.offset, map.length, full,
                   say(lang(), "thiếu khóa bắt buộc `{}`", "required key `{}` is missing", full),
                   say(lang(), "thêm dòng `{}: …`", "add a line `{}: …`", key));
  }
  return nullptr;
}

std::vector<const Node*> YamlReader::list(const Node* node, const KeyPath& path) {
  std::vector<const Node*> out;
  if (!node) return out;
  if (!node->is_sequence()) {
    error("E006", *node, path, say(lang(), "`{}` phải là một danh sách", "`{}` must be a list", path.str()),
          say(lang(), "mỗi mục một dòng bắt đầu bằng `- `, hoặc [a, b]", "one item per line starting with `- `, or [a, b]"));
    return out;
  }
  out.reserve(node->items.size());
  for (const Node& n : node->items) out.push_back(&n);
  return out;
}

bool YamlReader::scalar(const Node* node, const KeyPath& path, const char* expected_vi, const char* expected_en) {
  if (!node) return false;
  if (node->is_scalar()) return true;
  error("E103", *node, path,
        say(lang(), "`{}` phải là {}, không phải danh sách hay bảng", "`{}` must be {}, not a list or mapping",
            path.str(), lang() == Lang::vi ? expected_vi : expected_en),
        {});
  return false;
}

template <typename T>
Located<T> YamlReader::from(const Node* node, const KeyPath& path, const Parsed<T>& parsed) {
  Located<T> r;
  r.offset = node->offset;
  r.length = node->length;
  if (parsed.value) {
    r.value = *parsed.value;
    r.present = true;
  } else {
    error(parsed.code, *node, path, fmt::format("{}: {}", path.str(), parsed.message), parsed.hint);
  }
  return r;
}

Located<std::string> YamlReader::text(const Node* node, const KeyPath& path, bool required) {
  Located<std::string> r;
  if (!scalar(node, path, "một đoạn chữ", "text")) return r;
  r.offset = node->offset;
  r.length = node->length;
  if (is_blank(node->text)) {
    if (required)
      error("E108", *node, path, say(lang(), "`{}` không được để trống", "`{}` must not be blank", path.str()),
            say(lang(), "ghi nội dung vào sau dấu hai chấm", "write the text after the colon"));
    return r;
  }
  r.value = trim(node->text);
  if (!node->quoted && is_placeholder(r.value)) {
    // Never into the signed report: a required text is still to be filled,
    // an optional one is read as not given.
    if (required)
      error("E108", *node, path,
            say(lang(), "`{}` vẫn là chỗ trống của mẫu (`{}`)", "`{}` is still the form's blank (`{}`)", path.str(), r.value),
            say(lang(), "thay `{}` bằng nội dung thật", "replace `{}` with the real text", r.value));
    else
      diags_.warning("W005", node->offset, node->length, path.str(),
                     say(lang(), "`{}` vẫn là chỗ trống của mẫu (`{}`); coi như chưa ghi",
                         "`{}` is still the form's blank (`{}`); read as not given", path.str(), r.value),
                     say(lang(), "ghi nội dung thật, hoặc xóa cả dòng nếu không có gì để ghi",
                         "write the real text, or delete the line if there is nothing to say"));
    r.value.clear();
    return r;
  }
  r.present = true;
  if (node->cut != kNoOffset)
    diags_.warning("W003", node->cut, 1, path.str(),
                   say(lang(), "phần chữ từ dấu `#` trở đi bị hiểu là ghi chú và bị bỏ mất: `{}` chỉ còn là “{}”",
                       "the text from `#` on is taken for a comment and lost: `{}` is only “{}”", path.str(), r.value),
                   say(lang(), "đặt cả đoạn chữ trong dấu nháy đơn để giữ dấu #: {}: '{} #…'",
                       "put the whole text in single quotes to keep the #: {}: '{} #…'", last_key(path), r.value));
  if (looks_like_legacy_text(r.value))
    diags_.warning("W004", node->offset, node->length, path.str(),
                   say(lang(), "`{}` có vẻ được gõ bằng bảng mã cũ TCVN3 hoặc VNI, sẽ hiện sai trong báo cáo",
                       "`{}` looks typed in the old TCVN3 or VNI encoding and will show garbled in the report",
                       path.str()),
                   say(lang(), "chép đoạn chữ, dùng Unikey → Công cụ chuyển mã (Ctrl+Shift+F6), nguồn TCVN3 (hoặc VNI), "
                               "đích Unicode, bấm Chuyển mã, rồi dán lại",
                       "copy the text, use Unikey → Conversion tool (Ctrl+Shift+F6), source TCVN3 (or VNI), "
                       "destination Unicode, convert, and paste it back"));
  return r;
}

Located<long long> YamlReader::count(const Node* node, const KeyPath& path) {
  if (!scalar(node, path, "một số", "a number")) return {};
  Parsed<long long> parsed = parse_count(node->text, lang());
  if (parsed.value) return from(node, path, parsed);
  std::size_t nbsp = node->quoted ? std::string_view::npos : node->text.find("\xC2\xA0");
  if (nbsp == std::string_view::npos) return from(node, path, parsed);
  // A plain value is its own text in the file: point at the no-break space.
  Located<long long> r;
  r.offset = node->offset;
  r.length = node->length;
  diags_.error(parsed.code, node->offset + nbsp, 2, path.str(), fmt::format("{}: {}", path.str(), parsed.message),
               parsed.hint);
  return r;
}

Located<Date> YamlReader::date(const Node* node, const KeyPath& path) {
  if (!scalar(node, path, "một ngày", "a date")) return {};
  return from(node, path, parse_date(node->text, lang()));
}

Located<bool> YamlReader::flag(const Node* node, const KeyPath& path) {
  if (!scalar(node, path, "có hoặc không", "yes or no")) return {};
  return from(node, path, parse_bool(node->text, lang()));
}

Located<std::string> YamlReader::phone(const Node* node, const KeyPath& path) {
  if (!scalar(node, path, "một số điện thoại", "a phone number")) return {};
  return from(node, path, parse_phone(node->text, lang()));
}

Located<std::string> YamlReader::code(const Node* node, const Vocabulary& vocab, const KeyPath& path) {
  Located<std::string> r;
  if (!scalar(node, path, "một mã", "a code")) return r;
  r.offset = node->offset;
  r.length = node->length;
  if (const Term* t = vocab.find(node->text)) {
    r.value = t->code;
    r.present = true;
    return r;
  }
  std::string near = vocab.suggest(node->text);
  std::string allowed = say(lang(), "các mã được dùng: {}", "allowed codes: {}", vocab.codes_list());
  error("E107", *node, path,
        say(lang(), "{}: `{}` không phải là mã có trong danh mục", "{}: `{}` is not one of the allowed codes",
            path.str(), trim(node->text)),
        near.empty() ? allowed
                     : say(lang(), "có phải ý bạn là `{}` ({})? {}", "did you mean `{}` ({})? {}", near,
                           vocab.label(near, lang()), allowed));
  return r;
}

}  // namespace baocao
