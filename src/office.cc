#include "office.h"

#include "yaml_reader.h"
#include "yaml_tree.h"

namespace baocao {

const RosterEntry* Office::find(const std::string& code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &schools_[it->second];
}

void Office::add_school(RosterEntry e) {
  index_.emplace(e.code, schools_.size());  // the first entry of a code wins, as it is reported
  schools_.push_back(std::move(e));
}

std::optional<Office> read_office(const SourceFile& file, const Plan& plan, Diagnostics& diags) {
  std::optional<YamlDocument> doc = parse_yaml(file, diags);
  if (!doc) return std::nullopt;
  const Node* root = &doc->root;
  YamlReader r(diags);
  Lang lang = diags.lang();
  Office o;
  if (!r.mapping(*root, "", {"office", "report", "signer", "schools"})) return std::nullopt;
  auto text = [&](const Node& map, const char* key, const KeyPath& path, bool required) {
    return r.text(r.field(map, key, path, required), path.key(key), required).value;
  };
  if (const Node* n = r.field(*root, "office", "", true); n && r.mapping(*n, "office", {"parent", "name", "abbrev", "place"})) {
    o.parent = text(*n, "parent", "office", false);
    o.name = text(*n, "name", "office", true);
    o.abbrev = text(*n, "abbrev", "office", true);
    o.place = text(*n, "place", "office", true);
  }
  if (const Node* n = r.field(*root, "report", "", false);
      n && r.mapping(*n, "report", {"number", "date", "deadline", "recipients"})) {
    if (const Node* v = r.field(*n, "number", "report", false)) o.report_number = r.text(v, "report.number", false).value;
    if (const Node* v = r.field(*n, "date", "report", false)) {
      auto d = r.date(v, "report.date");
      if (d.present) o.report_date = d.value;
    }
    if (const Node* v = r.field(*n, "deadline", "report", false)) {
      auto d = r.date(v, "report.deadline");
      if (d.present) o.deadline = d.value;
    }
    auto items = r.list(r.field(*n, "recipients", "report", false), "report.recipients");
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto t = r.text(items[i], item_path("report.recipients", i), true);
      if (t.present) o.recipients.push_back(t.value);
    }
  }
  if (const Node* n = r.field(*root, "signer", "", false); n && r.mapping(*n, "signer", {"title", "name"})) {
    o.signer_title = text(*n, "title", "signer", false);
    o.signer_name = text(*n, "name", "signer", false);
  }
  // A province's roster has tens of thousands of rows: paths are spelt only
  // for messages, and the key list and vocabularies looked up once.
  static const std::vector<std::string_view> kRosterKeys = {"code", "name", "level", "commune", "areas"};
  const Vocabulary& levels = plan.vocabulary("level");
  const Vocabulary& areas_vocab = plan.vocabulary("area");
  const KeyPath schools = "schools";
  auto items = r.list(r.field(*root, "schools", "", true), schools);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const KeyPath path = schools.item(i);
    const Node& n = *items[i];
    if (!r.mapping(n, path, kRosterKeys)) continue;
    RosterEntry e;
    auto code = r.text(r.field(n, "code", path, true), path.key("code"), true);
    e.code = code.value;
    if (code.present)
      if (const RosterEntry* first = o.find(e.code))
        diags.error("E005", code.offset, code.length, path.key("code").str(),
                    say(lang, "mã trường `{}` có hai lần trong danh sách (trường {})",
                        "school code `{}` is on the roster twice ({})", e.code, first->name),
                    say(lang, "mỗi trường một mã riêng", "give each school its own code"));
    e.name = text(n, "name", path, true);
    if (const Node* v = r.field(n, "level", path, false)) e.level = r.code(v, levels, path.key("level")).value;
    e.commune = text(n, "commune", path, false);
    const KeyPath areas_path = path.key("areas");
    auto areas = r.list(r.field(n, "areas", path, false), areas_path);
    for (std::size_t j = 0; j < areas.size(); ++j) {
      auto a = r.code(areas[j], areas_vocab, areas_path.item(j));
      if (a.present) e.areas.push_back(a.value);
    }
    o.add_school(std::move(e));
  }
  if (diags.has_errors()) return std::nullopt;
  return o;
}

}  // namespace baocao
