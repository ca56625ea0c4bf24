#include "form_page.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_set>

#include "form.h"
#include "form_reader.h"
#include "json_writer.h"
#include "scalar.h"
#include "yaml_tree.h"

namespace baocao {

namespace {

const char* need_name(Need n) {
  switch (n) {
    case Need::optional: return "optional";
    case Need::required: return "required";
    case Need::when_flag: return "when";
  }
  return "optional";
}

void describe_fields(JsonWriter& w, const Plan& plan, Lang lang, int parent) {
  const Form& form = plan.form();
  w.begin_array();
  for (const FormField* f : form.children(parent)) {
    w.begin_object().key("path").value(f->path).key("key").value(f->key);
    w.key("kind").value(field_kind_name(f->kind)).key("need").value(need_name(f->need));
    w.key("label").value(f->label.in(lang)).key("label_vi").value(f->label.vi).key("label_en").value(f->label.en);
    w.key("comment").value(form_comment(*f, plan.abbrev));
    if (!f->when.empty()) w.key("when").value(f->when);
    if (!f->when_any.empty()) {
      w.key("when_any").begin_array();
      for (const std::string& c : f->when_any) w.value(c);
      w.end_array();
    }
    if (f->kind == FieldKind::count) {
      w.key("min").value(f->min).key("max").value(f->max);
      if (!f->at_most.empty()) w.key("at_most").value(f->at_most);
    }
    if (f->in_period) w.key("in_period").value(true);
    if (f->non_empty) w.key("non_empty").value(true);
    if (f->plan_id) w.key("plan_id").value(true);
    if (!f->placeholder.empty()) w.key("placeholder").value(f->placeholder);
    if (!f->vocabulary.empty()) {
      w.key("choices").begin_array();
      for (const Term& t : plan.vocabulary(f->vocabulary).terms())
        w.begin_object().key("code").value(t.code).key("label").value(lang == Lang::en && !t.en.empty() ? t.en : t.vi)
            .end_object();
      w.end_array();
    }
    if (f->kind == FieldKind::section || f->kind == FieldKind::list) {
      w.key("fields");
      describe_fields(w, plan, lang, static_cast<int>(form.index(*f)));
    }
    w.end_object();
  }
  w.end_array();
}

void scalar_or_null(JsonWriter& w, const Node& n) {
  if (n.is_scalar()) w.value(n.text); else w.null();
}

// The end of a flow mapping's entry that starts at `at`: its comma or the
// mapping's closing brace, outside brackets and quotes.
std::size_t flow_entry_end(std::string_view text, std::size_t at) {
  int depth = 0;
  for (std::size_t i = at; i < text.size(); ++i) {
    char c = text[i];
    if (c == '"' || c == '\'') {
      for (++i; i < text.size() && text[i] != c; ++i)
        if (c == '"' && text[i] == '\\') ++i;
    } else if (c == '[' || c == '{') {
      ++depth;
    } else if (c == ']' || c == '}') {
      if (depth-- == 0) return i;
    } else if (c == ',' && depth == 0) {
      return i;
    }
  }
  return text.size();
}

// The lines of a block node that starts at `start` (a key, or an item's
// dash) at `column`: its own line, then the lines indented deeper (with
// `sequence`, a sequence's dashes may also stand at the column), less the
// blank and comment lines that end it; moved left by `column`.
std::string block_source(std::string_view text, std::size_t start, std::size_t column, bool sequence) {
  auto line_end = [&](std::size_t from) { return std::min(text.find('\n', from), text.size()); };
  auto trimmed = [](std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    return line;
  };
  std::string out(trimmed(text.substr(start, line_end(start) - start)));
  std::string pending;  // blank and comment lines, kept only if the value goes on after them
  for (std::size_t at = line_end(start); at < text.size();) {
    std::size_t end = line_end(at + 1);
    std::string_view line = trimmed(text.substr(at + 1, end - at - 1));
    at = end;
    std::size_t indent = std::min(line.find_first_not_of(' '), line.size());
    std::string_view body = line.substr(indent);
    std::string moved = "\n" + std::string(line.substr(std::min(indent, column)));
    if (body.empty() || (body[0] == '#' && indent <= column)) {
      pending += body.empty() ? "\n" : moved;
      continue;
    }
    if (indent < column || (indent == column && !(sequence && body[0] == '-'))) break;
    out += pending + moved;
    pending.clear();
  }
  return out;
}

std::size_t line_start(std::string_view text, std::size_t offset) {
  std::size_t at = text.rfind('\n', offset);
  return at == std::string_view::npos ? 0 : at + 1;
}

std::size_t column_of(std::string_view text, std::size_t offset) { return offset - line_start(text, offset); }

// An entry, as the school wrote it: from its key to the end of its value,
// the key at column 0 and the lines below moved left as much. In a block
// mapping the value is the lines indented deeper than the key (a sequence
// may start at the key's own column), less the blank and comment lines that
// end it; in a flow mapping, up to the next comma, on one line.
std::string entry_source(std::string_view text, const Node& map, const MapEntry& e) {
  if (map.flow) {
    std::string_view raw = text.substr(e.key_offset, flow_entry_end(text, e.key_offset) - e.key_offset);
    std::string out;
    for (char c : raw) {
      bool space = c == '\n' || c == '\r' || c == ' ';
      if (!space) out += c;
      else if (!out.empty() && out.back() != ' ') out += ' ';
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }
  return block_source(text, e.key_offset, column_of(text, e.key_offset), e.value.is_sequence() && !e.value.flow);
}

// Keys written a second time in their mapping (E005), by the offset and
// length of the second key: the tree keeps the first value, so the page
// keeps the second as written, or saving would drop it.
using KeysTwice = std::vector<std::pair<std::size_t, std::size_t>>;

// Whether the key written again at `at` repeats `e` in the same block
// mapping: the same key at the same column below it, and no line between
// them less indented (which would close the mapping).
bool repeats(std::string_view text, const MapEntry& e, std::size_t at, std::size_t length) {
  const std::size_t column = column_of(text, e.key_offset);
  if (at <= e.key_offset || column_of(text, at) != column || text.substr(at, length) != e.key) return false;
  for (std::size_t nl = text.find('\n', e.key_offset); nl < at; nl = text.find('\n', nl + 1)) {
    std::size_t first = std::min(text.find_first_not_of(' ', nl + 1), text.size());
    if (first >= at) break;
    if (text[first] == '\n' || text[first] == '\r' || text[first] == '#') continue;
    if (first - (nl + 1) < column) return false;
  }
  return true;
}

// An item of a block sequence, as the school wrote it: from its dash to
// the end of its value, the dash at column 0.
std::size_t dash_of(std::string_view text, const Node& item) {
  std::size_t dash = item.offset;  // its line's first character, or the line above's (`-` alone on it)
  for (std::size_t at = item.offset;;) {
    std::size_t start = line_start(text, at);
    std::size_t first = std::min(text.find_first_not_of(' ', start), text.size());
    if (first < text.size() && text[first] == '-' && first < item.offset) {
      dash = first;
      break;
    }
    if (start < 2) break;
    at = start - 2;  // on the line above
  }
  return dash;
}

std::string item_source(std::string_view text, const Node& item) {
  std::size_t dash = dash_of(text, item);
  return block_source(text, dash, column_of(text, dash), false);
}

// Whether the value a known key holds has the shape its field takes, so
// that the page can show it in its field and save it again: a section a
// mapping, a list a sequence (of mappings, or each item is looked at), a
// code list codes, a flag a yes or no, anything else one value.
bool fits(const FormField& f, const Node& v) {
  switch (f.kind) {
    case FieldKind::section: return v.is_mapping();
    case FieldKind::list:
      if (!v.is_sequence()) return false;
      if (!v.flow) return true;  // a block list's items are kept one by one
      for (const Node& item : v.items)
        if (!item.is_mapping() && !item.is_null()) return false;
      return true;
    case FieldKind::codes:
      if (v.is_mapping()) return false;
      for (const Node& c : v.items)
        if (!c.is_scalar()) return false;
      return true;
    case FieldKind::flag: return v.is_scalar() && parse_bool(v.text, Lang::vi).value.has_value();
    default: return v.is_scalar();
  }
}

// The school's own whole-line comments of a file: told from the blank
// form's (which the saved file gets again from init's form) by their text.
class SchoolComments {
 public:
  SchoolComments(const Plan& plan, std::string_view text, const Node& root) : text_(text) {
    const std::string blank = blank_form(plan, RosterEntry{}, Office{});
    for (std::string_view rest = blank; !rest.empty();) {
      std::size_t end = std::min(rest.find('\n'), rest.size());
      std::string_view line = rest.substr(0, end);
      rest = rest.substr(std::min(end + 1, rest.size()));
      line.remove_prefix(std::min(line.find_first_not_of(' '), line.size()));
      if (!line.empty() && line[0] == '#') form_.emplace(line);
    }
    form_.emplace(kExtrasHeader);
    header_ = fmt::format("# Báo cáo kết quả thực hiện {} — ", plan.subject.vi);
    scalars(root);
    std::sort(scalars_.begin(), scalars_.end());
  }

  // The school's comment lines right above the line that starts at `at`
  // (or at the end of the file), up to the first line that is neither blank
  // nor a comment, without their indent; "" when there are none.
  std::string above(std::size_t at) const {
    std::vector<std::string_view> found;
    if (at == 0) return {};
    std::size_t end = text_[at - 1] == '\n' ? at - 1 : at;  // the end of the line above
    for (;;) {
      std::size_t start = end == 0 ? 0 : text_.rfind('\n', end - 1);
      start = start == std::string_view::npos || end == 0 ? 0 : start + 1;
      std::string_view line = text_.substr(start, end - start);
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
      line.remove_prefix(std::min(line.find_first_not_of(' '), line.size()));
      if (!line.empty() && line[0] != '#') break;
      if (!line.empty() && !form_.count(std::string(line)) && line.rfind(header_, 0) != 0 && !in_scalar(start, line))
        found.push_back(line);
      if (start == 0) break;
      end = start - 1;
    }
    std::string out;
    for (auto it = found.rbegin(); it != found.rend(); ++it) out += (out.empty() ? "" : "\n") + std::string(*it);
    return out;
  }

  // Above a key's line; "" for a key on an item's dash line, whose comments
  // are the item's.
  std::string above_key(std::size_t key_offset) const {
    std::size_t start = line_start(text_, key_offset);
    if (text_.substr(start, key_offset - start).find('-') != std::string_view::npos) return {};
    return above(start);
  }

 private:
  void scalars(const Node& n) {
    if (n.is_scalar() && !n.quoted && n.text.find('\n') == std::string_view::npos) return;
    if (n.is_scalar()) scalars_.emplace_back(n.offset, n.text);
    for (const Node& i : n.items) scalars(i);
    for (const MapEntry& e : n.entries) scalars(e.value);
  }

  // Whether a line that starts with # is a line of the text of a scalar
  // that goes on over several lines (a `|` block), not a comment.
  bool in_scalar(std::size_t offset, std::string_view line) const {
    auto it = std::lower_bound(scalars_.begin(), scalars_.end(), std::make_pair(offset, std::string_view()));
    if (it == scalars_.begin()) return false;
    --it;
    return it->second.find(line) != std::string_view::npos;
  }

  std::string_view text_;
  std::unordered_set<std::string> form_;
  std::string header_;
  std::vector<std::pair<std::size_t, std::string_view>> scalars_;
};

void written(JsonWriter& w, std::string source, const std::string& comment = {}) {
  w.begin_object().key(kWrittenEntry).value(std::move(source));
  if (!comment.empty()) w.key(kCommentsKey).begin_object().key("-").value(comment).end_object();
  w.end_object();
}

// An item with nothing in it: an empty item, with its comment.
void written_or_empty(JsonWriter& w, const std::string& comment) {
  w.begin_object();
  if (!comment.empty()) w.key(kCommentsKey).begin_object().key("-").value(comment).end_object();
  w.end_object();
}

void values_of(JsonWriter& w, const Form& form, const Node& map, int parent, std::string_view text,
               const SchoolComments& notes, const KeysTwice& twice, const std::string& item_comment = {}) {
  w.begin_object();
  auto note = [&](const MapEntry& e) { return map.flow ? std::string() : notes.above_key(e.key_offset); };
  auto with_note = [](std::string c, std::string source) { return c.empty() ? source : c + "\n" + source; };
  // The entries the form has no field for, and the keys written again, in
  // the order the file has them.
  std::vector<std::pair<std::size_t, std::string>> extras;
  for (const MapEntry& e : map.entries) {
    bool known = false;
    for (const FormField* f : form.children(parent)) known = known || f->key == e.key;
    if (!known) extras.emplace_back(e.key_offset, with_note(note(e), entry_source(text, map, e)));
    if (map.flow) continue;
    for (const auto& [at, length] : twice)
      if (repeats(text, e, at, length))
        extras.emplace_back(at, with_note(notes.above_key(at), block_source(text, at, column_of(text, at), true)));
  }
  std::sort(extras.begin(), extras.end());
  if (!extras.empty()) {
    w.key(kExtraEntries).begin_array();
    for (const auto& [at, source] : extras) w.value(source);
    w.end_array();
  }
  std::vector<std::pair<std::string, std::string>> comments;
  if (!item_comment.empty()) comments.emplace_back("-", item_comment);
  for (const FormField* f : form.children(parent))
    if (const MapEntry* e = map.find(f->key); e && !e->value.is_null())
      if (std::string c = note(*e); !c.empty()) comments.emplace_back(f->key, std::move(c));
  if (parent == -1 && !map.flow)
    if (std::string c = notes.above(text.size()); !c.empty()) comments.emplace_back("$end", std::move(c));
  if (!comments.empty()) {
    w.key(kCommentsKey).begin_object();
    for (const auto& [k, c] : comments) w.key(k).value(c);
    w.end_object();
  }
  for (const FormField* f : form.children(parent)) {
    const MapEntry* e = map.find(f->key);
    if (!e || e->value.is_null()) continue;
    const Node& v = e->value;
    const int index = static_cast<int>(form.index(*f));
    if (!fits(*f, v)) {
      w.key(f->key);
      written(w, entry_source(text, map, *e));
      continue;
    }
    switch (f->kind) {
      case FieldKind::section:
        w.key(f->key);
        values_of(w, form, v, index, text, notes, twice);
        break;
      case FieldKind::list:
        w.key(f->key).begin_array();
        for (const Node& item : v.items) {
          std::string c = v.flow ? std::string() : notes.above(line_start(text, dash_of(text, item)));
          if (item.is_mapping()) values_of(w, form, item, index, text, notes, twice, c);
          else if (item.is_null()) written_or_empty(w, c);
          else written(w, item_source(text, item), c);
        }
        w.end_array();
        break;
      case FieldKind::codes:
        w.key(f->key).begin_array();
        if (v.is_sequence()) {
          for (const Node& c : v.items)
            if (c.is_scalar()) w.value(c.text);
        } else if (v.is_scalar()) {
          w.value(v.text);
        }
        w.end_array();
        break;
      case FieldKind::flag:
        w.key(f->key).value(*parse_bool(v.text, Lang::vi).value);
        break;
      default:
        w.key(f->key);
        scalar_or_null(w, v);
    }
  }
  w.end_object();
}

std::string unescaped(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
  }
  return out;
}

// JSON inside <script>: the characters that could end the element or, in
// old parsers, a line, are written as escapes (only strings can hold them).
std::string script_safe(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (json.compare(i, 3, "\xe2\x80\xa8") == 0) out += "\\u2028", i += 2;
    else if (json.compare(i, 3, "\xe2\x80\xa9") == 0) out += "\\u2029", i += 2;
    else out += c;
  }
  return out;
}

// Where the built page takes its data: a comment in its <head>.
constexpr std::string_view kDataMark = "<!--baocao-data-->";

}  // namespace

