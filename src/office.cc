#include "office.h"

#include <fmt/format.h>

#include <algorithm>

#include "file_reader.h"
#include "platform.h"
#include "requirement.h"
#include "utf8.h"
#include "yaml_reader.h"
#include "yaml_tree.h"

namespace baocao {

const RosterEntry* Office::find(const std::string& code) const {
  auto it = index_.find(code);
  return it == index_.end() ? nullptr : &schools_[it->second];
}

std::string Office::called() const {
  if (!short_name.empty()) return short_name;
  // "PHÒNG GIÁO DỤC…" and "Phòng Giáo dục…" both give "Phòng"; "SỞ…", "Sở".
  const std::string& full = name_in_text.empty() ? name : name_in_text;
  std::string word = fold(full.substr(0, full.find(' ')));
  if (!word.empty() && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
  return word;
}

void Office::add_school(RosterEntry e) {
  index_.emplace(e.code, schools_.size());  // the first entry of a code wins, as it is reported
  schools_.push_back(std::move(e));
}

namespace {

struct PartKey {
  const char* key;
  NarrativePart Narrative::*part;
  const char *vi, *en;  // what the part holds, for the warning
};

// `{}` in the Vietnamese is the office's short name ("Phòng", "Sở").
const PartKey kParts[] = {
    {"office_work", &Narrative::office_work, "công tác chỉ đạo, kiểm tra của {}",
     "the office's own direction and inspection"},
    {"causes", &Narrative::causes, "nguyên nhân của tồn tại, hạn chế", "the causes of the shortcomings"},
    {"direction", &Narrative::direction, "phương hướng, nhiệm vụ thời gian tới", "the direction for the next period"},
    {"proposals", &Narrative::proposals, "đề xuất, kiến nghị của {}", "the office's proposals"},
};

// Each part is a list of paragraphs. A part absent or empty is located at
// the `narrative` key when there is one, so the warning points where to write.
void read_narrative(YamlReader& r, const Node& root, Narrative& out) {
  const MapEntry* entry = root.find("narrative");
  if (!entry) return;
  for (const PartKey& p : kParts) {
    (out.*p.part).offset = entry->key_offset;
    (out.*p.part).length = entry->key_length;
  }
  const Node* n = r.field(root, "narrative", "", false);
  std::vector<std::string_view> keys;
  for (const PartKey& p : kParts) keys.push_back(p.key);
  if (!n || !r.mapping(*n, "narrative", keys)) return;
  const KeyPath base = "narrative";
  for (const PartKey& p : kParts) {
    NarrativePart& part = out.*p.part;
    if (const MapEntry* e = n->find(p.key)) {
      part.offset = e->key_offset;
      part.length = e->key_length;
    }
    const KeyPath path = base.key(p.key);
    auto items = r.list(r.field(*n, p.key, base, false), path);
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto t = r.text(items[i], path.item(i), true);
      if (t.present) part.paragraphs.push_back(t.value);
    }
  }
}

// The vocabulary a roster field's codes are checked against: the plan's, when
// one of its requirements depends on that field; otherwise the codes are the
// office's own, kept as written, so one roster serves plans of other
// vocabularies (a code the plan knows still gets its label and its learners).
const Vocabulary* checked_vocabulary(const Plan& plan, const std::string& field) {
  bool used = std::any_of(plan.requirements.begin(), plan.requirements.end(),
                          [&](const Requirement& q) { return q.roster_field == field; });
  auto v = plan.vocabularies.find(roster_field_vocabulary(field));
  return used && v != plan.vocabularies.end() ? &v->second : nullptr;
}

// The roster: a province's has tens of thousands of rows, so paths are
// spelt only for messages, and the key list and vocabularies looked up once.
void read_roster(YamlReader& r, const Node& root, const Plan& plan, Office& o) {
  Lang lang = r.lang();
  Diagnostics& diags = r.diags();
  auto text = [&](const Node& map, const char* key, const KeyPath& path, bool required) {
    return r.text(r.field(map, key, path, required), path.key(key), required).value;
  };
  static const std::vector<std::string_view> kRosterKeys = {"code", "name", "level", "commune", "areas"};
  const Vocabulary* levels = checked_vocabulary(plan, "level");
  const Vocabulary* areas_vocab = checked_vocabulary(plan, "areas");
  auto roster_code = [&](const Node* node, const Vocabulary* vocab, const KeyPath& path) {
    return vocab ? r.code(node, *vocab, path) : r.text(node, path, true);
  };
  const KeyPath schools = "schools";
  auto items = r.list(r.field(root, "schools", "", true), schools);
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
    if (const Node* v = r.field(n, "level", path, false)) e.level = roster_code(v, levels, path.key("level")).value;
    e.commune = text(n, "commune", path, false);
    const KeyPath areas_path = path.key("areas");
    auto areas = r.list(r.field(n, "areas", path, false), areas_path);
    for (std::size_t j = 0; j < areas.size(); ++j) {
      auto a = roster_code(areas[j], areas_vocab, areas_path.item(j));
      if (a.present) e.areas.push_back(a.value);
    }
    o.add_school(std::move(e));
  }
}

// A higher office's roster: its units, each with the code its reports carry.
void read_units(YamlReader& r, const Node& root, Office& o) {
  Lang lang = r.lang();
  const KeyPath units = "units";
  auto items = r.list(r.field(root, "units", "", true), units);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const KeyPath path = units.item(i);
    if (!r.mapping(*items[i], path, {"code", "name"})) continue;
    auto code = r.text(r.field(*items[i], "code", path, true), path.key("code"), true);
    auto name = r.text(r.field(*items[i], "name", path, true), path.key("name"), true);
    if (!code.present) continue;
    for (const UnitEntry& u : o.units)
      if (u.code == code.value) {
        r.diags().error("E005", code.offset, code.length, path.key("code").str(),
                        say(lang, "mã đơn vị `{}` có hai lần trong danh sách (đơn vị {})",
                            "unit code `{}` is on the roster twice ({})", code.value, u.name),
                        say(lang, "mỗi đơn vị một mã riêng", "give each unit its own code"));
        break;
      }
    o.units.push_back({code.value, name.value});
  }
}

