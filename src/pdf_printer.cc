#include "pdf_printer.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <cctype>

#include "atomic_write.h"
#include "platform.h"

namespace baocao {

namespace fs = std::filesystem;

namespace {

// A first start of Chromium on a slow machine takes seconds; a province's
// appendix of thousands of rows takes longer to lay out.
constexpr std::chrono::minutes kPrintTimeout{5};

std::string file_url(const fs::path& p) {
  std::string url = "file://";
  for (unsigned char c : p.generic_string()) {
    bool plain = std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~' || c == ':';
    url += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  return url;
}

}  // namespace

std::string print_pdf(const std::string& html, const std::string& browser, Lang lang, std::string* error) {
  std::optional<std::string> tmp = platform::make_temp_dir("baocao-pdf");
  if (!tmp) {
    *error = say(lang, "PDF: không tạo được thư mục tạm", "PDF: can't make a temporary folder");
    return {};
  }
  fs::path dir = platform::fs_path(*tmp);
  struct Cleanup {
    fs::path dir;
    ~Cleanup() {
      std::error_code e;
      fs::remove_all(dir, e);
    }
  } cleanup{dir};
  fs::path page = dir / "report.html", pdf = dir / "report.pdf";
  if (std::string err = write_atomically(page.string(), html); !err.empty()) {
    *error = "PDF: " + err;
    return {};
  }
  std::string err = platform::run_program({browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 // off the network: no updates, sync, metrics or first-run pages
                                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                 "--disable-default-apps", "--disable-extensions", "--no-first-run",
                                 "--no-default-browser-check", "--disable-quic", "--metrics-recording-only",
                                 "--user-data-dir=" + (dir / "profile").string(),
                                 "--print-to-pdf=" + pdf.string(), file_url(page)},
                                kPrintTimeout);
  std::ifstream in(pdf, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string out = bytes.str();
  if (out.compare(0, 5, "%PDF-") != 0) {
    *error = say(lang, "PDF: trình duyệt {} không in được báo cáo ({})", "PDF: the browser {} did not print the report ({})",
                 browser, err.empty() ? say(lang, "không có tệp PDF", "no PDF file") : err);
    return {};
  }
  return out;
}

}  // namespace baocao
