#include "report_json_reader.h"

#include <unordered_map>

#include "json_value.h"
#include "report_render.h"

namespace baocao {

static_assert(kNewestReadableFormat == kReportFormatVersion, "the reader reads what render_json writes");

long ReportJson::figure_index(const std::string& id) const {
  for (std::size_t i = 0; i < figure_defs.size(); ++i)
    if (figure_defs[i].id == id) return static_cast<long>(i);
  return -1;
}

std::string plan_family_of(const std::string& plan_id) {
  std::size_t dash = plan_id.rfind('-');
  if (dash == std::string::npos || dash + 1 == plan_id.size()) return plan_id;
  for (std::size_t i = dash + 1; i < plan_id.size(); ++i)
    if (plan_id[i] < '0' || plan_id[i] > '9') return plan_id;
  return plan_id.substr(0, dash);
}

namespace {

using Type = JsonValue::Type;

// Typed reads out of the JSON tree; each wrong or missing value is one E604
// at its place, and reading goes on so that one run shows every problem.
class Reader {
 public:
  explicit Reader(Diagnostics& diags) : diags_(diags) {}
  Lang lang() const { return diags_.lang(); }

  void wrong(const JsonValue& at, const std::string& path, const char* expected) {
    diags_.error("E604", at.offset, std::min<std::size_t>(at.length, 40), path,
                 say(lang(), "`{}` trong báo cáo phải là {}, không phải {}", "`{}` in the report must be {}, not {}",
                     path, expected, json_type_name(at.type, lang())),
                 edited_hint());
  }
  void absent(const JsonValue& in, const std::string& path) {
    diags_.error("E604", in.offset, 1, path,
                 say(lang(), "báo cáo thiếu `{}`", "the report has no `{}`", path), edited_hint());
  }
  std::string edited_hint() const {
    return say(lang(), "tệp đã bị sửa hoặc cắt bớt: dùng đúng tệp .json mà baocao đã ghi",
               "the file was edited or cut: use the .json file exactly as baocao wrote it");
  }

  // The member `key` of object `o`, checked for type `t`; null (and an
  // error when `required`) when absent or of another type.
  const JsonValue* get(const JsonValue& o, const char* key, const std::string& path, Type t, bool required = true) {
    const JsonValue* v = o.find(key);
    std::string p = path.empty() ? key : path + "." + key;
    if (!v) {
      if (required) absent(o, p);
      return nullptr;
    }
    if (!v->is(t)) {
      if (t == Type::string && v->is(Type::null) && !required) return nullptr;
      wrong(*v, p, json_type_name(t, lang()));
      return nullptr;
    }
    return v;
  }

  std::string text(const JsonValue& o, const char* key, const std::string& path, bool required = true) {
    const JsonValue* v = get(o, key, path, Type::string, required);
    return v ? v->text : std::string();
  }

  bool integer(const JsonValue& v, const std::string& path, long long& out) {
    if (!v.is(Type::number) || !v.integer || v.whole < 0) {
      wrong(v, path, lang() == Lang::vi ? "một số nguyên không âm" : "a whole number, 0 or more");
      return false;
    }
    out = v.whole;
    return true;
  }

  long long count(const JsonValue& o, const char* key, const std::string& path) {
    long long n = 0;
    const JsonValue* v = o.find(key);
    std::string p = path.empty() ? key : path + "." + key;
    if (!v) absent(o, p);
    else integer(*v, p, n);
    return n;
  }

  bool flag(const JsonValue& o, const char* key, const std::string& path) {
    const JsonValue* v = get(o, key, path, Type::boolean);
    return v && v->boolean;
  }

  std::vector<std::string> strings(const JsonValue& o, const char* key, const std::string& path, bool required = true) {
    std::vector<std::string> out;
    const JsonValue* v = get(o, key, path, Type::array, required);
    if (!v) return out;
    out.reserve(v->items.size());
    for (std::size_t i = 0; i < v->items.size(); ++i) {
      const JsonValue& item = v->items[i];
      if (item.is(Type::string)) out.push_back(item.text);
      else wrong(item, (path.empty() ? std::string(key) : path + "." + key) + "[" + std::to_string(i + 1) + "]",
                 json_type_name(Type::string, lang()));
    }
    return out;
  }

