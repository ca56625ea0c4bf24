#include "rollup.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "file_reader.h"
#include "platform.h"
#include "sha256.h"

namespace baocao {

namespace {

std::string period_text(const std::optional<Date>& from, const std::optional<Date>& to) {
  return (from ? from->iso() : "?") + " – " + (to ? to->iso() : "?");
}

bool same_defs(const std::vector<ReportFigureDef>& a, const std::vector<ReportFigureDef>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].id != b[i].id || a[i].kind != b[i].kind) return false;
  return true;
}

// The vocabulary of the plan that holds every one of `codes`, if one does.
const Vocabulary* vocabulary_of(const Plan& plan, const std::vector<const std::string*>& codes) {
  for (const auto& [name, vocab] : plan.vocabularies) {
    bool all = true;
    for (const std::string* c : codes)
      if (vocab.index_of(*c) == std::string::npos) {
        all = false;
        break;
      }
    if (all) return &vocab;
  }
  return nullptr;
}

// Codes put in the order of the plan's vocabulary they come from, as
// compile lists them; the order in which units happened to meet them
// otherwise stays.
template <typename T, typename Code>
void in_plan_order(const Plan& plan, std::vector<T>& items, Code code) {
  std::vector<const std::string*> codes;
  for (const T& item : items) codes.push_back(&code(item));
  const Vocabulary* vocab = codes.empty() ? nullptr : vocabulary_of(plan, codes);
  if (!vocab) return;
  std::stable_sort(items.begin(), items.end(),
                   [&](const T& a, const T& b) { return vocab->index_of(code(a)) < vocab->index_of(code(b)); });
}

void in_plan_order(const Plan& plan, ReportFigure& f) {
  auto first = [](const auto& p) -> const std::string& { return p.first; };
  in_plan_order(plan, f.codes, [](const std::string& c) -> const std::string& { return c; });
  in_plan_order(plan, f.counts, first);
  in_plan_order(plan, f.counts2, first);
  for (auto& inner : f.counts2) in_plan_order(plan, inner.second, first);
}

class Roller {
 public:
  Roller(const Plan& plan, const Office& office, Lang lang) : plan_(plan), office_(office), lang_(lang) {}

  void problem(std::string code, std::vector<std::string> paths, std::string message, std::string hint) {
    out_.problems.push_back({std::move(code), std::move(paths), std::move(message), std::move(hint)});
  }

  // Reports that cannot be added to this roll-up: another plan or period,
  // a version with no school values, a unit not on the roster, a unit twice.
  std::vector<const UnitReport*> admit(const std::vector<UnitReport>& reports) {
    std::unordered_map<std::string, const UnitReport*> by_unit;
    std::vector<const UnitReport*> ok;
    for (const UnitReport& u : reports) {
      const ReportJson& r = u.report;
      bool fine = true;
      if (r.format_version < 2) {
        problem("E614", {u.path},
                say(lang_, "báo cáo định dạng 1 không có số liệu của từng trường nên không tổng hợp được",
                    "a format 1 report has no school's values, so it cannot be rolled up"),
                say(lang_, "đơn vị chạy lại `baocao compile … -o BAOCAO.json` bằng bản baocao này",
                    "have the unit run `baocao compile … -o REPORT.json` again with this baocao"));
        continue;
      }
      if (r.plan != plan_.id) {
        problem("E612", {u.path},
                say(lang_, "báo cáo theo kế hoạch `{}`, bản tổng hợp theo kế hoạch `{}`",
                    "the report is of plan `{}`, the roll-up of plan `{}`", r.plan, plan_.id),
                say(lang_, "chỉ tổng hợp báo cáo của cùng một kế hoạch; chọn kế hoạch bằng --plan",
                    "roll up reports of one plan only; pick the plan with --plan"));
        fine = false;
      }
      if (!r.from || !r.to || *r.from != plan_.from || *r.to != plan_.to) {
        problem("E613", {u.path},
                say(lang_, "báo cáo của kỳ {}, bản tổng hợp của kỳ {}", "the report covers {}, the roll-up {}",
                    period_text(r.from, r.to), period_text(plan_.from, plan_.to)),
                say(lang_, "chỉ tổng hợp báo cáo của cùng một kỳ", "roll up reports of one period only"));
        fine = false;
      }
      const UnitEntry* unit = find_unit(r.office_code);
      if (!unit) {
        problem("E610", {u.path},
                say(lang_, "báo cáo của đơn vị mã `{}` ({}), không có trong danh sách `units:`",
                    "the report is of unit `{}` ({}), which is not in the `units:` roster", r.office_code,
                    r.office_name),
                say(lang_, "thêm đơn vị vào `units:` của tệp cấp trên, hoặc bỏ tệp này",
                    "add the unit to the `units:` of the higher office's file, or leave this file out"));
        fine = false;
      } else if (auto [it, fresh] = by_unit.emplace(r.office_code, &u); !fresh) {
        problem("E611", {it->second->path, u.path},
                say(lang_, "đơn vị `{}` có hai báo cáo: {} và {}", "unit `{}` has two reports: {} and {}",
                    r.office_code, it->second->path, u.path),
                say(lang_, "mỗi đơn vị một báo cáo; bỏ bản cũ", "one report per unit; leave the older one out"));
        fine = false;
      }
      if (fine && !ok.empty() && !same_defs(ok.front()->report.figure_defs, r.figure_defs)) {
        problem("E616", {ok.front()->path, u.path},
                say(lang_, "hai báo cáo có các số liệu khác nhau (phiên bản biểu mẫu khác): {} và {}",
                    "two reports have different figures (another form version): {} and {}", ok.front()->path, u.path),
                say(lang_, "các đơn vị lập báo cáo bằng cùng một tệp kế hoạch", "have the units compile with one plan file"));
        fine = false;
      }
      if (fine) ok.push_back(&u);
    }
    return ok;
  }

