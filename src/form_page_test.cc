#include "form_page.h"

#include <doctest/doctest.h>

#include <map>

#include "test_support.h"

using namespace baocao;

namespace {

Office roster() {
  Office o;
  o.add_school({"TH-A", "Trường Tiểu học A", "tieu_hoc", "Xã A", {}});
  return o;
}

const RosterEntry& school_a(const Office& o) { return *o.find("TH-A"); }

// The values of a complete school file, as the page sends them.
FormValues filled_values() {
  return {{"school.code", {"TH-A"}},
          {"school.name", {"Trường Tiểu học A"}},
          {"prepared.by", {"Lò Văn B"}},
          {"prepared.date", {"01/12/2024"}},
          {"staff.total", {"10"}},
          {"staff.informed", {"10"}},
          {"students.total", {"100"}},
          {"students.reached", {"100"}},
          {"school_plan.issued", {"không"}},
          {"communication_program", {"có"}},
          {"lessons[0].subject", {"Đạo đức"}},
          {"lessons[0].title", {"Bài \"một\"\nhai dòng"}},
          {"lessons[0].date", {"15/05/2024"}},
          {"lessons[0].students", {"30"}},
          {"lessons[0].topics", {"mai_dam", "ma_tuy"}},
          {"lessons[1].subject", {"Toán"}},
          {"lessons[1].title", {"Bài hai"}},
          {"lessons[1].date", {"16/05/2024"}},
          {"lessons[1].students", {"20"}},
          {"lessons[1].topics", {"khac"}}};
}

}  // namespace

TEST_CASE("the form description follows the form: kinds, needs, the flag a field waits on, choices by label") {
  std::string vi = form_description_json(test::builtin_plan(), Lang::vi);
  std::string en = form_description_json(test::builtin_plan(), Lang::en);
  CHECK(vi.find(R"("path":"school_plan.number","key":"number","kind":"text","need":"when")") != std::string::npos);
  CHECK(vi.find(R"("when":"school_plan.issued")") != std::string::npos);
  CHECK(vi.find(R"("path":"lessons[].grade","key":"grade","kind":"count")") != std::string::npos);
  CHECK(vi.find(R"("min":1,"max":12)") != std::string::npos);
  CHECK(vi.find(R"({"code":"mai_dam","label":"Phòng, chống mại dâm"})") != std::string::npos);
  CHECK(vi.find(R"("label":"tổng số CB, GV, NV")") != std::string::npos);
  CHECK(en.find(R"("label":"total staff")") != std::string::npos);
  // Sections and lists hold their fields.
  CHECK(vi.find(R"("kind":"list")") < vi.find(R"("path":"lessons[].subject")"));
}

TEST_CASE("a school file's values, laid out as the form; nothing for text that is not YAML") {
  std::string values = *form_values_json(test::builtin_plan(), SourceFile(
      "t.yaml", test::school_file("TH-A", "lessons:\n  - {subject: Toán, topics: [mai_dam, ma tuý], grade: 1.200}\n")));
  CHECK(values.find(R"("school":{"code":"TH-A")") != std::string::npos);
  CHECK(values.find(R"("communication_program":true)") != std::string::npos);
  CHECK(values.find(R"("lessons":[{"subject":"Toán","grade":"1.200","topics":["mai_dam","ma tuý"]}])") !=
        std::string::npos);
  CHECK_FALSE(form_values_json(test::builtin_plan(), SourceFile("t.yaml", "a: [\n")));
}

