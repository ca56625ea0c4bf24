// Writes a synthetic office for benchmarks: DIR/baocao.yaml with N roster
// schools and DIR/nop/ with one realistic school file each (5-10 lessons and
// 5-10 activities, Vietnamese text, both date orders). Deterministic: the same
// N gives the same bytes.
//   generate_office DIR N
#include <fmt/format.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

struct Rng {
  std::uint64_t s;
  std::uint32_t next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(s >> 33);
  }
  int in(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint32_t>(hi - lo + 1)); }
  template <typename T>
  const T& pick(const std::vector<T>& v) { return v[next() % v.size()]; }
};

const std::vector<std::string> kCommunes = {"Vân Hồ", "Chiềng Khoa", "Chiềng Xuân", "Chiềng Yên", "Liên Hòa",
                                            "Lóng Luông", "Mường Men", "Mường Tè", "Quang Minh", "Song Khủa",
                                            "Suối Bàng", "Tân Xuân", "Tô Múa", "Xuân Nha"};
const std::vector<std::string> kNames = {"Lò Thị Hoa", "Hà Văn Tuấn", "Vì Thị Mai", "Giàng A Pà", "Đinh Thị Thảo",
                                         "Nguyễn Văn Sơn", "Mùa Thị Dung", "Lường Văn Chính"};
const std::vector<std::string> kSubjects = {"Giáo dục công dân", "Đạo đức", "Sinh học", "Hoạt động trải nghiệm",
                                            "Ngữ văn", "Tự nhiên và Xã hội"};
const std::vector<std::string> kTitles = {"Phòng, chống tệ nạn xã hội", "Em biết tự bảo vệ mình",
                                          "Tác hại của ma túy", "Phòng tránh xâm hại, mua bán người",
                                          "HIV/AIDS và cách phòng tránh", "Sống lành mạnh"};
const std::vector<std::string> kForms = {"chao_co", "sinh_hoat_lop", "ngoai_khoa", "trai_nghiem", "hop_phu_huynh",
                                         "pano_ap_phich", "phat_thanh", "cuoc_thi", "san_khau_hoa", "truc_tuyen"};
const std::vector<std::string> kPartners = {"doan_thanh_nien", "doi_thieu_nien", "cong_doan", "cong_an", "y_te",
                                            "hoi_phu_nu", "cha_me_hs"};
const std::vector<std::string> kTopics = {"mai_dam", "ma_tuy", "hiv_aids", "mua_ban_nguoi", "toi_pham",
                                          "ky_nang_song"};

std::string date(Rng& r) {
  int m = r.in(1, 12), d = r.in(1, 28);
  return r.in(0, 1) ? fmt::format("{:02}/{:02}/2024", d, m) : fmt::format("2024-{:02}-{:02}", m, d);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: generate_office DIR N\n");
    return 2;
  }
  std::filesystem::path dir = argv[1];
  int n = std::stoi(argv[2]);
  std::filesystem::create_directories(dir / "nop");
  Rng rng{20241215};
  std::string roster =
      "office: {parent: UBND TỈNH SƠN LA, name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, abbrev: SGDĐT, place: Sơn La}\n"
      "report: {date: 2024-12-15, deadline: 2024-12-10, recipients: [\"Bộ GD&ĐT (b/c)\", \"Lưu: VT\"]}\n"
      "signer: {title: GIÁM ĐỐC, name: Nguyễn Văn A}\nschools:\n";
  for (int i = 0; i < n; ++i) {
    std::string code = fmt::format("S{:05}", i);
    const std::string& commune = rng.pick(kCommunes);
    roster += fmt::format("  - {{code: {}, name: Trường THCS số {} {}, level: thcs, commune: {}{}}}\n", code, i, commune,
                          commune, i % 7 == 0 ? ", areas: [bien_gioi]" : "");
    int staff = rng.in(15, 80), students = rng.in(100, 900);
    std::string f = fmt::format(
        "plan: pcmd-2024\nschool:\n  code: {}\n  name: Trường THCS số {} {}\nprepared:\n  by: {}\n"
        "  position: Phó Hiệu trưởng\n  phone: 0912 {:03} {:03}\n  date: {:02}/12/2024\n"
        "staff:\n  total: {}\n  informed: {}\nstudents:\n  total: {}\n  reached: {}\n"
        "school_plan:\n  issued: có\n  number: {}/KH-THCS\n  date: 15/04/2024\n"
        "  integrated_with: [nong_thon_moi, giam_ngheo]\ncommunication_program: có\n"
        "focal_persons:\n  - name: {}\n    role: Tổng phụ trách Đội\nlessons:\n",
        code, i, commune, rng.pick(kNames), rng.in(100, 999), rng.in(100, 999), rng.in(1, 12), staff,
        staff - rng.in(0, 1), students, students - rng.in(0, 3), rng.in(1, 99), rng.pick(kNames));
    for (int k = 0, m = rng.in(5, 10); k < m; ++k)
      f += fmt::format(
          "  - subject: {}\n    grade: {}\n    title: {}\n    date: {}\n    periods: {}\n    students: {}\n"
          "    topics: [{}, {}]\n",
          rng.pick(kSubjects), rng.in(6, 9), rng.pick(kTitles), date(rng), rng.in(1, 2), rng.in(20, 45),
          rng.pick(kTopics), rng.pick(kTopics));
    f += "activities:\n";
    for (int k = 0, m = rng.in(5, 10); k < m; ++k)
      f += fmt::format(
          "  - form: {}\n    title: Tuyên truyền lần {}\n    date: {}\n"
          "    partners: [{}]\n    participants: {{staff: {}, students: {}, parents: {}}}\n    topics: [{}, {}]\n",
          rng.pick(kForms), k + 1, date(rng), rng.pick(kPartners), rng.in(1, staff), rng.in(1, students),
          rng.in(0, 200), rng.pick(kTopics), rng.pick(kTopics));
    f += fmt::format(
        "training:\n  - title: Tập huấn công tác phòng, chống tệ nạn xã hội\n    organizer: Sở LĐTBXH\n"
        "    date: {}\n    attendees: {}\nmovement_integrated: có\nassessment:\n"
        "  proposals: Đề nghị cấp thêm tài liệu tuyên truyền.\n",
        date(rng), rng.in(1, 5));
    std::ofstream(dir / "nop" / (code + ".yaml"), std::ios::binary) << f;
  }
  std::ofstream(dir / "baocao.yaml", std::ios::binary) << roster;
  return 0;
}