  // A date written YYYY-MM-DD, or null when `nullable`.
  std::optional<Date> date(const JsonValue& o, const char* key, const std::string& path, bool required) {
    const JsonValue* v = o.find(key);
    std::string p = path.empty() ? key : path + "." + key;
    if (!v) {
      if (required) absent(o, p);
      return std::nullopt;
    }
    if (v->is(Type::null)) return std::nullopt;
    if (v->is(Type::string)) {
      Parsed<Date> d = parse_date(v->text, lang());
      if (d.value && d.value->iso() == v->text) return d.value;
    }
    wrong(*v, p, lang() == Lang::vi ? "một ngày dạng YYYY-MM-DD" : "a date written YYYY-MM-DD");
    return std::nullopt;
  }

  CodeCounts counts(const JsonValue& v, const std::string& path) {
    CodeCounts out;
    if (!v.is(Type::object)) {
      wrong(v, path, json_type_name(Type::object, lang()));
      return out;
    }
    out.reserve(v.members.size());
    for (const auto& [code, n] : v.members) {
      long long c = 0;
      integer(n, path + "." + code, c);
      out.emplace_back(code, c);
    }
    return out;
  }

  ReportFigure figure(ReportFigureKind kind, const JsonValue& v, const std::string& path) {
    ReportFigure f;
    switch (kind) {
      case ReportFigureKind::sum:
      case ReportFigureKind::count:
      case ReportFigureKind::schools: integer(v, path, f.n); break;
      case ReportFigureKind::ratio:
        if (!v.is(Type::object)) {
          wrong(v, path, lang() == Lang::vi ? "{\"part\": n, \"whole\": n}" : "{\"part\": n, \"whole\": n}");
          break;
        }
        f.part = count(v, "part", path);
        f.whole = count(v, "whole", path);
        break;
      case ReportFigureKind::distinct:
        if (!v.is(Type::array)) {
          wrong(v, path, json_type_name(Type::array, lang()));
          break;
        }
        for (std::size_t i = 0; i < v.items.size(); ++i) {
          if (v.items[i].is(Type::string)) f.codes.push_back(v.items[i].text);
          else wrong(v.items[i], path + "[" + std::to_string(i + 1) + "]", json_type_name(Type::string, lang()));
        }
        break;
      case ReportFigureKind::breakdown: f.counts = counts(v, path); break;
      case ReportFigureKind::breakdown2:
        if (!v.is(Type::object)) {
          wrong(v, path, json_type_name(Type::object, lang()));
          break;
        }
        for (const auto& [code, inner] : v.members) f.counts2.emplace_back(code, counts(inner, path + "." + code));
        break;
    }
    return f;
  }

  // An object of figures by id, all of `defs` when `all`, each of a known id.
  std::vector<ReportFigure> figures(const JsonValue& o, const std::vector<ReportFigureDef>& defs,
                                    const std::unordered_map<std::string, std::size_t>& index, const std::string& path,
                                    bool skip_ratios) {
    std::vector<ReportFigure> out(defs.size());
    std::vector<bool> seen(defs.size());
    for (const auto& [id, v] : o.members) {
      auto it = index.find(id);
      if (it == index.end()) {
        diags_.error("E604", v.offset, 1, path + "." + id,
                     say(lang(), "số liệu `{}` không có trong `figure_defs` của báo cáo",
                         "the figure `{}` is not in the report's `figure_defs`", id),
                     edited_hint());
        continue;
      }
      seen[it->second] = true;
      out[it->second] = figure(defs[it->second].kind, v, path + "." + id);
    }
    for (std::size_t i = 0; i < defs.size(); ++i)
      if (!seen[i] && !(skip_ratios && defs[i].kind == ReportFigureKind::ratio)) absent(o, path + "." + defs[i].id);
    return out;
  }