TEST_CASE("entries the form has no field for come with the values, as the school wrote them") {
  const std::string text =
      "plan: pcmd-2024\nschool: {code: TH-A, name: Trường A}\nstaff: {total: 10, ghi_chu: \"a, b\", informed: 10}\n"
      "lessons:\n    - ten_gv: Lan\n      subject: Toán\n      so_tiet:\n        - 1\n\n        - 2\n      # về lớp 1\n"
      "      title: Bài\n"
      "ghi_chu: |\n  Năm ngoái\n    thụt vào\n# ghi chú cuối\n\ndu_phong:\n- x\n- y\nstudents: {total: 1, reached: 1}\n";
  std::string values = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", text));
  // At the top, a block scalar and a sequence at the key's own column, the
  // comment and blank line after the first left out of it (the comment goes
  // with the entry below it, the blank line is not kept).
  CHECK(values.find(R"({"$extra":["ghi_chu: |\n  Năm ngoái\n    thụt vào","# ghi chú cuối\ndu_phong:\n- x\n- y"],)") == 0);
  // In a flow mapping, up to its comma, quotes kept.
  CHECK(values.find(R"("staff":{"$extra":["ghi_chu: \"a, b\""],"total":"10")") != std::string::npos);
  // In a list item: the item's first key; a blank line inside a value kept.
  // The comment after so_tiet's last line goes with the key below it.
  CHECK(values.find(R"("lessons":[{"$extra":["ten_gv: Lan","so_tiet:\n  - 1\n\n  - 2"],"$comments":{"title":"# về lớp 1"},"subject":"Toán")") !=
        std::string::npos);
}

TEST_CASE("a file opened and saved keeps the entries the form has no field for, at their place") {
  Office o = roster();
  FormValues v = filled_values();
  v["$extra"] = {"ghi_chu: |\n  Năm ngoái\n    thụt vào", "du_phong:\n- x\n- y"};
  v["staff.$extra"] = {"ghi_chu: \"a, b\""};
  v["lessons[1].$extra"] = {"ten_gv: Lan", "so_tiet:\n  - 1\n\n  - 2"};
  std::string text = filled_form(test::builtin_plan(), school_a(o), o, v);
  CHECK(text.find("\nghi_chu: |\n  Năm ngoái\n    thụt vào\ndu_phong:\n- x\n- y\n") != std::string::npos);
  CHECK(text.find("\n  ghi_chu: \"a, b\"\n") != std::string::npos);
  CHECK(text.find("\n    ten_gv: Lan\n    so_tiet:\n      - 1\n\n      - 2\n") != std::string::npos);
  // Each is still said to be unknown, where it was, and nothing else is wrong.
  Submission s = test::check(text, &o);
  std::vector<std::string> unknown;
  for (const Diagnostic& d : s.diags.items())
    if (d.code == "E101") unknown.push_back(d.key);
  CHECK(unknown == std::vector<std::string>{"staff.ghi_chu", "lessons[2].ten_gv", "lessons[2].so_tiet", "ghi_chu",
                                            "du_phong"});
  CHECK(s.diags.error_count() == 5);
  // The values read back are the ones saved, the entries too.
  std::string back = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", text));
  CHECK(back.find(R"("$extra":["ghi_chu: |\n  Năm ngoái\n    thụt vào","du_phong:\n- x\n- y"])") != std::string::npos);
  CHECK(back.find(R"({"$extra":["ten_gv: Lan","so_tiet:\n  - 1\n\n  - 2"],"subject":"Toán")") != std::string::npos);
}

TEST_CASE("a key written twice comes back as written, with its mapping's other entries, so saving keeps it") {
  Office o = roster();
  const std::string text =
      "plan: pcmd-2024\nschool: {code: TH-A, name: Trường Tiểu học A}\nprepared: {by: Lò Văn B, date: 2024-12-01}\n"
      "staff:\n  total: 10\n  informed: 10\n  total: 12\nstudents: {total: 100, reached: 100}\n"
      "communication_program: có\nschool_plan: {issued: không}\n"
      "lessons:\n  - subject: Toán\n    title: Bài một\n    date: 2024-05-15\n    students: 30\n    topics: [khac]\n"
      "  - subject: Văn\n    title: Bài hai\n    date: 2024-05-16\n    students: 20\n    topics: [khac]\n"
      "    subject: Sử\n"
      "# dán thêm lần nữa\nlessons:\n  - subject: Địa\n    title: Bài ba\n";
  std::string values = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", text));
  // In a section; in the second item only (the first item's `subject` is
  // not repeated); at the top, the whole list pasted again with its comment.
  CHECK(values.find(R"("staff":{"$extra":["total: 12"],"total":"10")") != std::string::npos);
  CHECK(values.find(R"({"$extra":["subject: Sử"],"subject":"Văn")") != std::string::npos);
  CHECK(values.find(R"({"subject":"Toán")") != std::string::npos);
  CHECK(values.find(R"({"$extra":["# dán thêm lần nữa\nlessons:\n  - subject: Địa\n    title: Bài ba"],)") == 0);

  // Saved from the page, the file still holds each, and the check says each again.
  FormValues v = filled_values();
  v["staff.$extra"] = {"total: 12"};
  v["lessons[1].$extra"] = {"subject: Sử"};
  v["$extra"] = {"# dán thêm lần nữa\nlessons:\n  - subject: Địa\n    title: Bài ba"};
  std::string saved = filled_form(test::builtin_plan(), school_a(o), o, v);
  Submission s = test::check(saved, &o);
  std::vector<std::string> twice;
  for (const Diagnostic& d : s.diags.items())
    if (d.code == "E005") twice.push_back(d.message.substr(0, d.message.find(';')));
  CHECK(twice == std::vector<std::string>{"key `total` appears twice", "key `subject` appears twice",
                                          "key `lessons` appears twice"});
}

namespace {

// A file whose known keys are written in shapes their fields do not take.
const std::string kWrongShapes =
    "plan: pcmd-2024\nschool: {code: TH-A, name: Trường A}\nprepared: {by: Lò Văn B, date: 2024-12-01}\n"
    "staff: 12   # cả trường\nstudents: {total: [100, 20], reached: 100}\ncommunication_program: rồi\n"
    "school_plan:\n  issued: [có]\nlessons:\n  - Toán lớp 5, 30 em\n  - subject: Toán\n    topics: {a: b}\n"
    "  -\n    - x\nactivities: 5\n";

}  // namespace

TEST_CASE("known keys written in a shape their field does not take come with the values, as the school wrote them") {
  std::string values = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", kWrongShapes));
  CHECK(values.find(R"("staff":{"$written":"staff: 12   # cả trường"})") != std::string::npos);
  CHECK(values.find(R"("students":{"total":{"$written":"total: [100, 20]"},"reached":"100"})") != std::string::npos);
  CHECK(values.find(R"("communication_program":{"$written":"communication_program: rồi"})") != std::string::npos);
  CHECK(values.find(R"("school_plan":{"issued":{"$written":"issued: [có]"}})") != std::string::npos);
  // An item that is not a mapping, from its dash; a wrong value in an item.
  CHECK(values.find(R"("lessons":[{"$written":"- Toán lớp 5, 30 em"},{"subject":"Toán","topics":{"$written":"topics: {a: b}"}},{"$written":"-\n  - x"}])") !=
        std::string::npos);
  CHECK(values.find(R"("activities":{"$written":"activities: 5"})") != std::string::npos);
}

TEST_CASE("a file opened and saved keeps known keys written in the wrong shape, in their place, still said wrong") {
  Office o = roster();
  // The values the page sends for kWrongShapes.
  FormValues v = {{"school.code", {"TH-A"}},
                  {"school.name", {"Trường A"}},
                  {"prepared.by", {"Lò Văn B"}},
                  {"prepared.date", {"2024-12-01"}},
                  {"staff$written", {"staff: 12   # cả trường"}},
                  {"students.total$written", {"total: [100, 20]"}},
                  {"students.reached", {"100"}},
                  {"communication_program$written", {"communication_program: rồi"}},
                  {"school_plan.issued$written", {"issued: [có]"}},
                  {"lessons[0]", {""}},
                  {"lessons[0]$written", {"- Toán lớp 5, 30 em"}},
                  {"lessons[1]", {""}},
                  {"lessons[1].subject", {"Toán"}},
                  {"lessons[1].topics$written", {"topics: {a: b}"}},
                  {"lessons[2]", {""}},
                  {"lessons[2]$written", {"-\n  - x"}},
                  {"activities$written", {"activities: 5"}}};
  std::string text = filled_form(test::builtin_plan(), school_a(o), o, v);
  CHECK(text.find("\nstaff: 12   # cả trường\n") != std::string::npos);
  CHECK(text.find("\n  total: [100, 20]\n  reached: 100") != std::string::npos);
  CHECK(text.find("\ncommunication_program: rồi\n") != std::string::npos);
  CHECK(text.find("\nschool_plan:\n  issued: [có]\n  number:") != std::string::npos);
  CHECK(text.find("\nlessons:\n  - Toán lớp 5, 30 em\n  - subject: \"Toán\"") != std::string::npos);
  CHECK(text.find("\n    topics: {a: b}\n") != std::string::npos);
  CHECK(text.find("\n  -\n    - x\n") != std::string::npos);
  CHECK(text.find("\nactivities: 5\n") != std::string::npos);
  CHECK(text.find("# Để điền: bỏ dấu # ở đầu các dòng mẫu bên dưới; mỗi mục thêm, chép lại các dòng từ dấu - .\nactivities: 5\n") !=
        std::string::npos);
  // The check still points at each, as it does in the opened file.
  auto said = [&](const std::string& file) {
    std::map<std::string, std::string> code_at;
    Submission s = test::check(file, &o);
    for (const Diagnostic& d : s.diags.items())
      if (d.severity == Severity::error) code_at[d.key] += d.code + " ";
    return code_at;
  };
  std::map<std::string, std::string> opened = said(kWrongShapes), saved = said(text);
  for (const char* key : {"staff", "students.total", "communication_program", "school_plan.issued", "lessons[1]",
                          "lessons[2].topics", "lessons[3]", "activities"}) {
    CAPTURE(key);
    CHECK_FALSE(opened[key].empty());
    CHECK(saved[key] == opened[key]);
  }
  // Read back, the same values come.
  std::string back = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", text));
  std::string first = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", kWrongShapes));
  for (const char* part : {R"("staff":{"$written":"staff: 12   # cả trường"})", R"({"$written":"-\n  - x"})",
                           R"("topics":{"$written":"topics: {a: b}"})", R"("activities":{"$written":"activities: 5"})"}) {
    CAPTURE(part);
    CHECK(first.find(part) != std::string::npos);
    CHECK(back.find(part) != std::string::npos);
  }
}

TEST_CASE("the school's own comment lines come with the values, by the entry below them; the form's do not") {
  Office o = roster();
  std::string text = filled_form(test::builtin_plan(), school_a(o), o, filled_values());
  auto insert = [&](const std::string& before, const std::string& lines) {
    std::size_t at = text.find(before);
    REQUIRE(at != std::string::npos);
    text.insert(at + 1, lines);  // `before` starts with the line break ahead of it
  };
  insert("\nstaff:", "# Số liệu lấy từ sổ của tổ\n");
  insert("\n  total: 10", "  # tính cả nhân viên hợp đồng\n");
  insert("\n  - subject: \"Toán\"", "  # tiết thứ hai, dạy bù\n");
  text += "# Người lập: Lò Văn B\n";
  // A line of a | block that starts with # is the value's, not a comment.
  std::size_t by = text.find("  by: \"Lò Văn B\"");
  text.replace(by, text.find('\n', by) - by, "  by: |\n    Lò Văn B\n    # không phải chú thích");
  std::string values = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", text));
  CHECK(values.find(R"("$comments":{"staff":"# Số liệu lấy từ sổ của tổ","$end":"# Người lập: Lò Văn B"})") !=
        std::string::npos);
  CHECK(values.find(R"("staff":{"$comments":{"total":"# tính cả nhân viên hợp đồng"},"total":"10")") != std::string::npos);
  CHECK(values.find(R"({"$comments":{"-":"# tiết thứ hai, dạy bù"},"subject":"Toán")") != std::string::npos);
  CHECK(values.find("\"# không phải") == std::string::npos);
  CHECK(values.find(R"("by":"Lò Văn B\n# không phải chú thích\n")") != std::string::npos);
  std::size_t n = 0;
  for (std::size_t at = values.find("$comments"); at != std::string::npos; at = values.find("$comments", at + 1)) ++n;
  CHECK(n == 3);  // none of the blank form's own comments

  // Saved from the page, each is above its entry again, and read back the same.
  FormValues v = filled_values();
  v["staff$comment"] = {"# Số liệu lấy từ sổ của tổ"};
  v["staff.total$comment"] = {"# tính cả nhân viên hợp đồng"};
  v["lessons[1]$comment"] = {"# tiết thứ hai, dạy bù"};
  v["$end$comment"] = {"# Người lập: Lò Văn B"};
  std::string saved = filled_form(test::builtin_plan(), school_a(o), o, v);
  CHECK(saved.find("\n# Số liệu lấy từ sổ của tổ\nstaff:") != std::string::npos);
  CHECK(saved.find("\n  # tính cả nhân viên hợp đồng\n  total: 10") != std::string::npos);
  CHECK(saved.find("\n  # tiết thứ hai, dạy bù\n  - subject: \"Toán\"") != std::string::npos);
  CHECK(saved.ends_with("\n\n# Người lập: Lò Văn B\n"));
  CHECK(test::check(saved, &o).valid());
  std::string back = *form_values_json(test::builtin_plan(), SourceFile("t.yaml", saved));
  CHECK(back.find(R"("$comments":{"staff":"# Số liệu lấy từ sổ của tổ","$end":"# Người lập: Lò Văn B"})") != std::string::npos);
  CHECK(back.find(R"("staff":{"$comments":{"total":"# tính cả nhân viên hợp đồng"},"total":"10")") != std::string::npos);
  CHECK(back.find(R"({"$comments":{"-":"# tiết thứ hai, dạy bù"},"subject":"Toán")") != std::string::npos);
}

TEST_CASE("the page's values come in as path, tab, value lines") {
  FormValues v = parse_form_values("a.b\tone\\ttwo\\nthree\\\\\nc\tx\nc\ty\nno tab here\n");
  CHECK(v["a.b"] == std::vector<std::string>{"one\ttwo\nthree\\"});
  CHECK(v["c"] == std::vector<std::string>{"x", "y"});
  CHECK(v.size() == 2);
}

TEST_CASE("the saved form is init's with the values in: it validates, lists written out") {
  Office o = roster();
  std::string text = filled_form(test::builtin_plan(), school_a(o), o, filled_values());
  Submission s = test::check(text, &o);
  CHECK(s.valid());
  CHECK(test::count_of(s, "W002") == 0);
  CHECK(text.find("# yaml-language-server: $schema=pcmd-2024.schema.json\n") == 0);
  CHECK(text.find("  - subject: \"Đạo đức\"  # môn học / hoạt động giáo dục\n") != std::string::npos);
  CHECK(text.find("    title: \"Bài \\\"một\\\"\\nhai dòng\"") != std::string::npos);
  CHECK(text.find("    topics: [mai_dam, ma_tuy]  # nội dung lồng ghép, mã:\n") != std::string::npos);
  CHECK(text.find("  - subject: \"Toán\"") != std::string::npos);
  // The blank form's example item is left out once there are items.
  CHECK(text.find("#  - subject:") == std::string::npos);
  // Lists with no item keep init's commented example.
  CHECK(text.find("#  - name: Nguyễn Thị B") != std::string::npos);
}

TEST_CASE("a count or date is saved as typed, so the check sees the mistake the teacher made") {
  Office o = roster();
  FormValues v = filled_values();
  v["staff.total"] = {"1.200"};
  v["prepared.date"] = {"31/04/2024"};
  v["staff.informed"] = {"mười: # x"};  // not plain: quoted, and still a mistake, not a YAML error
  Submission s = test::check(filled_form(test::builtin_plan(), school_a(o), o, v), &o);
  std::map<std::string, std::string> code_at;
  for (const Diagnostic& d : s.diags.items()) code_at[d.key] = d.code;
  CHECK(code_at["staff.total"] == "E103");
  CHECK(code_at["prepared.date"].rfind("E1", 0) == 0);
  CHECK(code_at["staff.informed"].rfind("E1", 0) == 0);
  CHECK(code_at.count("") == 0);  // no YAML error, no message without its field
}

TEST_CASE("the page's data is inert inside <script>, and goes where the built page marks") {
  Office o;
  o.add_school({"X", "</script><img src=x onerror=alert(1)>&\xe2\x80\xa8", "tieu_hoc", "", {}});
  std::string data = page_data_json(test::builtin_plan(), o, "X", Lang::vi);
  CHECK(data.find('<') == std::string::npos);
  CHECK(data.find('>') == std::string::npos);
  CHECK(data.find('&') == std::string::npos);
  CHECK(data.find("\xe2\x80\xa8") == std::string::npos);
  CHECK(data.find(R"(\u003c/script\u003e\u003cimg src=x onerror=alert(1)\u003e\u0026\u2028)") != std::string::npos);
  CHECK(page_with_data("<head><!--baocao-data--></head>", "{}") ==
        R"(<head><script type="application/json" id="baocao-data">{}</script></head>)");
  CHECK(page_with_data("<head></head>", "{}").empty());
}