  // A school in two units' reports is counted by neither until it is settled.
  void check_claims(const std::vector<const UnitReport*>& reports) {
    std::unordered_map<std::string, const UnitReport*> owner;
    for (const UnitReport* u : reports)
      for (const ReportSchoolEntry& s : u->report.schools) {
        auto [it, fresh] = owner.emplace(s.code, u);
        if (fresh || it->second == u) continue;
        problem("E615", {it->second->path, u->path},
                say(lang_, "trường `{}` ({}) có trong báo cáo của hai đơn vị: {} ({}) và {} ({})",
                    "school `{}` ({}) is in the reports of two units: {} ({}) and {} ({})", s.code, s.name,
                    it->second->report.office_code, it->second->report.office_name, u->report.office_code,
                    u->report.office_name),
                say(lang_, "mỗi trường chỉ thuộc một đơn vị: sửa danh sách trường của một trong hai đơn vị",
                    "a school belongs to one unit: fix the roster of one of the two"));
      }
  }

  void add(const UnitReport& u, const UnitEntry& unit) {
    const ReportJson& r = u.report;
    ReportJson& out = out_.report;
    if (out.figure_defs.empty()) {
      out.figure_defs = r.figure_defs;
      out.figures.assign(r.figure_defs.size(), ReportFigure{});
      out.totals_keys = r.totals_keys;
    }
    out.expected += r.expected;
    out.submitted += r.submitted;
    out.valid += r.valid;
    out.on_time += r.on_time;
    out.missing.insert(out.missing.end(), r.missing.begin(), r.missing.end());
    out.invalid.insert(out.invalid.end(), r.invalid.begin(), r.invalid.end());
    out.unknown.insert(out.unknown.end(), r.unknown.begin(), r.unknown.end());
    ReportUnitEntry row{unit.code, unit.name, true, on_time(r), r.report_date, r.expected, r.submitted, r.valid,
                        r.on_time, 0, static_cast<long long>(r.missing.size())};
    for (const ReportSchoolEntry& s : r.schools) {
      ReportSchoolEntry& e = out.schools.emplace_back(s);
      e.unit = unit.code;
      row.late += s.late;
      if (!s.has_figures) continue;
      // Totals are the schools' own values added up, never the units'
      // totals: the schools' values are what compile adds.
      for (std::size_t i = 0; i < out.figure_defs.size(); ++i)
        if (out.figure_defs[i].kind != ReportFigureKind::ratio)
          add_figure(out.figure_defs[i].kind, out.figures[i], s.figures[i]);
    }
    // A ratio's part and whole are sums over schools, so the units' add up.
    for (std::size_t i = 0; i < out.figure_defs.size(); ++i)
      if (out.figure_defs[i].kind == ReportFigureKind::ratio)
        add_figure(ReportFigureKind::ratio, out.figures[i], r.figures[i]);
    add_figure(ReportFigureKind::breakdown, by_form_, {0, 0, 0, {}, r.by_form, {}});
    add_figure(ReportFigureKind::breakdown, by_partner_, {0, 0, 0, {}, r.by_partner, {}});
    add_figure(ReportFigureKind::breakdown, topics_, {0, 0, 0, {}, r.topics, {}});
    for (const ReportRequirementEntry& q : r.requirements) {
      ReportRequirementEntry* into = nullptr;
      for (ReportRequirementEntry& e : out.requirements)
        if (e.id == q.id) into = &e;
      if (!into) into = &out.requirements.emplace_back(ReportRequirementEntry{q.id, q.clause, 0, 0, {}});
      into->met += q.met;
      into->not_met += q.not_met;
      into->schools_not_met.insert(into->schools_not_met.end(), q.schools_not_met.begin(), q.schools_not_met.end());
    }
    out.inputs.push_back({u.path, r.office_code, r.office_name, r.plan, u.sha256, r.from, r.to, r.report_date});
    out.units.push_back(std::move(row));
  }