// A school roster where units are wanted, or the other way round: the
// office file is for the other command.
void wrong_roster(YamlReader& r, const Node& root, const char* key, bool units) {
  const MapEntry* e = root.find(key);
  if (!e) return;
  Lang lang = r.lang();
  r.diags().error("E606", e->key_offset, e->key_length, key,
                  units ? say(lang, "tổng hợp từ báo cáo của các đơn vị cần danh sách `units:`, không phải `schools:`",
                              "a roll-up of units' reports needs a `units:` roster, not `schools:`")
                        : say(lang, "tệp này liệt kê các đơn vị (`units:`): đó là tệp cho `baocao rollup`",
                              "this file lists units (`units:`): it is an office file for `baocao rollup`"),
                  units ? say(lang, "liệt kê mỗi đơn vị với `code` (office.code trong báo cáo của họ) và `name`",
                              "list each unit with its `code` (the office.code of its reports) and `name`")
                        : say(lang, "dùng tệp của phòng có danh sách `schools:`, hoặc `baocao rollup` với tệp này",
                              "use an office file with a `schools:` roster, or `baocao rollup` with this one"));
}

}  // namespace

void check_narrative(const Office& office, Diagnostics& diags) {
  Lang lang = diags.lang();
  for (const PartKey& p : kParts) {
    const NarrativePart& part = office.narrative.*p.part;
    if (!part.paragraphs.empty()) continue;
    diags.warning("W401", part.offset, part.length, std::string("narrative.") + p.key,
                  say(lang, "báo cáo còn để trống phần {}", "the report leaves {} blank",
                      lang == Lang::vi ? fmt::format(fmt::runtime(p.vi), office.called()) : std::string(p.en)),
                  say(lang, "viết phần này vào mục `narrative: {}:` của tệp, mỗi đoạn một dòng bắt đầu bằng `- `",
                      "write it under `narrative: {}:` in this file, one paragraph per line starting with `- `", p.key));
  }
}

