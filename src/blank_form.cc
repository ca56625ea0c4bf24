#include "blank_form.h"

#include <fmt/format.h>

namespace baocao {

const char* const kPreparedByPlaceholder = "Họ và tên người lập";

namespace {

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// "code (label); code (label)" wrapped as YAML comment lines.
std::string code_comment(const Vocabulary& v, const std::string& indent) {
  std::string out, line = indent + "#   ";
  for (std::size_t i = 0; i < v.terms().size(); ++i) {
    std::string item = fmt::format("{} ({}){}", v.terms()[i].code, v.terms()[i].vi, i + 1 < v.terms().size() ? ";" : "");
    if (line.size() + item.size() > 100 && line.size() > indent.size() + 4) {
      out += line + "\n";
      line = indent + "#   ";
    }
    line += item + " ";
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return out + line + "\n";
}

}  // namespace

std::string blank_form(const Plan& plan, const RosterEntry& school, const Office& office) {
  Date date = office.deadline ? *office.deadline : plan.to;
  std::string o;
  auto first_code = [&](const char* vocab) {
    const auto& terms = plan.vocabulary(vocab).terms();
    return terms.empty() ? std::string("khac") : terms[0].code;
  };
  o += fmt::format("# Báo cáo kết quả thực hiện {} — {}\n", plan.subject.vi, school.name);
  o += fmt::format("# Theo: {}\n", plan.title.vi);
  o += "# Điền vào sau mỗi dấu hai chấm; giữ nguyên tên khóa (bên trái) và thụt lề.\n";
  o += "# Ngày viết 03/04/2024 (ngày/tháng/năm) hoặc 2024-04-03. Số viết liền: 1200, không 1.200.\n";
  o += "# Có/không viết: có, không. Kiểm tra trước khi nộp: baocao validate <tệp này>\n\n";
  o += fmt::format("plan: {}  # mã kế hoạch, không sửa\n\n", plan.id);
  o += "school:\n";
  o += fmt::format("  code: {}  # mã trường, không sửa\n", quoted(school.code));
  o += fmt::format("  name: {}  # tên trường\n\n", quoted(school.name));
  o += "prepared:\n";
  o += fmt::format("  by: {}  # người lập báo cáo (bắt buộc)\n", quoted(kPreparedByPlaceholder));
  o += "  position:  # chức vụ\n";
  o += "  phone:  # số điện thoại, ví dụ 0212 3870 123\n";
  o += fmt::format("  date: {}  # ngày lập báo cáo (sửa cho đúng)\n\n", date.vi());
  o += "staff:\n";
  o += "  total: 0  # tổng số cán bộ, giáo viên, nhân viên\n";
  o += fmt::format("  informed: 0  # số CB, GV, NV được quán triệt, phổ biến pháp luật về {}\n\n", plan.abbrev);
  o += "students:\n";
  o += "  total: 0  # tổng số học sinh (trẻ)\n";
  o += "  reached: 0  # số học sinh được tuyên truyền, phổ biến\n\n";
  o += "school_plan:\n";
  o += fmt::format("  issued: không  # trường đã ban hành kế hoạch {} chưa (có/không)\n", plan.abbrev);
  o += "  number:  # số, ký hiệu kế hoạch, ví dụ 15/KH-THCS (bắt buộc nếu đã ban hành)\n";
  o += "  date:  # ngày ban hành (bắt buộc nếu đã ban hành)\n";
  o += "  integrated_with: []  # lồng ghép với chương trình mục tiêu quốc gia, mã:\n";
  o += code_comment(plan.vocabulary("program"), "  ");
  o += "\n";
  o += fmt::format("communication_program: không  # đã xây dựng chương trình, nội dung truyền thông, phổ biến GDPL về {}\n\n",
                   plan.abbrev);
  o += "# CB, GV được phân công phụ trách tuyên truyền. Ví dụ:\n";
  o += "#   - name: Nguyễn Thị B\n";
  o += "#     role: Phó hiệu trưởng\n";
  o += "focal_persons: []\n\n";
  o += fmt::format("# Tiết dạy, giờ giảng có lồng ghép nội dung {}, mỗi tiết một mục. Ví dụ:\n", plan.abbrev);
  o += "#   - subject: Giáo dục công dân  # môn học / hoạt động giáo dục\n";
  o += "#     grade: 8  # khối lớp (1–12, không bắt buộc)\n";
  o += "#     title: Phòng, chống tệ nạn xã hội  # tên bài, chủ đề\n";
  o += fmt::format("#     date: {}  # ngày dạy, trong năm kế hoạch\n", plan.from.vi());
  o += "#     periods: 1  # số tiết (mặc định 1)\n";
  o += "#     students: 35  # số học sinh tham gia\n";
  o += fmt::format("#     topics: [{}]  # nội dung lồng ghép, mã:\n", first_code("topic"));
  o += code_comment(plan.vocabulary("topic"), "");
  o += "lessons: []\n\n";
  o += "# Hoạt động tuyên truyền, ngoại khóa, trải nghiệm. Ví dụ:\n";
  o += fmt::format("#   - form: {}  # hình thức, mã:\n", first_code("form"));
  o += code_comment(plan.vocabulary("form"), "");
  o += fmt::format("#     title: Tuyên truyền {}  # tên hoạt động\n", plan.subject.vi);
  o += fmt::format("#     date: {}\n", plan.from.vi());
  o += fmt::format("#     partners: [{}]  # đơn vị phối hợp, mã:\n", first_code("partner"));
  o += code_comment(plan.vocabulary("partner"), "");
  o += "#     participants: {staff: 20, students: 300, parents: 0, others: 0}  # số lượt tham gia\n";
  o += fmt::format("#     topics: [{}]  # nội dung\n", first_code("topic"));
  o += "activities: []\n\n";
  o += "# CB, GV dự tập huấn, bồi dưỡng. Ví dụ:\n";
  o += fmt::format("#   - title: Tập huấn {}\n", plan.subject.vi);
  o += "#     organizer: Phòng LĐTBXH huyện  # đơn vị tổ chức (không bắt buộc)\n";
  o += fmt::format("#     date: {}\n", plan.from.vi());
  o += "#     attendees: 2  # số CB, GV tham dự\n";
  o += "training: []\n\n";
  o += "movement_integrated: không  # lồng ghép với phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\"\n\n";
  o += "assessment:\n";
  o += "  strengths:  # ưu điểm\n";
  o += "  limitations:  # tồn tại, hạn chế\n";
  o += "  proposals:  # đề xuất, kiến nghị\n";
  return o;
}

}  // namespace baocao