  // A unit that sent nothing: its schools, where the last roll-up names
  // them, are expected and missing.
  void add_missing(const UnitEntry& unit, const ReportJson* previous) {
    ReportUnitEntry row{unit.code, unit.name, false, false, std::nullopt, 0, 0, 0, 0, 0, 0};
    if (previous)
      for (const ReportSchoolEntry& s : previous->schools) {
        if (s.unit != unit.code) continue;
        ReportSchoolEntry e;
        e.code = s.code, e.name = s.name, e.level = s.level, e.commune = s.commune, e.unit = unit.code;
        e.status = "missing";
        out_.report.schools.push_back(std::move(e));
        out_.report.missing.push_back(s.code);
        ++out_.report.expected;
        ++row.expected, ++row.missing;
      }
    out_.report.units.push_back(std::move(row));
  }

  Rollup finish(const std::vector<UnitReport>& reports, const ReportJson* previous) {
    std::vector<const UnitReport*> ok = admit(reports);
    check_claims(ok);
    if (!out_.problems.empty()) return std::move(out_);
    ReportJson& out = out_.report;
    out.format_version = kNewestReadableFormat;
    out.plan = plan_.id;
    out.plan_family = ok.empty() ? plan_family_of(plan_.id) : ok.front()->report.plan_family;
    out.from = plan_.from;
    out.to = plan_.to;
    out.office_code = office_.code;
    out.office_name = office_.name;
    out.report_date = office_.report_date;
    for (const UnitEntry& unit : office_.units) {
      const UnitReport* u = nullptr;
      for (const UnitReport* r : ok)
        if (r->report.office_code == unit.code) u = r;
      if (u) add(*u, unit);
      else add_missing(unit, previous);
    }
    for (ReportFigure& f : out.figures) in_plan_order(plan_, f);
    out.by_form = std::move(by_form_.counts);
    out.by_partner = std::move(by_partner_.counts);
    out.topics = std::move(topics_.counts);
    return std::move(out_);
  }

 private:
  const UnitEntry* find_unit(const std::string& code) const {
    for (const UnitEntry& u : office_.units)
      if (u.code == code) return &u;
    return nullptr;
  }

  // On time by the higher office's deadline, by the date the unit's report bears.
  bool on_time(const ReportJson& r) const {
    if (!office_.deadline) return true;
    return r.report_date && *r.report_date <= *office_.deadline;
  }

  const Plan& plan_;
  const Office& office_;
  Lang lang_;
  Rollup out_;
  ReportFigure by_form_, by_partner_, topics_;
};

}  // namespace