 private:
  Diagnostics& diags_;
};

// Today's `totals` (format 1): each key a sum figure of that id, a nested
// group's keys joined with a dot ("participants.staff").
void read_v1_totals(Reader& r, const JsonValue& totals, ReportJson& out) {
  for (const auto& [key, v] : totals.members) {
    if (v.is(Type::object)) {
      for (const auto& [inner, n] : v.members) {
        ReportFigure f;
        r.integer(n, "totals." + key + "." + inner, f.n);
        out.figure_defs.push_back({key + "." + inner, ReportFigureKind::sum, key + "." + inner, key + "." + inner, ""});
        out.totals_keys.push_back(key + "." + inner);
        out.figures.push_back(std::move(f));
      }
      continue;
    }
    ReportFigure f;
    r.integer(v, "totals." + key, f.n);
    out.figure_defs.push_back({key, ReportFigureKind::sum, key, key, ""});
    out.totals_keys.push_back(key);
    out.figures.push_back(std::move(f));
  }
}

void read_figure_defs(Reader& r, const JsonValue& root, ReportJson& out, Diagnostics& diags) {
  const JsonValue* defs = r.get(root, "figure_defs", "", Type::array);
  if (!defs) return;
  for (std::size_t i = 0; i < defs->items.size(); ++i) {
    const JsonValue& d = defs->items[i];
    std::string path = "figure_defs[" + std::to_string(i + 1) + "]";
    if (!d.is(Type::object)) {
      r.wrong(d, path, json_type_name(Type::object, r.lang()));
      continue;
    }
    ReportFigureDef def;
    def.id = r.text(d, "id", path);
    std::string kind = r.text(d, "kind", path);
    if (auto k = report_figure_kind(kind)) {
      def.kind = *k;
    } else if (!kind.empty()) {
      const JsonValue* at = d.find("kind");
      diags.error("E604", at->offset, at->length, path + ".kind",
                  say(r.lang(), "loại số liệu `{}` không có trong định dạng báo cáo", "`{}` is not a kind of figure",
                      kind),
                  r.edited_hint());
    }
    if (const JsonValue* label = r.get(d, "label", path, Type::object)) {
      def.label_vi = r.text(*label, "vi", path + ".label");
      def.label_en = r.text(*label, "en", path + ".label");
    }
    def.of = r.text(d, "of", path, false);
    if (out.figure_index(def.id) >= 0)
      diags.error("E604", d.offset, 1, path + ".id",
                  say(r.lang(), "số liệu `{}` được khai hai lần", "the figure `{}` is declared twice", def.id),
                  r.edited_hint());
    out.figure_defs.push_back(std::move(def));
  }
}

void read_school(Reader& r, const JsonValue& s, const std::string& path, const ReportJson& out,
                 const std::unordered_map<std::string, std::size_t>& index, ReportSchoolEntry& e) {
  e.code = r.text(s, "code", path);
  e.status = r.text(s, "status", path);
  e.late = r.flag(s, "late", path);
  e.not_met = r.strings(s, "not_met", path);
  e.files = r.strings(s, "files", path, false);
  if (out.format_version < 2) return;
  e.name = r.text(s, "name", path);
  e.level = r.text(s, "level", path, false);
  e.commune = r.text(s, "commune", path, false);
  e.unit = r.text(s, "unit", path, false);
  e.prepared = r.date(s, "prepared", path, false);
  if (const JsonValue* f = r.get(s, "figures", path, Type::object, false)) {
    e.has_figures = true;
    e.figures = r.figures(*f, out.figure_defs, index, path + ".figures", true);
  }
  if (const JsonValue* t = r.get(s, "texts", path, Type::object, false)) {
    e.strengths = r.text(*t, "strengths", path + ".texts", false);
    e.limitations = r.text(*t, "limitations", path + ".texts", false);
    e.proposals = r.text(*t, "proposals", path + ".texts", false);
  }
  if (const JsonValue* errors = r.get(s, "errors", path, Type::object, false)) {
    const std::string epath = path + ".errors";
    e.error_count = static_cast<std::size_t>(r.count(*errors, "count", epath));
    if (const JsonValue* first = r.get(*errors, "first", epath, Type::array, true))
      for (std::size_t i = 0; i < first->items.size(); ++i) {
        const std::string ipath = epath + ".first[" + std::to_string(i) + "]";
        e.errors.push_back({static_cast<std::size_t>(r.count(first->items[i], "line", ipath)),
                            r.text(first->items[i], "message", ipath)});
      }
  }
}

void read_rollup_parts(Reader& r, const JsonValue& root, ReportJson& out) {
  if (const JsonValue* inputs = r.get(root, "inputs", "", Type::array, false))
    for (std::size_t i = 0; i < inputs->items.size(); ++i) {
      const JsonValue& v = inputs->items[i];
      std::string path = "inputs[" + std::to_string(i + 1) + "]";
      if (!v.is(Type::object)) {
        r.wrong(v, path, json_type_name(Type::object, r.lang()));
        continue;
      }
      ReportInputEntry in;
      in.path = r.text(v, "path", path);
      in.sha256 = r.text(v, "sha256", path);
      in.office_code = r.text(v, "office_code", path);
      in.office_name = r.text(v, "office_name", path, false);
      in.plan = r.text(v, "plan", path);
      if (const JsonValue* p = r.get(v, "period", path, Type::object)) {
        in.from = r.date(*p, "from", path + ".period", true);
        in.to = r.date(*p, "to", path + ".period", true);
      }
      in.report_date = r.date(v, "report_date", path, false);
      out.inputs.push_back(std::move(in));
    }
  if (const JsonValue* units = r.get(root, "units", "", Type::array, false))
    for (std::size_t i = 0; i < units->items.size(); ++i) {
      const JsonValue& v = units->items[i];
      std::string path = "units[" + std::to_string(i + 1) + "]";
      if (!v.is(Type::object)) {
        r.wrong(v, path, json_type_name(Type::object, r.lang()));
        continue;
      }
      ReportUnitEntry u;
      u.code = r.text(v, "code", path);
      u.name = r.text(v, "name", path, false);
      u.submitted = r.flag(v, "submitted", path);
      u.on_time = r.flag(v, "on_time", path);
      u.report_date = r.date(v, "report_date", path, false);
      if (const JsonValue* s = r.get(v, "schools", path, Type::object)) {
        std::string sp = path + ".schools";
        u.expected = r.count(*s, "expected", sp);
        u.schools_submitted = r.count(*s, "submitted", sp);
        u.valid = r.count(*s, "valid", sp);
        u.schools_on_time = r.count(*s, "on_time", sp);
        u.late = r.count(*s, "late", sp);
        u.missing = r.count(*s, "missing", sp);
      }
      out.units.push_back(std::move(u));
    }
}

// A total is what its schools' values add up to: a report whose numbers
// were changed by hand says so here (E605) rather than in a wrong roll-up.
void check_totals(const JsonValue& root, ReportJson& out, Diagnostics& diags) {
  std::vector<ReportFigure> sums(out.figure_defs.size());
  bool any = false;
  for (const ReportSchoolEntry& s : out.schools) {
    if (!s.has_figures) continue;
    any = true;
    for (std::size_t i = 0; i < sums.size(); ++i) add_figure(out.figure_defs[i].kind, sums[i], s.figures[i]);
  }
  if (!any) return;
  const JsonValue* figures = root.find("figures");
  for (std::size_t i = 0; i < sums.size(); ++i) {
    const ReportFigureDef& d = out.figure_defs[i];
    if (d.kind == ReportFigureKind::ratio) continue;
    bool same = same_figure(d.kind, out.figures[i], sums[i]);
    if (same) continue;
    const JsonValue* at = figures ? figures->find(d.id) : nullptr;
    diags.error("E605", at ? at->offset : root.offset, at ? at->length : 1, "figures." + d.id,
                say(diags.lang(), "tổng của số liệu `{}` khác số cộng lại từ các trường trong `per_school`",
                    "the total of figure `{}` is not what the schools in `per_school` add up to", d.id),
                say(diags.lang(), "tệp đã bị sửa tay: lấy lại tệp .json mà baocao đã ghi",
                    "the file was edited by hand: take the .json file again as baocao wrote it"));
  }
}

}  // namespace

std::optional<ReportJson> read_report_json(const SourceFile& file, Diagnostics& diags) {
  std::optional<JsonValue> doc = parse_json(file, diags);
  if (!doc) return std::nullopt;
  const JsonValue& root = *doc;
  Lang lang = diags.lang();
  if (!root.is(Type::object) || !root.find("plan") || !root.find("per_school")) {
    diags.error("E602", root.offset, 1, "",
                say(lang, "tệp này không phải báo cáo JSON của baocao", "this file is not a baocao JSON report"),
                say(lang, "chọn tệp .json mà `baocao compile -o BAOCAO.json` hoặc `baocao rollup` đã ghi",
                    "pick the .json file written by `baocao compile -o REPORT.json` or `baocao rollup`"));
    return std::nullopt;
  }
  Reader r(diags);
  ReportJson out;
  if (const JsonValue* v = root.find("format_version")) {
    if (!v->is(Type::number) || !v->integer || v->whole < 2 || v->whole > kNewestReadableFormat) {
      diags.error("E603", v->offset, v->length, "format_version",
                  say(lang, "báo cáo có format_version {}, bản baocao này chỉ đọc được 1 đến {}",
                      "the report has format_version {}; this baocao reads 1 to {}",
                      file.text().substr(v->offset, std::min<std::size_t>(v->length, 20)), kNewestReadableFormat),
                  say(lang, "dùng bản baocao mới hơn, bản đã ghi báo cáo này",
                      "use a newer baocao, the one that wrote this report"));
      return std::nullopt;
    }
    out.format_version = static_cast<int>(v->whole);
  }
  out.plan = r.text(root, "plan", "");
  out.report_date = r.date(root, "report_date", "", false);
  if (out.format_version >= 2) {
    out.plan_family = r.text(root, "plan_family", "");
    if (const JsonValue* p = r.get(root, "period", "", Type::object)) {
      out.from = r.date(*p, "from", "period", true);
      out.to = r.date(*p, "to", "period", true);
    }
    // The office is an object with its code; a string is its name alone.
    const JsonValue* o = root.find("office");
    if (o && o->is(Type::string)) out.office_name = o->text;
    else if ((o = r.get(root, "office", "", Type::object))) {
      out.office_code = r.text(*o, "code", "office", false);
      out.office_name = r.text(*o, "name", "office");
    }
  } else {
    out.plan_family = plan_family_of(out.plan);
    out.office_name = r.text(root, "office", "", false);
  }
  if (const JsonValue* s = r.get(root, "schools", "", Type::object)) {
    out.expected = r.count(*s, "expected", "schools");
    out.submitted = r.count(*s, "submitted", "schools");
    out.valid = r.count(*s, "valid", "schools");
    out.on_time = r.count(*s, "on_time", "schools");
    out.missing = r.strings(*s, "missing", "schools");
    out.invalid = r.strings(*s, "invalid", "schools");
    out.unknown = r.strings(*s, "unknown", "schools");
  }
  std::unordered_map<std::string, std::size_t> index;
  if (out.format_version >= 2) {
    read_figure_defs(r, root, out, diags);
    for (std::size_t i = 0; i < out.figure_defs.size(); ++i) index.emplace(out.figure_defs[i].id, i);
    if (const JsonValue* f = r.get(root, "figures", "", Type::object))
      out.figures = r.figures(*f, out.figure_defs, index, "figures", false);
    else
      out.figures.resize(out.figure_defs.size());
    if (const JsonValue* t = r.get(root, "totals", "", Type::object, false))
      for (const auto& [key, v] : t->members) {
        if (!v.is(Type::object)) out.totals_keys.push_back(key);
        else
          for (const auto& inner : v.members) out.totals_keys.push_back(key + "." + inner.first);
      }
  } else if (const JsonValue* t = r.get(root, "totals", "", Type::object)) {
    read_v1_totals(r, *t, out);
  }
  if (const JsonValue* v = r.get(root, "activities_by_form", "", Type::object, false))
    out.by_form = r.counts(*v, "activities_by_form");
  if (const JsonValue* v = r.get(root, "activities_by_partner", "", Type::object, false))
    out.by_partner = r.counts(*v, "activities_by_partner");
  if (const JsonValue* v = r.get(root, "topics", "", Type::object, false)) out.topics = r.counts(*v, "topics");
  if (const JsonValue* reqs = r.get(root, "requirements", "", Type::array, false))
    for (std::size_t i = 0; i < reqs->items.size(); ++i) {
      const JsonValue& q = reqs->items[i];
      std::string path = "requirements[" + std::to_string(i + 1) + "]";
      if (!q.is(Type::object)) {
        r.wrong(q, path, json_type_name(Type::object, lang));
        continue;
      }
      ReportRequirementEntry e;
      e.id = r.text(q, "id", path);
      e.clause = r.text(q, "clause", path, false);
      e.met = r.count(q, "met", path);
      e.not_met = r.count(q, "not_met", path);
      e.schools_not_met = r.strings(q, "schools_not_met", path);
      out.requirements.push_back(std::move(e));
    }
  if (const JsonValue* list = r.get(root, "per_school", "", Type::array)) {
    out.schools.resize(list->items.size());
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      std::string path = "per_school[" + std::to_string(i + 1) + "]";
      if (!list->items[i].is(Type::object)) r.wrong(list->items[i], path, json_type_name(Type::object, lang));
      else read_school(r, list->items[i], path, out, index, out.schools[i]);
    }
  }
  read_rollup_parts(r, root, out);
  if (diags.has_errors()) return std::nullopt;
  check_totals(root, out, diags);
  if (diags.has_errors()) return std::nullopt;
  return out;
}

}  // namespace baocao
