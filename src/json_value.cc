#include "json_value.h"

#include <cerrno>
#include <cstdlib>
#include <unordered_set>

#include "utf8.h"

namespace baocao {

JsonValue::JsonValue() = default;
JsonValue::JsonValue(const JsonValue&) = default;
JsonValue::JsonValue(JsonValue&&) noexcept = default;
JsonValue& JsonValue::operator=(const JsonValue&) = default;
JsonValue& JsonValue::operator=(JsonValue&&) noexcept = default;
JsonValue::~JsonValue() = default;

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& m : members)
    if (m.first == key) return &m.second;
  return nullptr;
}

const char* json_type_name(JsonValue::Type t, Lang lang) {
  bool vi = lang == Lang::vi;
  switch (t) {
    case JsonValue::Type::null: return "null";
    case JsonValue::Type::boolean: return vi ? "giá trị true/false" : "true or false";
    case JsonValue::Type::number: return vi ? "một số" : "a number";
    case JsonValue::Type::string: return vi ? "một chuỗi" : "a string";
    case JsonValue::Type::array: return vi ? "một danh sách [...]" : "a list [...]";
    case JsonValue::Type::object: return vi ? "một đối tượng {...}" : "an object {...}";
  }
  return "";
}

namespace {

// Deep enough for any report; a file nested deeper is not one, and the
// limit keeps a hostile file from exhausting the stack.
constexpr int kMaxDepth = 64;

class Parser {
 public:
  Parser(const SourceFile& file, Diagnostics& diags) : s_(file.text()), diags_(diags) {}

  std::optional<JsonValue> document() {
    JsonValue v;
    if (std::size_t bad = find_invalid_utf8(s_); bad != std::string_view::npos)
      return fail(bad, say(lang(), "tệp có byte không phải UTF-8", "the file has bytes that are not UTF-8"));
    skip_space();
    if (!value(v, 0)) return std::nullopt;
    skip_space();
    if (pos_ != s_.size()) return fail(pos_, say(lang(), "còn nội dung sau khi tệp JSON đã kết thúc",
                                                 "there is more text after the JSON value ends"));
    return v;
  }

 private:
  Lang lang() const { return diags_.lang(); }

  std::nullopt_t fail(std::size_t at, std::string message) {
    bool end = at >= s_.size();
    if (end && !s_.empty()) at = s_.size() - 1;
    diags_.error("E601", at, end ? 0 : 1, "",
                 end ? say(lang(), "tệp JSON bị cắt ngang: hết tệp khi {}", "the JSON file is cut short: it ends while {}",
                           message)
                     : std::move(message),
                 say(lang(), "dùng đúng tệp .json mà baocao đã ghi, không sửa tay",
                     "use the .json file exactly as baocao wrote it, not edited by hand"));
    return std::nullopt;
  }

  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  bool literal(std::string_view word) {
    if (s_.compare(pos_, word.size(), word) != 0) return false;
    pos_ += word.size();
    return true;
  }

  bool value(JsonValue& v, int depth) {
    if (depth > kMaxDepth) return fail(pos_, say(lang(), "các giá trị lồng nhau quá sâu", "values are nested too deep")), false;
    if (pos_ >= s_.size()) return fail(pos_, say(lang(), "đang chờ một giá trị", "a value is expected")), false;
    v.offset = pos_;
    char c = s_[pos_];
    bool ok = true;
    if (c == '{') ok = object(v, depth);
    else if (c == '[') ok = array(v, depth);
    else if (c == '"') v.type = JsonValue::Type::string, ok = string(v.text);
    else if (c == '-' || (c >= '0' && c <= '9')) ok = number(v);
    else if (literal("true")) v.type = JsonValue::Type::boolean, v.boolean = true;
    else if (literal("false")) v.type = JsonValue::Type::boolean;
    else if (literal("null")) v.type = JsonValue::Type::null;
    else return fail(pos_, say(lang(), "không phải giá trị JSON", "this is not a JSON value")), false;
    v.length = pos_ - v.offset;
    return ok;
  }

