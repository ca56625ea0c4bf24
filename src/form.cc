#include "form.h"

#include <fmt/format.h>

#include <unordered_map>

namespace baocao {

Form::Form(std::vector<FormField> rows) : fields_(std::move(rows)) {
  children_.resize(fields_.size() + 1);
  child_keys_.resize(fields_.size() + 1);
  slots_.resize(fields_.size() + 1);
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    FormField& f = fields_[i];
    by_path_[f.path] = i;
    std::size_t cut = f.path.rfind('.');
    std::string_view path = f.path;
    std::string_view parent = cut == std::string_view::npos ? std::string_view() : path.substr(0, cut);
    f.key = std::string(cut == std::string_view::npos ? path : path.substr(cut + 1));
    if (!parent.empty()) {
      if (parent.size() > 2 && parent.substr(parent.size() - 2) == "[]") parent.remove_suffix(2);
      f.parent = static_cast<int>(by_path_.at(parent));
      const FormField& p = fields_[static_cast<std::size_t>(f.parent)];
      f.scope = p.kind == FieldKind::list ? f.parent : p.scope;
    }
    children_[static_cast<std::size_t>(f.parent + 1)].push_back(&f);
    if (f.kind != FieldKind::section) f.slot = slots_[static_cast<std::size_t>(f.scope + 1)]++;
  }
  // The keys are views of the fields' own strings, which no longer move.
  for (const FormField& f : fields_) child_keys_[static_cast<std::size_t>(f.parent + 1)].push_back(f.key);
}

const FormField* Form::field(std::string_view path) const {
  auto it = by_path_.find(path);
  return it == by_path_.end() ? nullptr : &fields_[it->second];
}

std::string form_comment(const FormField& f, std::string_view abbrev) {
  return fmt::format(fmt::runtime(f.comment), fmt::arg("abbrev", abbrev));
}

std::string Form::name(std::string_view path, Lang lang) const {
  const FormField* f = field(path);
  if (!f) return std::string(path);
  return fmt::format("{} ({})", f->label.in(lang), f->scope < 0 ? f->path : f->key);
}

std::string Form::words(std::string_view key_path, Lang lang) const {
  std::string path;                // the form's path: "lessons[].topics"
  std::vector<std::string> where;  // "tiết dạy lồng ghép, mục 1", "mã thứ 2"
  const FormField* item_of = nullptr;  // the list whose item the path ends at
  std::size_t item = 0;                // and that item's number
  for (std::size_t i = 0; i < key_path.size(); ++i) {
    if (key_path[i] != '[') {
      path += key_path[i];
      item_of = nullptr;
      continue;
    }
    std::size_t close = key_path.find(']', i);
    if (close == std::string_view::npos || close == i + 1 || close - i > 6) return {};
    std::size_t n = 0;
    for (std::size_t d = i + 1; d < close; ++d) {
      if (key_path[d] < '0' || key_path[d] > '9') return {};
      n = n * 10 + static_cast<std::size_t>(key_path[d] - '0');
    }
    const FormField* f = field(path);
    if (!f || (f->kind != FieldKind::list && f->kind != FieldKind::codes)) return {};
    if (f->kind == FieldKind::list) {
      where.push_back(say(lang, "{}, mục {}", "{}, item {}", f->label.in(lang), n));
      path += "[]";
      item_of = f;
      item = n;
    } else {  // one code of a list of codes
      where.push_back(say(lang, "mã thứ {}", "code {}", n));
    }
    i = close;
  }
  const FormField* f = item_of ? item_of : field(path);
  if (!f) return {};
  std::string words(f->label.in(lang));
  if (item_of) where.back() = say(lang, "mục {}", "item {}", item);  // the list is named already
  if (where.empty()) return words;
  std::string places;
  for (const std::string& w : where) places += (places.empty() ? "" : "; ") + w;
  return words + " (" + places + ")";
}

}  // namespace baocao
