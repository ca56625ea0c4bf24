// The baseline of the compile benchmark: yaml-cpp's event parser alone over
// the same files, with the same thread count, doing nothing with the events.
//   yaml_parse -j N FILE...   (or a folder: every *.yaml under it)
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct Ignore : YAML::EventHandler {
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

int main(int argc, char** argv) {
  unsigned jobs = std::thread::hardware_concurrency();
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-j" && i + 1 < argc) {
      jobs = static_cast<unsigned>(std::stoi(argv[++i]));
    } else if (std::filesystem::is_directory(a)) {
      for (const auto& e : std::filesystem::recursive_directory_iterator(a))
        if (e.path().extension() == ".yaml" && e.path().filename() != "baocao.yaml") files.push_back(e.path());
    } else {
      files.push_back(a);
    }
  }
  std::atomic<std::size_t> next{0}, events_ok{0};
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < std::max(1u, jobs); ++t)
    pool.emplace_back([&] {
      for (std::size_t i = next++; i < files.size(); i = next++) {
        std::ifstream in(files[i], std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        std::istringstream text(ss.str());
        YAML::Parser parser(text);
        Ignore ignore;
        try {
          while (parser.HandleNextDocument(ignore)) {}
          ++events_ok;
        } catch (const std::exception&) {
        }
      }
    });
  for (auto& t : pool) t.join();
  std::printf("parsed %zu of %zu files\n", events_ok.load(), files.size());
  return 0;
}