std::string form_description_json(const Plan& plan, Lang lang) {
  JsonWriter w;
  w.begin_object().key("plan").value(plan.id).key("title").value(plan.title.in(lang));
  w.key("subject").value(plan.subject.in(lang)).key("abbrev").value(plan.abbrev);
  w.key("from").value(plan.from.iso()).key("to").value(plan.to.iso());
  w.key("fields");
  describe_fields(w, plan, lang, -1);
  w.end_object();
  return w.str();
}

std::optional<std::string> form_values_json(const Plan& plan, const SourceFile& file) {
  Diagnostics said(Lang::vi);  // the check says them; here only the values and the keys written twice count
  std::optional<YamlDocument> doc = parse_yaml(file, said);
  if (!doc || !doc->root.is_mapping()) return std::nullopt;
  KeysTwice twice;
  for (const Diagnostic& d : said.items())
    if (d.code == "E005") twice.emplace_back(d.offset, d.length);
  JsonWriter w;
  values_of(w, plan.form(), doc->root, -1, file.text(), SchoolComments(plan, file.text(), doc->root), twice);
  return w.str();
}

FormValues parse_form_values(std::string_view lines) {
  FormValues values;
  while (!lines.empty()) {
    std::size_t end = lines.find('\n');
    std::string_view line = lines.substr(0, end);
    lines = end == std::string_view::npos ? std::string_view() : lines.substr(end + 1);
    std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    values[std::string(line.substr(0, tab))].push_back(unescaped(line.substr(tab + 1)));
  }
  return values;
}

std::string page_data_json(const Plan& plan, const Office& office, const std::string& school, Lang lang) {
  JsonWriter w;
  w.begin_object().key("plan_id").value(plan.id).key("plan").value(plan.source);
  w.key("lang").value(lang == Lang::en ? "en" : "vi").key("school").value(school);
  w.key("office").value(office.name).key("deadline");
  if (office.deadline) w.value(office.deadline->iso()); else w.null();
  w.key("schools").begin_array();
  for (const RosterEntry& e : office.schools()) {
    w.begin_object().key("code").value(e.code).key("name").value(e.name).key("level").value(e.level);
    w.key("commune").value(e.commune).key("areas").strings(e.areas).end_object();
  }
  w.end_array().end_object();
  return script_safe(w.str());
}

std::string page_with_data(const std::string& shell, const std::string& data) {
  std::size_t at = shell.find(kDataMark);
  if (at == std::string::npos) return {};
  return shell.substr(0, at) + "<script type=\"application/json\" id=\"baocao-data\">" + data + "</script>" +
         shell.substr(at + kDataMark.size());
}

}  // namespace baocao
