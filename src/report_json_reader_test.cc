#include "report_json_reader.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace baocao {

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(BAOCAO_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Read {
  SourceFile file;
  Diagnostics diags{Lang::en};
  std::optional<ReportJson> report;
  explicit Read(std::string text) : file("r.json", std::move(text)) { report = read_report_json(file, diags); }
  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) out.push_back(d.code);
    return out;
  }
  Location first() const { return file.location(diags.items().at(0).offset); }
};

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  std::size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("report_json_reader: today's report (format 1) reads, its totals as figures of the same ids") {
  Read r(fixture("report-v1.json"));
  REQUIRE(r.report);
  const ReportJson& j = *r.report;
  CHECK(j.format_version == 1);
  CHECK(j.plan == "pcmd-2024");
  CHECK(j.plan_family == "pcmd");
  CHECK(j.office_name == "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
  CHECK(j.expected == 39);
  CHECK(j.missing == std::vector<std::string>{"THCS-CY", "MN-MT", "TH-SB"});
  REQUIRE(j.figure_index("activities") >= 0);
  CHECK(j.figures[j.figure_index("activities")].n == 103);
  REQUIRE(j.figure_index("participants.students") >= 0);
  CHECK(j.figures[j.figure_index("participants.students")].n == 16673);
  CHECK(j.schools.size() == 39);
  CHECK_FALSE(j.schools[0].has_figures);
  CHECK(j.requirements.size() == 12);
}

TEST_CASE("report_json_reader: format 2 carries every figure by id, each valid school's values and texts") {
  Read r(fixture("report-v2-sample.json"));
  REQUIRE_MESSAGE(r.report, r.codes().size());
  const ReportJson& j = *r.report;
  CHECK(j.format_version == 2);
  CHECK(j.office_code == "PGD-VH");
  CHECK(j.from->iso() == "2024-01-01");
  CHECK(j.to->iso() == "2024-12-31");
  long reached = j.figure_index("reached");
  REQUIRE(reached >= 0);
  CHECK(j.figure_defs[reached].kind == ReportFigureKind::ratio);
  CHECK(j.figure_defs[reached].of == "students_total");
  CHECK(j.figures[reached].part == 150);
  CHECK(j.figures[reached].whole == 200);
  REQUIRE(j.schools.size() == 3);
  CHECK(j.schools[0].has_figures);
  CHECK_FALSE(j.schools[1].has_figures);
  CHECK(j.schools[2].late);
  CHECK(j.schools[2].commune == "Chiềng Xuân");
  CHECK(j.schools[2].limitations == "Thiếu kinh phí");
  long pairs = j.figure_index("forms_by_partner");
  CHECK(j.schools[2].figures[pairs].counts2.size() == 2);
}

TEST_CASE("report_json_reader: a file cut short is E601 at its end") {
  std::string text = fixture("report-v2-sample.json");
  Read r(text.substr(0, text.size() / 2));
  CHECK_FALSE(r.report);
  REQUIRE(r.codes() == std::vector<std::string>{"E601"});
  CHECK(r.diags.items()[0].message.find("cut short") != std::string::npos);
}

TEST_CASE("report_json_reader: JSON syntax errors are located") {
  Read r("{\"plan\": \"x\",\n \"per_school\": [1 2]}");
  REQUIRE(r.codes() == std::vector<std::string>{"E601"});
  CHECK(r.first().line == 2);
  CHECK(r.first().column == 19);
  CHECK(Read("{\"a\": 1, \"a\": 2}").codes() == std::vector<std::string>{"E601"});
  CHECK(Read("[01]").codes() == std::vector<std::string>{"E601"});
  CHECK(Read("{} x").codes() == std::vector<std::string>{"E601"});
  CHECK(Read("\"\\ud800\"").codes() == std::vector<std::string>{"E601"});
  CHECK(Read("\"a\xff\"").codes() == std::vector<std::string>{"E601"});
  CHECK(Read(std::string(100, '[')).codes() == std::vector<std::string>{"E601"});
}

TEST_CASE("report_json_reader: another JSON file is not a report (E602)") {
  CHECK(Read("{\"name\": \"package\", \"version\": \"1.0\"}").codes() == std::vector<std::string>{"E602"});
  CHECK(Read("[1, 2]").codes() == std::vector<std::string>{"E602"});
}

TEST_CASE("report_json_reader: a format_version this baocao does not know is E603") {
  std::string text = replaced(fixture("report-v2-sample.json"), "\"format_version\": 2", "\"format_version\": 3");
  Read r(text);
  REQUIRE(r.codes() == std::vector<std::string>{"E603"});
  CHECK(r.diags.items()[0].message.find("format_version 3") != std::string::npos);
  CHECK(r.first().line == 1);
  CHECK(r.first().column == 20);
}

TEST_CASE("report_json_reader: a value of the wrong type or a missing key is E604 at its place") {
  std::string text = replaced(fixture("report-v2-sample.json"), "\"valid\": 2,", "\"valid\": \"2\",");
  Read r(text);
  REQUIRE(r.codes() == std::vector<std::string>{"E604"});
  CHECK(r.diags.items()[0].key == "schools.valid");
  CHECK(r.first().line == 5);

  Read missing(replaced(fixture("report-v2-sample.json"), "\"participants.students\": 120, ", ""));
  REQUIRE(missing.codes() == std::vector<std::string>{"E604"});
  CHECK(missing.diags.items()[0].key == "figures.participants.students");

  Read unknown(replaced(fixture("report-v2-sample.json"), "\"plans_issued\": 0,", "\"plans_isued\": 0,"));
  CHECK(unknown.codes() == std::vector<std::string>{"E604", "E604"});  // an unknown id, and the one left out
}

TEST_CASE("report_json_reader: a total its schools do not add up to is E605 (an edited report)") {
  Read r(replaced(fixture("report-v2-sample.json"), "\"figures\": {\"activities\": 7,", "\"figures\": {\"activities\": 8,"));
  REQUIRE(r.codes() == std::vector<std::string>{"E605"});
  CHECK(r.diags.items()[0].key == "figures.activities");
  Read codes(replaced(fixture("report-v2-sample.json"), "[\"mai_dam\", \"ma_tuy\", \"khac\"]", "[\"mai_dam\", \"khac\"]"));
  CHECK(codes.codes() == std::vector<std::string>{"E605"});
  Read pairs(replaced(fixture("report-v2-sample.json"), "\"cong_an\": 1}, \"ngoai_khoa\": {\"y_te\": 3}}},",
                      "\"cong_an\": 2}, \"ngoai_khoa\": {\"y_te\": 3}}},"));
  CHECK(pairs.codes() == std::vector<std::string>{"E605"});
}

TEST_CASE("report_json_reader: plan families") {
  CHECK(plan_family_of("pcmd-2024") == "pcmd");
  CHECK(plan_family_of("ma-tuy-2025") == "ma-tuy");
  CHECK(plan_family_of("custom") == "custom");
  CHECK(plan_family_of("a-b") == "a-b");
}

}  // namespace baocao

namespace baocao {

TEST_CASE("report_json_reader: cut short after a value, where `,` or `}` is awaited") {
  Read r("{\"plan\": \"pcmd-2024\"");
  REQUIRE(r.codes() == std::vector<std::string>{"E601"});
  CHECK(r.diags.items()[0].message == "the JSON file is cut short: it ends while a `,` or `}` is expected");
}

}  // namespace baocao