namespace {

// A roll-up lists each report it was made from with the SHA-256 of its
// bytes. Where the same unit's report of the same period is still at its
// place (as listed, or beside the roll-up), it must be the file that was
// rolled up: one edited since is E617, so a roll-up is never read against
// figures that changed under it.
bool inputs_unchanged(const UnitReport& u, const PrintStyle& style, std::string* problems) {
  bool ok = true;
  std::filesystem::path beside = platform::fs_path(u.path).parent_path();
  for (const ReportInputEntry& in : u.report.inputs) {
    std::filesystem::path listed = platform::fs_path(in.path);
    std::vector<std::string> places = {in.path};
    if (listed.is_relative()) places.push_back(platform::utf8_path(beside / listed));
    for (const std::string& place : places) {
      if (!platform::exists(place) || platform::is_directory(place)) continue;
      std::string err;
      std::optional<std::string> bytes = read_input(place, style.lang, &err);
      if (!bytes || sha256_hex(*bytes) == in.sha256) break;
      // Another file under that name (next year's report of the unit, say) is not this one edited.
      SourceFile file(place, std::move(*bytes));
      Diagnostics quiet(style.lang);
      std::optional<ReportJson> found = read_report_json(file, quiet);
      if (!found || found->office_code != in.office_code || found->from != in.from || found->to != in.to) continue;
      Diagnostic d;
      d.code = "E617";
      d.message = say(style.lang, "bản tổng hợp này được lập từ `{}`, nhưng tệp đó đã thay đổi sau khi tổng hợp (SHA-256 khác)",
                      "this roll-up was made from `{}`, but that file has changed since (its SHA-256 differs)", place);
      d.hint = say(style.lang, "lập lại bản tổng hợp từ các tệp hiện có, hoặc lấy lại đúng tệp đã dùng",
                   "make the roll-up again from the files as they are now, or restore the file it was made from");
      *problems += format_diagnostic(u.path, nullptr, d, style);
      ok = false;
      break;
    }
  }
  return ok;
}

}  // namespace

std::optional<UnitReport> load_unit_report(const std::string& path, const PrintStyle& style, std::string* problems) {
  std::string err;
  std::optional<std::string> bytes = read_input(path, style.lang, &err);
  if (!bytes) {
    *problems += fmt::format("baocao: {}: {}\n", path, err);
    return std::nullopt;
  }
  UnitReport u;
  u.path = path;
  u.sha256 = sha256_hex(*bytes);  // of the bytes as they are, before any byte order mark is dropped
  SourceFile file(path, std::move(*bytes));
  Diagnostics diags(style.lang);
  std::optional<ReportJson> r = read_report_json(file, diags);
  if (!r) {
    *problems += format_diagnostics(path, &file, diags, style);
    return std::nullopt;
  }
  u.report = std::move(*r);
  if (!inputs_unchanged(u, style, problems)) return std::nullopt;
  return u;
}

std::string format_rollup_problems(const std::vector<RollupProblem>& problems, const PrintStyle& style) {
  std::string out;
  for (const RollupProblem& p : problems) {
    Diagnostic d;
    d.code = p.code;
    d.message = p.message;
    d.hint = p.hint;
    out += format_diagnostic(p.paths.empty() ? std::string("baocao") : p.paths.back(), nullptr, d, style);
  }
  return out;
}

Rollup roll_up(const Plan& plan, const Office& office, const std::vector<UnitReport>& reports,
               const ReportJson* previous, Lang lang, const Crosswalk* crosswalk) {
  Rollup r = Roller(plan, office, lang).finish(reports, previous);
  if (!r.problems.empty()) return r;
  std::vector<std::string> unplaced;
  r.breakdowns = break_down(r.report, crosswalk, &unplaced);
  for (const std::string& code : unplaced)
    for (const ReportSchoolEntry& s : r.report.schools)
      if (s.code == code) {
        r.problems.push_back(
            {"E621", {},
             say(lang, "trường `{}` ({}, đơn vị {}) ở xã `{}`, không có trong bảng chuyển đổi",
                 "school `{}` ({}, unit {}) is in commune `{}`, which is in neither list of the crosswalk", s.code,
                 s.name, s.unit, s.commune),
             say(lang, "thêm xã này vào bảng chuyển đổi (--units), dưới `then:` của xã mới mà nó thuộc về",
                 "add the commune to the crosswalk (--units), under `then:` of the new commune it belongs to")});
        break;
      }
  return r;
}

}  // namespace baocao