  bool object(JsonValue& v, int depth) {
    v.type = JsonValue::Type::object;
    ++pos_;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
    std::unordered_set<std::string> seen;
    for (;;) {
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != '"')
        return fail(pos_, say(lang(), "đang chờ một khóa trong dấu ngoặc kép", "a key in double quotes is expected")), false;
      std::size_t key_at = pos_;
      std::string key;
      if (!string(key)) return false;
      if (!seen.insert(key).second)
        return fail(key_at, say(lang(), "khóa `{}` có hai lần trong cùng đối tượng", "the key `{}` is in this object twice",
                                key)), false;
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != ':')
        return fail(pos_, say(lang(), "đang chờ dấu `:` sau khóa", "a `:` is expected after the key")), false;
      ++pos_;
      skip_space();
      v.members.emplace_back(std::move(key), JsonValue{});
      if (!value(v.members.back().second, depth + 1)) return false;
      skip_space();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
      return fail(pos_, say(lang(), "đang chờ dấu `,` hoặc `}}`", "a `,` or `}}` is expected")), false;
    }
  }

  bool array(JsonValue& v, int depth) {
    v.type = JsonValue::Type::array;
    ++pos_;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
    for (;;) {
      skip_space();
      v.items.emplace_back();
      if (!value(v.items.back(), depth + 1)) return false;
      skip_space();
      if (pos_ < s_.size() && s_[pos_] == ',') { ++pos_; continue; }
      if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
      return fail(pos_, say(lang(), "đang chờ dấu `,` hoặc `]`", "a `,` or `]` is expected")), false;
    }
  }

  static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  bool hex4(unsigned& out) {
    out = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      int h = pos_ < s_.size() ? hex(s_[pos_]) : -1;
      if (h < 0) return fail(pos_, say(lang(), "`\\u` cần bốn chữ số hệ 16", "`\\u` needs four hex digits")), false;
      out = out * 16 + static_cast<unsigned>(h);
    }
    return true;
  }


  bool string(std::string& out) {
    ++pos_;
    for (;;) {
      // A run of plain bytes at once: most of a report's strings have no escape.
      std::size_t run = pos_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' && static_cast<unsigned char>(s_[run]) >= 0x20) ++run;
      out.append(s_, pos_, run - pos_);
      pos_ = run;
      if (pos_ >= s_.size()) return fail(pos_, say(lang(), "một chuỗi chưa đóng", "a string is not closed")), false;
      char c = s_[pos_];
      if (c == '"') break;
      if (c != '\\')
        return fail(pos_, say(lang(), "ký tự điều khiển trong chuỗi phải viết dạng `\\u`",
                              "a control character in a string must be written as `\\u`")), false;
      ++pos_;
      if (pos_ >= s_.size()) return fail(pos_, say(lang(), "một chuỗi chưa đóng", "a string is not closed")), false;
      char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          std::size_t at = pos_ - 2;
          unsigned cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00) {
            unsigned low;
            if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low >= 0xE000)
              return fail(at, say(lang(), "nửa đầu của cặp UTF-16 thiếu nửa sau", "a UTF-16 high surrogate has no low one")),
                     false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp < 0xE000) {
            return fail(at, say(lang(), "nửa sau của cặp UTF-16 đứng một mình", "a lone UTF-16 low surrogate")), false;
          }
          append_utf8(out, cp);
          break;
        }
        default:
          return fail(pos_ - 2, say(lang(), "`\\{}` không phải cách viết tắt của JSON", "`\\{}` is not a JSON escape",
                                    std::string(1, e))), false;
      }
    }
    ++pos_;
    return true;
  }

  bool number(JsonValue& v) {
    v.type = JsonValue::Type::number;
    std::size_t start = pos_;
    auto digits = [&] {
      std::size_t from = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      return pos_ > from;
    };
    if (s_[pos_] == '-') ++pos_;
    std::size_t int_at = pos_;
    if (!digits()) return fail(pos_, say(lang(), "đang chờ một chữ số", "a digit is expected")), false;
    if (s_[int_at] == '0' && pos_ - int_at > 1)
      return fail(int_at, say(lang(), "số không được bắt đầu bằng 0", "a number cannot start with 0")), false;
    bool plain = true;
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_, plain = false;
      if (!digits()) return fail(pos_, say(lang(), "đang chờ chữ số sau dấu `.`", "a digit is expected after `.`")), false;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_, plain = false;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!digits()) return fail(pos_, say(lang(), "đang chờ chữ số của số mũ", "the exponent needs a digit")), false;
    }
    std::string text(s_.substr(start, pos_ - start));
    v.number = std::strtod(text.c_str(), nullptr);
    if (plain) {
      errno = 0;
      long long n = std::strtoll(text.c_str(), nullptr, 10);
      if (errno == 0) v.integer = true, v.whole = n;
    }
    return true;
  }

  std::string_view s_;
  Diagnostics& diags_;
  std::size_t pos_ = 0;
};

}  // namespace

std::optional<JsonValue> parse_json(const SourceFile& file, Diagnostics& diags) {
  return Parser(file, diags).document();
}

}  // namespace baocao