std::string office_plan(const std::string& office_path, std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    std::size_t end = std::min(text.find('\n', at), text.size());
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    if (line.substr(0, 5) != "plan:") continue;
    std::string_view value = line.substr(5);
    if (std::size_t hash = value.find(" #"); hash != std::string_view::npos) value = value.substr(0, hash);
    std::string id = trim(value);
    if (id.size() >= 2 && (id.front() == '"' || id.front() == '\'') && id.back() == id.front())
      id = id.substr(1, id.size() - 2);
    if (id.empty()) return {};
    for (const std::string& builtin : builtin_plan_ids())
      if (id == builtin) return id;
    return platform::utf8_path((platform::fs_path(office_path).parent_path() / platform::fs_path(id)).lexically_normal());
  }
  return {};
}

std::optional<Office> read_office(const SourceFile& file, const Plan& plan, Diagnostics& diags, bool units) {
  std::optional<YamlDocument> doc =
      parse_yaml(file, diags, {},
                 say(diags.lang(), "chép tệp baocao.yaml của phòng ví dụ (thư mục examples) rồi sửa cho đơn vị mình",
                     "copy the example office's baocao.yaml (in examples) and change it for your office"));
  if (!doc) return std::nullopt;
  const Node* root = &doc->root;
  YamlReader r(diags);
  Office o;
  if (!r.mapping(*root, "", {"plan", "office", "report", "signer", "narrative", "schools", "units"})) return std::nullopt;
  if (const Node* v = r.field(*root, "plan", "", false)) r.text(v, "plan", true);
  auto text = [&](const Node& map, const char* key, const KeyPath& path, bool required) {
    return r.text(r.field(map, key, path, required), path.key(key), required).value;
  };
  if (const Node* n = r.field(*root, "office", "", true);
      n && r.mapping(*n, "office", {"code", "parent", "name", "name_in_text", "short_name", "abbrev", "place"})) {
    o.code = text(*n, "code", "office", false);
    o.parent = text(*n, "parent", "office", false);
    o.name = text(*n, "name", "office", true);
    o.name_in_text = text(*n, "name_in_text", "office", false);
    o.short_name = text(*n, "short_name", "office", false);
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
    const KeyPath recipients("report.recipients");
    auto items = r.list(r.field(*n, "recipients", "report", false), recipients);
    for (std::size_t i = 0; i < items.size(); ++i) {
      auto t = r.text(items[i], recipients.item(i), true);
      if (t.present) o.recipients.push_back(t.value);
    }
  }
  if (const Node* n = r.field(*root, "signer", "", false); n && r.mapping(*n, "signer", {"title", "name"})) {
    o.signer_title = text(*n, "title", "signer", false);
    o.signer_name = text(*n, "name", "signer", false);
  }
  read_narrative(r, *root, o.narrative);
  if (units) {
    wrong_roster(r, *root, "schools", true);
    read_units(r, *root, o);
  } else if (root->find("units")) {
    wrong_roster(r, *root, "units", false);
  } else {
    read_roster(r, *root, plan, o);
  }
  if (diags.has_errors()) return std::nullopt;
  return o;
}

std::optional<Office> load_office(const std::string& path, const Plan& plan, Diagnostics& diags,
                                  std::optional<SourceFile>& file, std::string* io_error, bool units) {
  std::optional<std::string> bytes = read_input(path, diags.lang(), io_error);
  if (!bytes) return std::nullopt;
  file.emplace(path, std::move(*bytes));
  return read_office(*file, plan, diags, units);
}

std::string describe_office_problems(const std::string& path, const std::optional<SourceFile>& file,
                                     const Diagnostics& diags, const std::string& io_error, bool failed,
                                     const PrintStyle& style) {
  if (!file) return fmt::format("baocao: {}: {}\n", path, io_error);
  std::string text = diags.items().empty() ? "" : format_diagnostics(path, &*file, diags, style);
  if (failed)
    text += say(style.lang, "baocao: tệp của phòng {} có lỗi\n", "baocao: the office file {} has errors\n", path);
  return text;
}

}  // namespace baocao
