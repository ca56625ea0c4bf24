#include "form.h"

#include <fmt/format.h>

#include <unordered_map>

namespace baocao {

namespace {

using K = FieldKind;
using N = Need;

// Form v1 (docs/contract.md §1). Rows are in the order of the blank form; a section or
// list comes before the fields inside it.
FormField row(std::string_view path, FieldKind kind, Need need, FieldLabel label, std::string_view comment,
              std::string_view example) {
  FormField f;
  f.path = path;
  f.kind = kind;
  f.need = need;
  f.label = label;
  f.comment = comment;
  f.example = example;
  return f;
}

std::vector<FormField> table() {
  std::vector<FormField> t = {
      row("plan", K::text, N::required, {"mã kế hoạch", "plan id"}, "mã kế hoạch, không sửa", ""),
      row("school", K::section, N::required, {"trường", "school"}, "", ""),
      row("school.code", K::text, N::required, {"mã trường", "school code"}, "mã trường, không sửa", ""),
      row("school.name", K::text, N::required, {"tên trường", "school name"}, "tên trường", ""),
      row("prepared", K::section, N::required, {"người lập báo cáo", "prepared by"}, "", ""),
      row("prepared.by", K::text, N::required, {"người lập báo cáo", "name of the person preparing the report"},
       "người lập báo cáo (bắt buộc)", ""),
      row("prepared.position", K::text, N::optional, {"chức vụ", "position"}, "chức vụ", ""),
      row("prepared.phone", K::phone, N::optional, {"số điện thoại", "phone number"},
       "số điện thoại, ví dụ 0212 3870 123", ""),
      row("prepared.date", K::date, N::required, {"ngày lập báo cáo", "date of the report"},
       "ngày lập báo cáo (sửa cho đúng)", ""),
      row("staff", K::section, N::required, {"cán bộ, giáo viên, nhân viên", "staff"}, "", ""),
      row("staff.total", K::count, N::required, {"tổng số CB, GV, NV", "total staff"},
       "tổng số cán bộ, giáo viên, nhân viên", ""),
      row("staff.informed", K::count, N::required, {"số CB, GV, NV được quán triệt", "staff briefed"},
       "số CB, GV, NV được quán triệt, phổ biến pháp luật về {abbrev}", ""),
      row("students", K::section, N::required, {"học sinh (trẻ)", "students (children)"}, "", ""),
      row("students.total", K::count, N::required, {"tổng số học sinh (trẻ)", "total students (children)"}, "tổng số học sinh (trẻ)", ""),
      row("students.reached", K::count, N::required, {"số học sinh (trẻ) được tuyên truyền", "students (children) reached"},
       "số học sinh (trẻ) được tuyên truyền, phổ biến", ""),
      row("school_plan", K::section, N::required, {"kế hoạch của trường", "school plan"}, "", ""),
      row("school_plan.issued", K::flag, N::required, {"đã ban hành kế hoạch", "school plan issued"},
       "trường đã ban hành kế hoạch {abbrev} chưa (có/không)", ""),
      row("school_plan.number", K::text, N::when_flag, {"số, ký hiệu kế hoạch", "plan number"},
       "số, ký hiệu kế hoạch, ví dụ 15/KH-THCS (bắt buộc nếu đã ban hành)", "15/KH-THCS"),
      row("school_plan.date", K::date, N::when_flag, {"ngày ban hành", "plan date"},
       "ngày ban hành (bắt buộc nếu đã ban hành)", "15/04/2024"),
      row("school_plan.integrated_with", K::codes, N::optional, {"chương trình được lồng ghép", "integrated programmes"},
       "lồng ghép với chương trình mục tiêu quốc gia", ""),
      row("communication_program", K::flag, N::required, {"chương trình truyền thông", "communication programme"},
       "đã xây dựng chương trình, nội dung truyền thông, phổ biến GDPL về {abbrev}", ""),
      row("focal_persons", K::list, N::optional, {"CB, GV phụ trách tuyên truyền", "focal persons"},
       "CB, GV được phân công phụ trách tuyên truyền, mỗi người một mục", ""),
      row("focal_persons[].name", K::text, N::required, {"họ và tên", "name"}, "họ và tên", "Nguyễn Thị B"),
      row("focal_persons[].role", K::text, N::required, {"chức vụ, nhiệm vụ", "role"}, "chức vụ", "Phó hiệu trưởng"),
      row("lessons", K::list, N::optional, {"tiết dạy lồng ghép", "lessons"},
       "tiết dạy, giờ giảng có lồng ghép nội dung {abbrev}, mỗi tiết một mục", ""),
      row("lessons[].subject", K::text, N::required, {"môn học", "subject"}, "môn học / hoạt động giáo dục",
       "Giáo dục công dân"),
      row("lessons[].grade", K::count, N::optional, {"khối lớp", "grade"}, "khối lớp (1–12, không bắt buộc)", "8"),
      row("lessons[].title", K::text, N::required, {"tên bài, chủ đề", "title"}, "tên bài, chủ đề",
       "Phòng, chống tệ nạn xã hội"),
      row("lessons[].date", K::date, N::required, {"ngày dạy", "date"}, "ngày dạy, trong thời gian kế hoạch", "{from}"),
      row("lessons[].periods", K::count, N::optional, {"số tiết", "periods"}, "số tiết (mặc định 1)", "1"),
      row("lessons[].students", K::count, N::required, {"số học sinh (trẻ) tham gia", "students (children)"}, "số học sinh (trẻ) tham gia", "35"),
      row("lessons[].topics", K::codes, N::required, {"nội dung", "topics"}, "nội dung lồng ghép", "[{topic}]"),
      row("activities", K::list, N::optional, {"hoạt động", "activities"},
       "hoạt động tuyên truyền, ngoại khóa, trải nghiệm, mỗi hoạt động một mục", ""),
      row("activities[].form", K::code, N::required, {"hình thức", "form"}, "hình thức", "{form}"),
      row("activities[].title", K::text, N::required, {"tên hoạt động", "title"}, "tên hoạt động",
       "Tuyên truyền {subject}"),
      row("activities[].date", K::date, N::required, {"ngày tổ chức", "date"}, "ngày tổ chức", "{from}"),
      row("activities[].partners", K::codes, N::optional, {"đơn vị phối hợp", "partners"}, "đơn vị phối hợp",
       "[{partner}]"),
      row("activities[].participants", K::section, N::required, {"số lượt người tham gia", "participants"},
       "số lượt người tham gia", ""),
      row("activities[].participants.staff", K::count, N::optional, {"lượt CB, GV", "staff"}, "cán bộ, giáo viên", "20"),
      row("activities[].participants.students", K::count, N::optional, {"lượt học sinh (trẻ)", "students (children)"}, "học sinh (trẻ)",
       "300"),
      row("activities[].participants.parents", K::count, N::optional, {"lượt cha mẹ học sinh", "parents"},
       "cha mẹ học sinh", "0"),
      row("activities[].participants.others", K::count, N::optional, {"lượt người khác", "others"}, "khác", "0"),
      row("activities[].topics", K::codes, N::required, {"nội dung", "topics"}, "nội dung", "[{topic}]"),
      row("training", K::list, N::optional, {"lượt tập huấn", "trainings"}, "CB, GV dự tập huấn, bồi dưỡng, mỗi lớp một mục",
       ""),
      row("training[].title", K::text, N::required, {"tên lớp tập huấn", "title"}, "tên lớp tập huấn, bồi dưỡng",
       "Tập huấn {subject}"),
      row("training[].organizer", K::text, N::optional, {"đơn vị tổ chức", "organizer"},
       "đơn vị tổ chức (không bắt buộc)", "Phòng LĐTBXH huyện"),
      row("training[].date", K::date, N::required, {"ngày tập huấn", "date"}, "ngày tập huấn", "{from}"),
      row("training[].attendees", K::count, N::required, {"số CB, GV tham dự", "attendees"}, "số CB, GV tham dự", "2"),
      row("movement_integrated", K::flag, N::optional, {"lồng ghép phong trào", "movement integration"},
       "lồng ghép với phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"", ""),
      row("assessment", K::section, N::optional, {"tự đánh giá", "assessment"}, "", ""),
      row("assessment.strengths", K::text, N::optional, {"ưu điểm", "strengths"}, "ưu điểm", ""),
      row("assessment.limitations", K::text, N::optional, {"tồn tại, hạn chế", "limitations"}, "tồn tại, hạn chế", ""),
      row("assessment.proposals", K::text, N::optional, {"đề xuất, kiến nghị", "proposals"}, "đề xuất, kiến nghị", ""),
  };
  auto rule = [&](std::string_view path) -> FormField& {
    for (FormField& f : t)
      if (f.path == path) return f;
    throw std::logic_error(fmt::format("form table: no row {}", path));
  };
  // The rules, kept beside the rows they qualify.
  rule("plan").plan_id = true;
  rule("prepared.by").placeholder = "Họ và tên người lập";
  rule("staff.informed").at_most = "staff.total";
  rule("students.reached").at_most = "students.total";
  rule("school_plan.number").when = "school_plan.issued";
  rule("school_plan.date").when = "school_plan.issued";
  rule("school_plan.integrated_with").vocabulary = "program";
  rule("lessons[].grade").min = 1;
  rule("lessons[].grade").max = 12;
  rule("lessons[].date").in_period = true;
  rule("lessons[].periods").min = 1;
  rule("lessons[].periods").absent = 1;
  rule("lessons[].students").at_most = "students.total";
  rule("lessons[].topics").vocabulary = "topic";
  rule("lessons[].topics").non_empty = true;
  rule("activities[].form").vocabulary = "form";
  rule("activities[].date").in_period = true;
  rule("activities[].partners").vocabulary = "partner";
  rule("activities[].participants").positive_sum = true;
  rule("activities[].participants.students").at_most = "students.total";
  rule("activities[].topics").vocabulary = "topic";
  rule("activities[].topics").non_empty = true;
  rule("training[].date").in_period = true;
  rule("training[].attendees").min = 1;
  rule("training[].attendees").at_most = "staff.total";
  return t;
}

struct Form {
  std::vector<FormField> fields = table();
  std::unordered_map<std::string_view, std::size_t> by_path;
  std::vector<std::vector<const FormField*>> children;  // [parent + 1]
  std::vector<std::vector<std::string_view>> child_keys;
  std::vector<std::size_t> slots;  // [scope + 1]

  Form() {
    children.resize(fields.size() + 1);
    child_keys.resize(fields.size() + 1);
    slots.resize(fields.size() + 1);
    for (std::size_t i = 0; i < fields.size(); ++i) {
      FormField& f = fields[i];
      by_path[f.path] = i;
      std::size_t cut = f.path.rfind('.');
      std::string_view parent = cut == std::string_view::npos ? std::string_view() : f.path.substr(0, cut);
      f.key = cut == std::string_view::npos ? f.path : f.path.substr(cut + 1);
      if (!parent.empty()) {
        if (parent.size() > 2 && parent.substr(parent.size() - 2) == "[]") parent.remove_suffix(2);
        f.parent = static_cast<int>(by_path.at(parent));
        const FormField& p = fields[static_cast<std::size_t>(f.parent)];
        f.scope = p.kind == FieldKind::list ? f.parent : p.scope;
      }
      children[static_cast<std::size_t>(f.parent + 1)].push_back(&f);
      child_keys[static_cast<std::size_t>(f.parent + 1)].push_back(f.key);
      if (f.kind != FieldKind::section) f.slot = slots[static_cast<std::size_t>(f.scope + 1)]++;
    }
  }
};

const Form& form() {
  static const Form f;
  return f;
}

}  // namespace

const std::vector<FormField>& form_fields() { return form().fields; }

const FormField* form_field(std::string_view path) {
  auto it = form().by_path.find(path);
  return it == form().by_path.end() ? nullptr : &form().fields[it->second];
}

std::size_t field_index(const FormField& f) { return static_cast<std::size_t>(&f - form().fields.data()); }

const std::vector<const FormField*>& form_children(int parent) {
  return form().children[static_cast<std::size_t>(parent + 1)];
}

const std::vector<std::string_view>& form_child_keys(int parent) {
  return form().child_keys[static_cast<std::size_t>(parent + 1)];
}

std::size_t form_slots(int scope) { return form().slots[static_cast<std::size_t>(scope + 1)]; }

std::string form_comment(const FormField& f, std::string_view abbrev) {
  return fmt::format(fmt::runtime(f.comment), fmt::arg("abbrev", abbrev));
}

std::string field_name(std::string_view path, Lang lang) {
  const FormField* f = form_field(path);
  if (!f) return std::string(path);
  return fmt::format("{} ({})", f->label.in(lang), f->scope < 0 ? f->path : f->key);
}

std::string field_words(std::string_view key_path, Lang lang) {
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
    const FormField* f = form_field(path);
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
  const FormField* f = item_of ? item_of : form_field(path);
  if (!f) return {};
  std::string words(f->label.in(lang));
  if (item_of) where.back() = say(lang, "mục {}", "item {}", item);  // the list is named already
  if (where.empty()) return words;
  std::string places;
  for (const std::string& w : where) places += (places.empty() ? "" : "; ") + w;
  return words + " (" + places + ")";
}

}  // namespace baocao
