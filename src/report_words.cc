#include "report_words.h"

#include <stdexcept>

#include "file_reader.h"
#include "platform.h"
#include "resources.h"
#include "yaml_tree.h"

namespace baocao {

namespace {

bool word_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

// The text outside tags, for HTML and Word XML: quotes need no escape
// between tags, and "The office's" reads the same in the file.
std::string escape_markup_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += c;
    }
  }
  return out;
}

void read_words_text(const std::string& path, std::string text, WordMap& into) {
  SourceFile file(path, std::move(text));
  Diagnostics ignored(Lang::vi);
  read_words(file, ignored, into);
}

}  // namespace

void read_words(const SourceFile& file, Diagnostics& diags, WordMap& into, WordPlaces* places) {
  const Lang lang = diags.lang();
  std::optional<YamlDocument> doc =
      parse_yaml(file, diags, {}, say(lang, "ghi mỗi lời một dòng: `tên: \"lời\"`", "write one word a line: `name: \"text\"`"));
  if (!doc) return;
  const Node& root = doc->root;
  if (!root.is_mapping()) {
    diags.error("E303", root.offset, root.length, {},
                say(lang, "tệp lời văn phải là danh sách `tên: lời`", "a words file must be a mapping of `name: text`"),
                say(lang, "ghi mỗi lời một dòng, không thụt lề: `heading-results: \"KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ\"`",
                    "one word a line, not indented: `heading-results: \"RESULTS BY TASK\"`"));
    return;
  }
  for (const MapEntry& e : root.entries) {
    if (!word_name(e.key)) {
      diags.error("E303", e.key_offset, e.key_length, std::string(e.key),
                  say(lang, "`{}` không phải tên lời", "`{}` is not a word's name", e.key),
                  say(lang, "tên lời chỉ có chữ thường không dấu, chữ số và dấu gạch ngang, như `heading-results`",
                      "a word's name has lower-case letters, digits and hyphens only, like `heading-results`"));
      continue;
    }
    if (!e.value.is_scalar()) {
      std::size_t at = e.value.is_null() ? e.key_offset : e.value.offset;
      std::size_t length = e.value.is_null() ? e.key_length : e.value.length;
      diags.error("E303", at, length, std::string(e.key),
                  say(lang, "lời `{}` phải là một đoạn chữ", "the word `{}` must be a text", e.key),
                  say(lang, "ghi lời trong ngoặc kép, trên cùng dòng: `{}: \"…\"` (\"\" để không nói gì)",
                      "write the text in double quotes on the same line: `{}: \"…\"` (\"\" to say nothing)", e.key));
      continue;
    }
    into[std::string(e.key)] = std::string(e.value.text);
    if (places) (*places)[std::string(e.key)] = e.key_offset;
  }
}

WordMap builtin_words(Lang lang) {
  WordMap words;
  const std::string path = lang == Lang::vi ? "templates/words/vi.yaml" : "templates/words/en.yaml";
  if (std::optional<std::string_view> text = embedded_file(path)) read_words_text(path, std::string(*text), words);
  return words;
}

WordMap report_words(Lang lang, const std::string& template_dir) {
  WordMap words;
  for (Lang layer : {Lang::vi, Lang::en}) {
    if (layer == Lang::en && lang != Lang::en) break;
    for (const auto& [name, text] : builtin_words(layer)) words[name] = text;
    if (template_dir.empty()) continue;
    std::string path = template_dir + (layer == Lang::vi ? "/words/vi.yaml" : "/words/en.yaml"), why;
    if (!platform::exists(path)) continue;
    if (std::optional<std::string> text = read_input(path, lang, &why)) read_words_text(path, std::move(*text), words);
  }
  return words;
}

std::string escape_word(std::string_view word, ReportFormat format) {
  auto escape = [&](std::string_view text) {
    return format == ReportFormat::md ? markdown_escape(std::string(text)) : escape_markup_text(text);
  };
  std::string out;
  std::size_t from = 0;
  for (std::size_t open; (open = word.find("{{", from)) != std::string_view::npos;) {
    std::size_t close = word.find("}}", open + 2);
    if (close == std::string_view::npos) break;
    close += 2;
    if (close < word.size() && word[close] == '}') ++close;  // {{{name}}}
    out += escape(word.substr(from, open - from));
    out.append(word.substr(open, close - open));
    from = close;
  }
  out += escape(word.substr(from));
  return out;
}

std::string word(const WordMap& words, std::string_view name) {
  auto it = words.find(name);
  if (it == words.end()) throw std::logic_error("no built-in word " + std::string(name));
  return it->second;
}

std::string word(const WordMap& words, std::string_view name,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
  std::string text = word(words, name);
  for (const auto& [key, value] : values) {
    const std::string tag = "{{" + std::string(key) + "}}";
    for (std::size_t at = text.find(tag); at != std::string::npos; at = text.find(tag, at + value.size()))
      text.replace(at, tag.size(), value);
  }
  return text;
}

std::vector<std::pair<std::string, std::size_t>> words_used(std::string_view text) {
  std::vector<std::pair<std::string, std::size_t>> used;
  for (std::size_t at = 0; (at = text.find("{{>", at)) != std::string_view::npos; at += 3) {
    std::size_t close = text.find("}}", at);
    if (close == std::string_view::npos) break;
    std::string_view name = text.substr(at + 3, close - at - 3);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name.size() > 2 && name.substr(0, 2) == "w-") used.emplace_back(std::string(name.substr(2)), at);
  }
  return used;
}

}  // namespace baocao
