#include "command_table.h"

#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli.h"
#include "resources.h"

namespace baocao {

namespace {

// Options several commands share, written once.
const OptionRow kConfig{"--config", {"TỆP", "FILE"},
                        {"tệp của phòng (mặc định: baocao.yaml trong thư mục hiện tại)",
                         "the office file (default: baocao.yaml in the current folder)"},
                        nullptr, Complete::yaml};
const OptionRow kPlan{"--plan", {"KẾ_HOẠCH", "PLAN"},
                      {"mã kế hoạch có sẵn hoặc đường dẫn tệp kế hoạch (mặc định: kế hoạch tệp của phòng ghi ở `plan:`, "
                       "nếu không có thì pcmd-2024)",
                       "a built-in plan id or a plan file's path (default: the plan the office file names under "
                       "`plan:`, else pcmd-2024)"},
                      nullptr, Complete::plan};
const OptionRow kLang{"--lang", {"NGÔN_NGỮ", "LANGUAGE"},
                      {"ngôn ngữ của thông báo và báo cáo", "the language of messages and reports"},
                      "vi en", Complete::none, 0, "vi"};
const OptionRow kJobs{"-j,--jobs", {"N", "N"},
                      {"số luồng đọc tệp (mặc định: số nhân CPU); kết quả không đổi theo N",
                       "threads reading files (default: the CPU's cores); the result does not depend on N"},
                      nullptr, Complete::none, 0, nullptr, 256};

// compile --format takes the names of the report formats table.
const char* format_names() {
  static const std::string names = [] {
    std::string all;
    for (const FormatRow& f : report_formats()) {
      if (!all.empty()) all += ' ';
      all += f.name;
    }
    return all;
  }();
  return names.c_str();
}

}  // namespace

namespace {

void print_report_schema() { std::cout << *embedded_file("docs/report-schema.json"); }

}  // namespace

const std::vector<CommandRow>& commands() {
  static const std::vector<CommandRow> table = {
      {"validate",
       {"kiểm tra tệp báo cáo của trường", "check school files"},
       {{"PATH", {"ĐƯỜNG_DẪN", "PATH"},
         {"tệp, thư mục (tìm mọi *.yaml, *.yml bên trong), hoặc - (đầu vào chuẩn); mặc định: thư mục hiện tại",
          "files, folders (every *.yaml, *.yml inside), or - (standard input); default: the current folder"},
         nullptr, Complete::yaml, kRepeated},
        kConfig,
        kPlan,
        {"--format", {"DẠNG", "FORMAT"}, {"cách in kết quả", "how results are printed"},
         "text json", Complete::none, 0, "text"},
        {"--strict", {}, {"coi cảnh báo là lỗi (exit 1)", "treat warnings as errors (exit 1)"}},
        kLang,
        kJobs},
       run_validate},
      {"compile",
       {"tổng hợp báo cáo của phòng", "compile the office report"},
       {{"PATH", {"ĐƯỜNG_DẪN", "PATH"},
         {"tệp hoặc thư mục báo cáo của các trường", "the schools' files or folders"},
         nullptr, Complete::yaml, kRequired | kRepeated},
        kConfig,
        kPlan,
        {"-o,--output", {"TỆP_RA", "OUT"},
         {"tệp báo cáo, định dạng theo đuôi tệp (các đuôi như --format), hoặc - (đầu ra chuẩn); được nhắc lại",
          "the report file, its format from its extension (those of --format), or - (standard output); "
          "may be repeated"},
         nullptr, Complete::file, kRequired | kRepeated},
        {"--format", {"ĐỊNH_DẠNG", "FORMAT"},
         {"định dạng của mọi tệp ra, thay cho đuôi tệp", "the format of every output, instead of its extension"},
         format_names()},
        {"--template", {"THƯ_MỤC", "FOLDER"},
         {"thư mục mẫu thay cho mẫu có sẵn, tệp nào có thì dùng tệp đó: words/vi.yaml, words/en.yaml (lời văn, "
          "ghi đè từng lời lên lời có sẵn), report.md.mustache, report.html.mustache, report.docx.mustache (khung "
          "của từng định dạng), shared/ (phần dùng chung, shared/docx-styles.xml); vi/, en/ như cũ (mẫu có sẵn lời)",
          "a folder of templates, each file in it used instead of the built-in one: words/vi.yaml, words/en.yaml "
          "(the words, each over the built-in word of its name), report.md.mustache, report.html.mustache, "
          "report.docx.mustache (each format's skeleton), shared/ (parts of both, shared/docx-styles.xml); vi/, en/ "
          "as before (templates with their words written in)"},
         nullptr, Complete::folder},
        {"--previous", {"TỆP", "FILE"},
         {"báo cáo .json của kỳ trước (do baocao ghi): mỗi số liệu so sánh tăng, giảm",
          "the previous period's .json report (written by baocao): each figure compared"},
         nullptr, Complete::file},
        {"--units", {"TỆP", "FILE"},
         {"bảng chuyển đổi xã cũ -> xã mới: thêm bảng số liệu theo xã sau sắp xếp",
          "old commune -> new commune: a table by commune as now, too"},
         nullptr, Complete::file},
        {"--strict", {},
         {"không ghi gì nếu có trường chưa nộp hoặc có lỗi", "write nothing if a school is missing or invalid"}},
        {"--schema", {},
         {"in JSON Schema của báo cáo JSON (có format_version) rồi thoát",
          "print the JSON report's JSON Schema (with format_version) and exit"},
         nullptr, Complete::none, 0, nullptr, 0, print_report_schema},
        kLang,
        kJobs},
       run_compile},
      {"init",
       {"tạo biểu mẫu trắng cho một trường", "write a blank form for one school"},
       {{"--school", {"MÃ", "CODE"}, {"mã trường trong danh sách của phòng", "the school's code on the office roster"},
         nullptr, Complete::none, kRequired},
        kConfig,
        kPlan,
        {"-o,--output", {"TỆP", "FILE"},
         {"tệp để ghi (mặc định: in ra màn hình)", "the file to write (default: printed on the screen)"},
         nullptr, Complete::file},
        {"--force", {}, {"ghi đè tệp đã có", "overwrite an existing file"}},
        kLang},
       run_init},
      {"form",
       {"ghi trang nhập liệu của trường (một tệp HTML dùng không cần mạng)",
        "write the school's offline page (one HTML file)"},
       {{"--school", {"MÃ", "CODE"},
         {"mã trường; bỏ trống thì trang cho chọn trường trong danh sách",
          "the school's code; without it the page offers the roster"},
         nullptr, Complete::none},
        kConfig,
        kPlan,
        {"-o,--output", {"TỆP", "FILE"}, {"tệp .html để ghi", "the .html file to write"}, nullptr, Complete::file,
         kRequired},
        kLang},
       run_form},
      {"plan",
       {"liệt kê yêu cầu của kế hoạch", "list the plan's requirements"},
       {kPlan,
        {"--format", {"DẠNG", "FORMAT"}, {"cách in", "how it is printed"}, "text json",
         Complete::none, 0, "text"},
        {"--export", {}, {"in tệp kế hoạch để làm mẫu cho kế hoạch mới", "print the plan file, to start a new plan from"}},
        {"--schema", {},
         {"in JSON Schema của biểu mẫu (cho VS Code và trình soạn thảo có YAML language server)",
          "print the form's JSON Schema (for VS Code and editors with a YAML language server)"}},
        kLang},
       run_plan},
      {"rollup",
       {"tổng hợp báo cáo JSON của các đơn vị thành báo cáo của cấp trên",
        "roll the units' JSON reports up into the higher office's report"},
       {{"REPORT", {"BÁO_CÁO", "REPORT"}, {"báo cáo .json của các đơn vị", "the units' .json reports"}, nullptr,
         Complete::file, kRequired | kRepeated},
        kConfig,
        kPlan,
        {"-o,--output", {"TỆP_RA", "OUT"}, {"tệp báo cáo, định dạng theo đuôi tệp (.json giữ số liệu từng trường để tổng hợp tiếp; .docx, .pdf, .xlsx, .html, .md như compile), hoặc - (JSON ra đầu ra chuẩn); được nhắc lại",
          "the report file, its format from its extension (.json keeps every school's values for the next roll-up; "
          ".docx, .pdf, .xlsx, .html, .md as compile writes them), or - (JSON on standard output); may be repeated"},
         nullptr, Complete::file, kRequired | kRepeated},
        {"--previous", {"TỆP", "FILE"},
         {"bản tổng hợp kỳ trước: so sánh số liệu; trường của đơn vị chưa gửi",
          "the previous period's roll-up: figures compared; the schools of a unit that sent nothing"},
         nullptr, Complete::file},
        {"--units", {"TỆP", "FILE"},
         {"bảng chuyển đổi xã cũ -> xã mới: số liệu theo xã khi đó và nay",
          "old commune -> new commune: figures by commune as then and as now"},
         nullptr, Complete::file},
        kLang},
       run_rollup},
  };
  return table;
}

const std::vector<FormatRow>& report_formats() {
  static const std::vector<FormatRow> table = {
      {"md", {"Markdown", "Markdown"}},
      {"html", {"HTML một tệp, in ra A4", "one HTML file, printable on A4"}},
      {"json", {"JSON cho chương trình khác", "JSON for other programs"}},
      {"docx", {"Word, sửa tiếp được", "Word, still editable"}},
      {"pdf", {"PDF, in bằng trình duyệt Chromium, Chrome hoặc Edge có trên máy",
               "PDF, printed by a Chromium, Chrome or Edge browser on the machine"}},
      {"xlsx", {"Excel: số liệu từng trường", "Excel: every school's figures"}},
  };
  return table;
}

const std::vector<EnvRow>& environment_variables() {
  static const std::vector<EnvRow> table = {
      {"NO_COLOR", {"nếu có, không tô màu thông báo (màu chỉ dùng khi in ra màn hình)",
                    "when set, messages are not coloured (colour is used on a terminal only)"}},
      {"BAOCAO_BROWSER", {"trình duyệt để in PDF (đường dẫn hoặc tên trên PATH), thay cho trình duyệt tự tìm",
                          "the browser that prints PDF (a path or a name on PATH), instead of the one found"}},
  };
  return table;
}

const CommandRow* find_command(std::string_view name) {
  for (const CommandRow& c : commands())
    if (name == c.name) return &c;
  return nullptr;
}

std::string_view OptionRow::key() const {
  std::string_view all = names;
  std::size_t comma = all.rfind(',');
  return comma == std::string_view::npos ? all : all.substr(comma + 1);
}

std::vector<std::string_view> OptionRow::choice_list() const {
  std::vector<std::string_view> list;
  if (!choices) return list;
  std::string_view all = choices;
  while (!all.empty()) {
    std::size_t space = all.find(' ');
    list.push_back(all.substr(0, space));
    if (space == std::string_view::npos) break;
    all.remove_prefix(space + 1);
  }
  return list;
}

const std::vector<std::string>& Args::values(std::string_view key) const {
  static const std::vector<std::string> none;
  auto it = given.find(key);
  return it == given.end() ? none : it->second;
}

std::string Args::value(std::string_view key) const {
  const std::vector<std::string>& v = values(key);
  if (!v.empty()) return v.back();
  if (command)
    for (const OptionRow& o : command->options)
      if (o.key() == key && o.default_value) return o.default_value;
  return {};
}

bool Args::flag(std::string_view key) const { return given.count(key) > 0; }

unsigned Args::number(std::string_view key, unsigned otherwise) const {
  const std::vector<std::string>& v = values(key);
  return v.empty() ? otherwise : static_cast<unsigned>(std::strtoul(v.back().c_str(), nullptr, 10));
}

Lang lang_of_arguments(int argc, const char* const* argv) {
  Lang lang = Lang::vi;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    std::optional<Lang> l;
    if (a == "--lang" && i + 1 < argc) l = parse_lang(argv[++i]);
    else if (a.substr(0, 7) == "--lang=") l = parse_lang(a.substr(7));
    if (l) lang = *l;
  }
  return lang;
}

}  // namespace baocao
