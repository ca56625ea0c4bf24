#include "crosswalk.h"

#include "file_reader.h"
#include "yaml_reader.h"
#include "yaml_tree.h"

namespace baocao {

const std::string* Crosswalk::now_of(const std::string& name) const {
  if (auto it = then_.find(name); it != then_.end()) return &units[it->second].now;
  if (auto it = now_.find(name); it != now_.end()) return &units[it->second].now;
  return nullptr;
}

void Crosswalk::index() {
  then_.clear();
  now_.clear();
  for (std::size_t i = 0; i < units.size(); ++i) {
    now_.emplace(units[i].now, i);
    for (const std::string& t : units[i].then) then_.emplace(t, i);
  }
}

std::optional<Crosswalk> read_crosswalk(const SourceFile& file, Diagnostics& diags) {
  std::optional<YamlDocument> doc =
      parse_yaml(file, diags, {},
                 say(diags.lang(), "ghi `units:`, rồi mỗi xã sau sắp xếp một dòng: `- {{now: Vân Hồ, then: [Vân Hồ, Chiềng Yên]}}`",
                     "write `units:`, then a line per commune as now: `- {{now: Vân Hồ, then: [Vân Hồ, Chiềng Yên]}}`"));
  if (!doc) return std::nullopt;
  YamlReader r(diags);
  Lang lang = diags.lang();
  Crosswalk out;
  if (!r.mapping(doc->root, "", {"crosswalk", "units"})) return std::nullopt;
  if (const Node* n = r.field(doc->root, "crosswalk", "", false); n && r.mapping(*n, "crosswalk", {"title", "effective"})) {
    out.title = r.text(r.field(*n, "title", "crosswalk", false), "crosswalk.title", false).value;
    if (const Node* v = r.field(*n, "effective", "crosswalk", false)) {
      auto d = r.date(v, "crosswalk.effective");
      if (d.present) out.effective = d.value;
    }
  }
  // Where each name was first given: an old unit in two places would be
  // counted twice "as now".
  std::unordered_map<std::string, std::string> then_at, now_at;
  auto twice = [&](const Located<std::string>& name, const KeyPath& path, const std::string& first, bool as_now) {
    diags.error("E620", name.offset, name.length, path.str(),
                as_now ? say(lang, "đơn vị mới `{}` được liệt kê hai lần (lần đầu ở {})",
                             "the new unit `{}` is listed twice (first at {})", name.value, first)
                       : say(lang, "đơn vị cũ `{}` có hai lần trong bảng chuyển đổi (lần đầu ở {})",
                             "the old unit `{}` is in the crosswalk twice (first at {})", name.value, first),
                say(lang, "mỗi đơn vị cũ chỉ chuyển vào một đơn vị mới", "each old unit goes into one new unit only"));
  };
  const KeyPath units = "units";
  auto items = r.list(r.field(doc->root, "units", "", true), units);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const KeyPath path = units.item(i);
    if (!r.mapping(*items[i], path, {"now", "then"})) continue;
    CrosswalkUnit u;
    auto now = r.text(r.field(*items[i], "now", path, true), path.key("now"), true);
    u.now = now.value;
    if (now.present) {
      if (auto [it, fresh] = now_at.emplace(now.value, path.key("now").str()); !fresh) twice(now, path.key("now"), it->second, true);
    }
    const KeyPath then = path.key("then");
    auto olds = r.list(r.field(*items[i], "then", path, true), then);
    for (std::size_t j = 0; j < olds.size(); ++j) {
      auto t = r.text(olds[j], then.item(j), true);
      if (!t.present) continue;
      if (auto [it, fresh] = then_at.emplace(t.value, then.item(j).str()); !fresh) {
        twice(t, then.item(j), it->second, false);
        continue;
      }
      u.then.push_back(t.value);
    }
    out.units.push_back(std::move(u));
  }
  if (diags.has_errors()) return std::nullopt;
  out.index();
  return out;
}

std::optional<Crosswalk> load_crosswalk(const std::string& path, const PrintStyle& style, std::string* problems) {
  std::string err;
  std::optional<std::string> bytes = read_input(path, style.lang, &err);
  if (!bytes) {
    *problems += fmt::format("baocao: {}: {}\n", path, err);
    return std::nullopt;
  }
  SourceFile file(path, std::move(*bytes));
  Diagnostics diags(style.lang);
  std::optional<Crosswalk> c = read_crosswalk(file, diags);
  if (!c) *problems += format_diagnostics(path, &file, diags, style);
  return c;
}

}  // namespace baocao
