#include "typing_slips.h"

#include <cstring>

namespace baocao {

namespace {

struct OddChar {
  const char* bytes;
  bool zero_width;  // never part of a text: dropped where it sits
  bool invisible;   // zero width, or a space that looks like one
  const char* vi;
  const char* en;
};

const OddChar kOddChars[] = {
    {"\xC2\xA0", false, true, "dấu cách không ngắt (U+00A0)", "no-break space (U+00A0)"},
    {"\xE2\x80\x8B", true, true, "dấu cách độ rộng 0 (U+200B)", "zero-width space (U+200B)"},
    {"\xE2\x80\x8C", true, true, "ký tự không nối độ rộng 0 (U+200C)", "zero-width non-joiner (U+200C)"},
    {"\xE2\x80\x8D", true, true, "ký tự nối độ rộng 0 (U+200D)", "zero-width joiner (U+200D)"},
    {"\xE2\x81\xA0", true, true, "ký tự nối từ vô hình (U+2060)", "word joiner (U+2060)"},
    {"\xEF\xBB\xBF", true, true, "dấu BOM vô hình giữa tệp (U+FEFF)", "byte order mark inside the file (U+FEFF)"},
    {"\xEF\xBC\x9A", false, false, "dấu hai chấm toàn độ rộng `：` (U+FF1A)", "full-width colon `：` (U+FF1A)"},
    {"\xE2\x80\x93", false, false, "dấu gạch ngang dài `–` (U+2013, của Word)", "en dash `–` (U+2013, from Word)"},
    {"\xE2\x80\x94", false, false, "dấu gạch ngang dài `—` (U+2014)", "em dash `—` (U+2014)"},
    {"\xE2\x80\xA2", false, false, "dấu chấm tròn `•` (U+2022)", "bullet `•` (U+2022)"},
    {"\xE2\x88\x92", false, false, "dấu trừ toán học `−` (U+2212)", "minus sign `−` (U+2212)"},
};

const OddChar* odd_in_table(std::string_view t, std::size_t at) {
  for (const OddChar& o : kOddChars) {
    std::size_t n = std::strlen(o.bytes);
    if (t.compare(at, n, o.bytes) == 0) return &o;
  }
  return nullptr;
}

// Asked several times on every line of every file: the first byte, which
// rules out nearly every place, is checked inline.
inline const OddChar* odd_at(std::string_view t, std::size_t at) {
  if (at >= t.size()) return nullptr;
  auto c = static_cast<unsigned char>(t[at]);
  return c == 0xC2 || c == 0xE2 || c == 0xEF ? odd_in_table(t, at) : nullptr;
}

inline const OddChar* invisible_at(std::string_view t, std::size_t at) {
  const OddChar* o = odd_at(t, at);
  return o && o->invisible ? o : nullptr;
}

bool key_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool ends_value(std::string_view t, std::size_t i, std::size_t end) {
  return i >= end || t[i] == '\r' || t[i] == '#';
}

std::size_t skip_spaces(std::string_view t, std::size_t i, std::size_t end) {
  while (i < end && (t[i] == ' ' || t[i] == '\t')) ++i;
  return i;
}

// The value as it should be written: in single quotes, where no sign means
// anything and a ' is written twice.
std::string quoted(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

// The value from `v` to the end of its line, without a trailing comment or spaces.
std::string_view rest_of_value(std::string_view t, std::size_t v, std::size_t end) {
  std::size_t e = end;
  while (e > v && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t')) --e;
  return t.substr(v, e - v);
}

// Where the quote opened at `open` closes on its line, or npos.
std::size_t close_quote(std::string_view t, std::size_t open, std::size_t end) {
  char q = t[open];
  for (std::size_t i = open + 1; i < end; ++i) {
    if (q == '"' && t[i] == '\\') { ++i; continue; }
    if (t[i] != q) continue;
    if (q == '\'' && i + 1 < end && t[i + 1] == '\'') { ++i; continue; }
    return i;
  }
  return std::string_view::npos;
}

std::size_t close_bracket(std::string_view t, std::size_t open, std::size_t end) {
  int depth = 0;
  for (std::size_t i = open; i < end; ++i) {
    if (t[i] == '"' || t[i] == '\'') {
      std::size_t q = close_quote(t, i, end);
      if (q == std::string_view::npos) return q;
      i = q;
    } else if (t[i] == '[' || t[i] == '{') {
      ++depth;
    } else if ((t[i] == ']' || t[i] == '}') && --depth == 0) {
      return i;
    }
  }
  return std::string_view::npos;
}

class Scanner {
 public:
  Scanner(std::string_view t, Lang lang, SlipScan& out) : t_(t), lang_(lang), out_(out) {}

  void line(std::size_t start, std::size_t end, std::size_t line_no, bool hashes) {
    start_ = start, end_ = end, line_ = line_no;
    keyed_ = false;
    std::size_t i = start;
    while (i < end && t_[i] == ' ') ++i;
    if (i < end && t_[i] == '\t') {
      std::size_t j = skip_spaces(t_, i, end);
      if (!ends_value(t_, j, end)) tab(i, j);
      return;
    }
    if (const OddChar* o = invisible_at(t_, i)) {
      std::size_t j = i + std::strlen(o->bytes);
      while (const OddChar* more = invisible_at(t_, j)) j += std::strlen(more->bytes);
      if (j < end && (t_[j] == ' ' || t_[j] == '\t')) {
        indentation(i, *o);
        return;
      }
    }
    if (ends_value(t_, i, end)) return;
    trailing_invisible(i);
    std::size_t value = key_line(i);
    if (value == std::string_view::npos) return;
    if (value != kNotAValue) check_value(value);
    if (hashes) find_hashtags(value == kNotAValue ? i : value);
  }

 private:
  static constexpr std::size_t kNotAValue = static_cast<std::size_t>(-2);

  Slip& add(Severity severity, const char* code, std::size_t offset, std::size_t length, std::string message,
            std::string hint) {
    Slip s;
    s.severity = severity;
    s.code = code;
    s.offset = offset;
    s.length = length;
    s.message = std::move(message);
    s.hint = std::move(hint);
    s.line = s.reach = line_;
    out_.slips.push_back(std::move(s));
    return out_.slips.back();
  }

  void conditional(Slip& s, std::size_t token, std::size_t reach) {
    s.certain = false;
    s.token = token;
    s.reach = reach;
  }

  std::string name(const OddChar& o) const { return lang_ == Lang::vi ? o.vi : o.en; }

  void repair(std::size_t at, std::string_view with) {
    if (out_.repaired.empty()) out_.repaired.assign(t_.data(), t_.size());
    out_.repaired.replace(at, with.size(), with);
  }

  void tab(std::size_t at, std::size_t token) {
    Slip& s = add(Severity::error, "E013", at, 1,
                  say(lang_, "dòng này thụt lề bằng phím Tab", "this line is indented with the Tab key"),
                  say(lang_, "xóa Tab ở đầu dòng và thụt lề bằng phím cách, thẳng hàng với các dòng cùng cấp",
                      "delete the Tab at the start of the line and indent with spaces, in line with its siblings"));
    conditional(s, token, line_ + 1);
  }

  void indentation(std::size_t at, const OddChar& o) {
    add(Severity::error, "E014", at, std::strlen(o.bytes),
        say(lang_, "phần thụt lề đầu dòng có ký tự vô hình: {}", "the indentation holds an invisible character: {}",
            name(o)),
        say(lang_, "xóa hết khoảng trắng ở đầu dòng rồi thụt lề lại bằng phím cách",
            "delete the blank space at the start of the line and indent it again with spaces"));
  }

  // Reads `- ` bullets and `key:` from `i`. Returns where the value starts,
  // kNotAValue for a line that is not a key or an item (text continued from
  // above), or npos when the line is reported already.
  std::size_t key_line(std::size_t i) {
    bool item = false;
    for (;;) {
      if (t_[i] == '-' && i + 1 < end_ && (t_[i + 1] == ' ' || t_[i + 1] == '\t')) {
        i = skip_spaces(t_, i + 1, end_);
        item = true;
        if (ends_value(t_, i, end_)) return std::string_view::npos;
        continue;
      }
      if (const OddChar* o = t_[i] == '-' ? invisible_at(t_, i + 1) : nullptr) {
        // The bullet's space pasted as a no-break space: not read through, as
        // it would move the item's keys one column off the lines below.
        Slip& s = add(Severity::error, "E016", i + 1, std::strlen(o->bytes),
                      say(lang_, "sau dấu gạch đầu dòng `-` là {} chứ không phải dấu cách",
                          "after the list dash `-` comes a {}, not a space", name(*o)),
                      say(lang_, "xóa ký tự này rồi gõ một dấu cách bằng phím cách",
                          "delete it and type a space with the space bar"));
        conditional(s, i, line_ + 1);
        return std::string_view::npos;
      }
      if (t_[i] == '-' && i + 1 < end_ && (key_char(t_[i + 1]) || static_cast<unsigned char>(t_[i + 1]) >= 0x80) &&
          !(t_[i + 1] >= '0' && t_[i + 1] <= '9')) {
        Slip& s = add(Severity::error, "E016", i, 1,
                      say(lang_, "thiếu dấu cách sau dấu gạch đầu dòng `-`", "a space is missing after the list dash `-`"),
                      say(lang_, "gõ một dấu cách sau dấu `-`: `- {}`", "type a space after the `-`: `- {}`",
                          rest_of_value(t_, i + 1, end_)));
        conditional(s, i, line_ + 1);
        return std::string_view::npos;
      }
      if (const OddChar* o = odd_at(t_, i); o && !o->invisible && o->bytes[0] == '\xE2') {
        std::size_t n = std::strlen(o->bytes);
        if (i + n < end_ && (t_[i + n] == ' ' || t_[i + n] == '\t')) {
          Slip& s = add(Severity::error, "E015", i, n,
                        say(lang_, "mục danh sách bắt đầu bằng {} thay cho dấu gạch `-`",
                            "the list item starts with an {} instead of a hyphen `-`", name(*o)),
                        say(lang_, "xóa dấu này rồi gõ dấu trừ `-` trên bàn phím (phím cạnh số 0) và một dấu cách",
                            "delete it and type the hyphen `-` key (next to 0), then a space"));
          conditional(s, i, line_ + 1);
          return std::string_view::npos;
        }
      }
      break;
    }
    std::size_t key = i, k = i;
    while (k < end_ && key_char(t_[k])) ++k;
    if (k == key) return item ? i : kNotAValue;
    std::size_t c = k;
    while (const OddChar* o = invisible_at(t_, c)) c += std::strlen(o->bytes);
    bool full_width = t_.compare(c, 3, "\xEF\xBC\x9A") == 0;
    if (c >= end_ || (t_[c] != ':' && !full_width)) return item ? i : kNotAValue;
    for (std::size_t at = k; at < c;) at = read_through(at, *invisible_at(t_, at), "");
    std::size_t v = c + (full_width ? 3 : 1);
    bool spaced = false;
    while (const OddChar* o = invisible_at(t_, v)) {
      v = read_through(v, *o, say(lang_, " sau dấu hai chấm", " after the colon"));
      spaced = true;
    }
    if (full_width) {
      const OddChar& o = *odd_at(t_, c);
      add(Severity::warning, "W006", c, 3,
          say(lang_, "{} thay cho dấu `:`; đã đọc như dấu hai chấm", "{} instead of `:`; read as a colon", name(o)),
          say(lang_, "gõ lại dấu hai chấm khi bộ gõ đang ở chế độ tiếng Anh (E)",
              "type the colon again with the keyboard in English mode"));
      repair(c, ":  ");
      spaced = true;
    }
    if (!spaced && !ends_value(t_, v, end_) && t_[v] != ' ' && t_[v] != '\t') {
      if (t_[v] == '/' || t_[v] == ':') return item ? i : kNotAValue;  // http://, a time 10:30:00
      Slip& s = add(Severity::error, "E016", c, 1,
                    say(lang_, "thiếu dấu cách sau dấu hai chấm của `{}`", "a space is missing after the colon of `{}`",
                        t_.substr(key, k - key)),
                    say(lang_, "gõ một dấu cách sau dấu hai chấm: `{}: {}`", "type a space after the colon: `{}: {}`",
                        t_.substr(key, k - key), rest_of_value(t_, v, end_)));
      conditional(s, key, line_ + 1);
      return std::string_view::npos;
    }
    key_column_ = key - start_;
    key_ = t_.substr(key, k - key);
    keyed_ = true;
    return skip_spaces(t_, v, end_);
  }

  // No-break or zero-width characters ending a line (after `45`, a date, a
  // code), pasted with the value: read as the spaces they look like.
  void trailing_invisible(std::size_t content) {
    std::size_t e = end_;
    while (e > content && (t_[e - 1] == '\r' || t_[e - 1] == ' ')) --e;
    for (;;) {
      auto ends_here = [&](std::size_t n) {  // an invisible character of n bytes ends at e
        const OddChar* o = e >= n ? invisible_at(t_, e - n) : nullptr;
        return o && std::strlen(o->bytes) == n;
      };
      std::size_t at = ends_here(2) ? e - 2 : ends_here(3) ? e - 3 : e;
      if (at == e || at <= content) return;
      read_through(at, *invisible_at(t_, at), say(lang_, " ở cuối dòng", " at the end of the line"));
      e = at;
      while (e > content && t_[e - 1] == ' ') --e;
    }
  }

  // A no-break or zero-width character next to a key's colon: read as spaces.
  std::size_t read_through(std::size_t at, const OddChar& o, const std::string& where) {
    std::size_t n = std::strlen(o.bytes);
    add(Severity::warning, "W006", at, n,
        say(lang_, "có {}{}; đã đọc như dấu cách thường", "there is a {}{}; read as an ordinary space", name(o), where),
        say(lang_, "ký tự này thường do chép từ Zalo, Facebook hay Word: xóa nó rồi gõ lại dấu cách bằng phím cách",
            "it usually comes from pasting out of a chat or Word: delete it and type the space again"));
    repair(at, std::string(n, ' '));
    return at + n;
  }

  void check_value(std::size_t v) {
    while (const OddChar* o = invisible_at(t_, v)) v = skip_spaces(t_, v + std::strlen(o->bytes), end_);
    if (ends_value(t_, v, end_)) return;
    char c = t_[v];
    std::string_view value = rest_of_value(t_, v, end_);
    auto sign = [&](const char* why_vi, const char* why_en) {
      std::string shown = c == '`' ? std::string("`") : std::string{'`', c, '`'};
      std::string fix = keyed_ ? std::string(key_) + ": " + quoted(value) : "- " + quoted(value);
      add(Severity::error, "E017", v, 1,
          say(lang_, "giá trị bắt đầu bằng dấu {}: {}", "the value starts with {}: {}", shown,
              lang_ == Lang::vi ? why_vi : why_en),
          say(lang_, "đặt cả đoạn chữ trong dấu nháy đơn: {}", "put the whole text in single quotes: {}", fix) +
              (value.find('\'') == std::string_view::npos
                   ? std::string()
                   : say(lang_, " (dấu ' bên trong gõ hai lần '')", " (a ' inside is typed twice '')")));
    };
    switch (c) {
      case '"':
      case '\'': {
        std::size_t q = close_quote(t_, v, end_);
        if (q == std::string_view::npos) return;
        std::size_t after = skip_spaces(t_, q + 1, end_);
        if (ends_value(t_, after, end_)) return;
        sign("dấu ngoặc ở đầu giá trị được hiểu là bao cả giá trị, nên phần chữ sau dấu ngoặc đóng không đọc được",
             "a quote at the start is taken to enclose the whole value, so the text after the closing quote can't be read");
        return;
      }
      case '[':
      case '{': {
        std::size_t b = close_bracket(t_, v, end_);
        if (b == std::string_view::npos) return;
        std::size_t after = skip_spaces(t_, b + 1, end_);
        if (!ends_value(t_, after, end_)) {
          sign("trong tệp, `[…]` ở đầu giá trị là một danh sách, nên phần chữ sau dấu đóng không đọc được",
               "at the start of a value `[…]` is a list, so the text after the closing bracket can't be read");
          return;
        }
        if (b == v + 1 && keyed_) empty_then_items(v);
        return;
      }
      case '*':
        if (yaml_name(v + 1) == value.size()) return;  // a real alias, *name: E004 names it
        return sign("dấu này ở đầu giá trị có nghĩa riêng (chép lại một giá trị khác), không phải chữ",
                    "there it means a copy of another value, not text");
      case '&':
        if (std::size_t n = yaml_name(v + 1); n > 1 && (n == value.size() || value[n] == ' ')) return;  // &name: E004
        return sign("dấu này ở đầu giá trị có nghĩa riêng (đặt tên cho giá trị), không phải chữ",
                    "there it names the value, it is not text");
      case '!':
        if (value.size() > 1 && value[1] == '!') return;  // a real tag, !!str: E009 names it
        return sign("dấu này ở đầu giá trị có nghĩa riêng (ghi kiểu của giá trị), không phải chữ",
                    "there it gives the value a type, it is not text");
      case '%':
      case '@':
      case '`':
        return sign("dấu này không được đứng đầu một giá trị", "that sign can't start a value");
      case '|':
      case '>': {
        std::size_t i = v + 1;
        while (i < end_ && ((t_[i] >= '0' && t_[i] <= '9') || t_[i] == '+' || t_[i] == '-')) ++i;
        if (ends_value(t_, skip_spaces(t_, i, end_), end_)) return;  // a block of text on the lines below
        return sign("dấu này ở đầu giá trị báo một đoạn chữ viết ở các dòng bên dưới",
                    "there it announces a text written on the lines below");
      }
      default:
        return;
    }
  }

  // The length of `*name` or `&name` from its sign when the name is one
  // ASCII word, as YAML anchors and aliases are written; 1 when it is not.
  std::size_t yaml_name(std::size_t from) const {
    std::size_t i = from;
    while (i < end_ && (key_char(t_[i]) || t_[i] == '-')) ++i;
    return i == from ? 1 : i - from + 1;
  }

  // `lessons: []` with `- …` items added below it.
  void empty_then_items(std::size_t v) {
    std::size_t next = end_ + 1;
    std::size_t next_line = line_ + 1;
    while (next < t_.size()) {
      std::size_t e = t_.find('\n', next);
      if (e == std::string_view::npos) e = t_.size();
      std::size_t i = next;
      while (i < e && t_[i] == ' ') ++i;
      if (!ends_value(t_, i, e)) {
        std::size_t indent = i - next;
        bool item = t_[i] == '-' && (i + 1 == e || t_[i + 1] == ' ');
        if (indent > key_column_ || (indent == key_column_ && item)) {
          Slip& s = add(Severity::error, "E002", v, 2,
                        say(lang_, "`{}` ở đây nghĩa là danh sách `{}` trống, nên các mục bên dưới không thuộc về đâu",
                            "`{}` here means the list `{}` is empty, so the items below belong nowhere",
                            t_.substr(v, 2), key_),
                        say(lang_, "xóa `{}` ở dòng {}, giữ lại `{}:` và các mục bên dưới",
                            "delete the `{}` on line {}, keep `{}:` and the items below", t_.substr(v, 2), line_,
                            key_));
          conditional(s, kNoOffset, next_line);
        }
        return;
      }
      next = e + 1;
      ++next_line;
    }
  }

  // `#` glued to a word after text: a hashtag YAML drops as a comment.
  void find_hashtags(std::size_t from) {
    if (from < end_ && (t_[from] == '"' || t_[from] == '\'')) return;
    for (std::size_t i = from; i < end_; ++i) {
      if (t_[i] != '#') continue;
      if (i > from && t_[i - 1] != ' ' && t_[i - 1] != '\t') continue;
      if (i + 1 < end_ && t_[i + 1] != ' ' && t_[i + 1] != '\t' && t_[i + 1] != '#' && t_[i + 1] != '\r')
        out_.hashtags.push_back(i);
      return;  // the rest of the line is a comment either way
    }
  }

  std::string_view t_;
  Lang lang_;
  SlipScan& out_;
  std::size_t start_ = 0, end_ = 0, line_ = 0;
  bool keyed_ = false;         // the line is `key: value`
  std::size_t key_column_ = 0;  // of its key, from 0
  std::string_view key_;
};

}  // namespace

std::size_t odd_char(std::string_view text, std::size_t at, Lang lang, std::string* name) {
  const OddChar* o = odd_at(text, at);
  if (!o) return 0;
  if (name) *name = lang == Lang::vi ? o->vi : o->en;
  return std::strlen(o->bytes);
}

bool zero_width_at(std::string_view text, std::size_t at) {
  const OddChar* o = odd_at(text, at);
  return o && o->zero_width;
}

SlipScan scan_slips(std::string_view text, Lang lang) {
  SlipScan out;
  bool hashes = text.find('#') != std::string_view::npos;
  out.invisible = text.find("\xE2\x80\x8B") != std::string_view::npos || text.find("\xE2\x80\x8C") != std::string_view::npos ||
                  text.find("\xE2\x80\x8D") != std::string_view::npos || text.find("\xE2\x81\xA0") != std::string_view::npos ||
                  text.find("\xEF\xBB\xBF") != std::string_view::npos || text.find("\xC2\xA0") != std::string_view::npos;
  Scanner scan(text, lang, out);
  std::size_t line = 1;
  for (std::size_t start = 0; start < text.size(); ++line) {
    const void* nl = std::memchr(text.data() + start, '\n', text.size() - start);
    std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    scan.line(start, end, line, hashes);
    start = end + 1;
  }
  return out;
}

}  // namespace baocao
