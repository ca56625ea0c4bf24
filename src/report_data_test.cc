#include "report_data.h"

#include <doctest/doctest.h>

#include "test_support.h"

#include <algorithm>

#include "report_render.h"
#include "report_sections.h"
#include "report_values.h"
#include "submission.h"

using namespace baocao;

namespace {

const Plan& plan() { return test::builtin_plan(); }

std::string school(const std::string& code, const std::string& name, const std::string& strengths) {
  return "plan: pcmd-2024\nschool: {code: " + code + ", name: " + name + "}\n" +
         "prepared: {by: Lò Văn B, date: 2024-12-01}\nstaff: {total: 10, informed: 10}\n"
         "students: {total: 100, reached: 90}\nschool_plan: {issued: no}\ncommunication_program: yes\n"
         "assessment: {strengths: \"" + strengths + "\"}\n";
}

struct Fixture {
  Office office;
  std::vector<FileSummary> files;
  Fixture(Lang lang, const std::string& name_a = "Trường A") {
    office.name = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO";
    office.abbrev = "PGDĐT";
    office.place = "Vân Hồ";
    office.add_school({"A", name_a, "thcs", "Xã A", {}});
    office.add_school({"B", "Trường B", "tieu_hoc", "Xã B", {}});
    office.add_school({"C", "Trường C", "mam_non", "Xã C", {}});
    office.add_school({"D", "Trường D", "thcs", "Xã D", {}});
    for (const auto& [code, text] : std::vector<std::pair<std::string, std::string>>{
             {"A", "Triển khai kịp thời."}, {"B", "triển khai  KỊP THỜI"}, {"C", "Phối hợp tốt"}}) {
      Submission s = check_submission(code + ".yaml", school(code, "Trường " + code, text), "", plan(), &office, lang);
      files.push_back(summarize(s, plan()));
    }
  }
  Report report(Lang lang) { return build_report(plan(), office, files, lang); }
};

std::vector<std::string> render(const Report& r) {
  std::string err;
  auto out = render_all(r, {ReportFormat::md, ReportFormat::html, ReportFormat::json}, "", 1, &err);
  CHECK(err.empty());
  return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// What a reader sees of an HTML page: the style sheet (and its comments) cut out.
std::string without_style(std::string html) {
  std::size_t a = html.find("<style>"), b = html.find("</style>");
  if (a != std::string::npos && b != std::string::npos) html.erase(a, b - a);
  return html;
}

}  // namespace

TEST_CASE("dates as the decree writes them: a leading zero only for days below 10 and months 1 and 2") {
  Values vi(Lang::vi);
  mu::data d = vi.date(Date{2024, 4, 5});
  CHECK(d.get("day")->string_value() == "05");
  CHECK(d.get("month")->string_value() == "4");
  CHECK(d.get("dmy")->string_value() == "05/4/2024");
  mu::data f = vi.date(Date{2025, 2, 15});
  CHECK(f.get("day")->string_value() == "15");
  CHECK(f.get("month")->string_value() == "02");
  CHECK(vi.date(Date{2024, 12, 10}).get("dmy")->string_value() == "10/12/2024");
  CHECK(vi.date(Date{2024, 1, 9}).get("dmy")->string_value() == "09/01/2024");
  mu::data e = Values(Lang::en).date(Date{2024, 4, 5});
  CHECK(e.get("day")->string_value() == "5");
  CHECK(e.get("month_name")->string_value() == "April");
}

TEST_CASE("numbers and percentages in the report's language") {
  CHECK(Values(Lang::vi).number(1234567) == "1.234.567");
  CHECK(Values(Lang::en).number(1234567) == "1,234,567");
  CHECK(Values(Lang::vi).percent(31, 33) == "93,9%");
  CHECK(Values(Lang::en).percent(31, 33) == "93.9%");
  CHECK(Values(Lang::vi).percent(1, 0).empty());
}

TEST_CASE("every plan task has its part in plan order, II.7 included, numbered apart from the report's parts") {
  Fixture fx(Lang::vi);
  std::string md = render(fx.report(Lang::vi))[0];
  std::size_t at = md.find("## II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ");
  REQUIRE(at != std::string::npos);
  for (std::size_t i = 0; i < plan().tasks.size(); ++i) {
    std::string heading = "### " + std::to_string(i + 1) + ". " + plan().tasks[i].title.vi;
    std::size_t next = md.find(heading, at);
    CHECK_MESSAGE(next != std::string::npos, heading);
    if (next != std::string::npos) at = next;
  }
  CHECK(has(md, "Báo cáo của các trường chưa có số liệu về nhiệm vụ này."));  // II.7
  CHECK(has(md, "Có 3/3 trường (100,0%) đã xây dựng chương trình"));
  // Pupils and preschool children are counted apart.
  CHECK(has(md, "Có 180/200 học sinh (90,0%) và 90/100 trẻ mầm non (90,0%) được tuyên truyền"));
}

TEST_CASE("the same text from several schools is said once, with how many and which") {
  Fixture fx(Lang::vi);
  std::string html = render(fx.report(Lang::vi))[1];
  CHECK(has(html, "<li>- Triển khai kịp thời (2 trường: Trường A và Trường B).</li>"));
  CHECK(has(html, "<li>- Phối hợp tốt (Trường C).</li>"));
  CHECK_FALSE(has(html, "triển khai  KỊP THỜI"));
}

TEST_CASE("one language per output: the whole report follows --lang") {
  Fixture vi(Lang::vi), en(Lang::en);
  std::vector<std::string> v = render(vi.report(Lang::vi)), e = render(en.report(Lang::en));
  v[1] = without_style(v[1]);
  e[1] = without_style(e[1]);
  CHECK(has(v[1], "<html lang=\"vi\">"));
  CHECK(has(e[1], "<html lang=\"en\">"));
  CHECK(has(v[1], "Trường D"));
  for (const std::string& doc : {e[0], e[1]})
    for (const char* vietnamese : {"Chưa nộp", "trường", "BÁO CÁO", "Nơi nhận", "Phụ lục", "học sinh"})
      CHECK_MESSAGE(!has(doc, vietnamese), std::string(vietnamese));
  for (const std::string& doc : {v[0], v[1]})
    for (const char* english : {"Not sent", "school", "REPORT", "Recipients", "Appendix", "errors", "no report"})
      CHECK_MESSAGE(!has(doc, english), std::string(english));
  // Plurals: "1 school", never "1 schools".
  CHECK(has(e[1], "1 school has not sent a report: Trường D."));
}

TEST_CASE("no bidi control survives into any format, U+061C included") {
  // The school's name on the roster carries an Arabic letter mark and an override.
  Fixture fx(Lang::vi, "Trường \xD8\x9C" "A\xE2\x80\xAE" "B");
  std::vector<std::string> out = render(fx.report(Lang::vi));  // md, html, json
  for (const std::string& doc : out) {
    CHECK_FALSE(has(doc, "\xD8\x9C"));
    CHECK_FALSE(has(doc, "\xE2\x80\xAE"));
  }
  CHECK(has(out[0], "Trường \xEF\xBF\xBD" "A\xEF\xBF\xBD" "B"));  // shown where it was
  CHECK(has(out[1], "Trường \xEF\xBF\xBD" "A\xEF\xBF\xBD" "B"));
}

TEST_CASE("a narrative part left out shows a placeholder; written, its paragraphs") {
  Fixture fx(Lang::vi);
  fx.office.narrative.causes.paragraphs = {"Kinh phí còn hạn chế.", "Địa bàn rộng."};
  std::string md = render(fx.report(Lang::vi))[0];
  CHECK(has(md, "Kinh phí còn hạn chế.\n\nĐịa bàn rộng."));
  CHECK(has(md, "\\[Phần do Phòng viết: phương hướng, nhiệm vụ trong thời gian tới.\\]"));
  CHECK_FALSE(has(md, "\\[Phần do Phòng viết: nguyên nhân"));
}

TEST_CASE("a sentence names at most kSchoolsNamed schools and counts the rest") {
  for (Lang lang : {Lang::vi, Lang::en}) {
    Fixture f(lang);
    // D and these miss their reports: 21 more than named in vi, 1 more than named in en.
    std::size_t extra = lang == Lang::vi ? kSchoolsNamed + 4 : kSchoolsNamed;
    for (std::size_t i = 1; i <= extra; ++i)
      f.office.add_school({"M" + std::to_string(i), "Trường M" + std::to_string(i), "thcs", "Xã M", {}});
    std::string md = render(f.report(lang))[0];
    CAPTURE(md);
    const std::string last_named = "Trường M" + std::to_string(kSchoolsNamed - 1);
    const std::string first_unnamed = "Trường M" + std::to_string(kSchoolsNamed);
    if (lang == Lang::vi) {
      CHECK(has(md, "Còn 25 trường chưa gửi báo cáo: Trường D, Trường M1, "));
      CHECK(has(md, ", " + last_named + " và 5 trường khác."));
    } else {
      CHECK(has(md, "21 schools have not sent a report: Trường D, Trường M1, "));
      CHECK(has(md, ", " + last_named + " and 1 other school."));
    }
    // The schools past the limit are in appendix 1's table, not in the sentence.
    std::string sentence = md.substr(md.find(lang == Lang::vi ? "Còn 25 trường" : "21 schools have"));
    sentence = sentence.substr(0, sentence.find('\n'));
    CHECK(!has(sentence, first_unnamed));
    CHECK(has(md, "| Trường M" + std::to_string(extra) + " |"));
  }
  Values v(Lang::vi);
  mu::data few = v.school_list({"A", "B", "C"});
  const mu::list& items = few.list_value();
  REQUIRE(items.size() == 3);
  CHECK(items[2].get("and")->is_true());
  CHECK(!items[2].get("more_schools")->is_true());  // set, so no outer `more_schools` is found
}
