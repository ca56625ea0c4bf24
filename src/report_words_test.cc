#include "report_words.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "resources.h"

using namespace baocao;

namespace {

// A --template folder of its own, removed at the end of the test.
struct Folder {
  std::filesystem::path path;
  Folder() {
    path = std::filesystem::temp_directory_path() / ("baocao-words-" + std::to_string(std::rand()));
    std::filesystem::create_directories(path / "words");
  }
  ~Folder() { std::filesystem::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::filesystem::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << text;
  }
  std::string str() const { return path.string(); }
};

std::vector<std::string> codes(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const Diagnostic& x : d.items()) out.push_back(x.code);
  return out;
}

}  // namespace

TEST_CASE("the built-in words: every word a built-in template says is in Vietnamese, and English has no other") {
  WordMap vi = builtin_words(Lang::vi), en = builtin_words(Lang::en);
  CHECK(vi.size() > 50);
  for (const auto& [name, text] : en) CHECK_MESSAGE(vi.count(name), name);
  for (const EmbeddedFile* f = kEmbeddedFiles; f->path; ++f) {
    std::string_view path = f->path;
    if (path.substr(0, 10) != "templates/" || !path.ends_with(".mustache")) continue;
    for (const auto& [name, at] : words_used(std::string_view(f->data, f->size)))
      CHECK_MESSAGE(vi.count(name), path, ": ", name);
  }
  for (const WordMap* words : {&vi, &en})
    for (const auto& [name, text] : *words)
      for (const auto& [used, at] : words_used(text)) CHECK_MESSAGE(vi.count(used), name, ": ", used);
}

TEST_CASE("a word English does not have is said in Vietnamese") {
  Folder dir;
  dir.write("words/en.yaml", "title: \"MY REPORT\"\n");
  WordMap en = report_words(Lang::en, dir.str());
  CHECK(en.at("title") == "MY REPORT");
  CHECK(en.at("heading-results") == "RESULTS BY TASK");
  dir.write("words/vi.yaml", "brand-new: \"Lời mới\"\n");
  en = report_words(Lang::en, dir.str());
  CHECK(en.at("brand-new") == "Lời mới");  // only in Vietnamese: the fallback
  CHECK(en.at("title") == "MY REPORT");
  CHECK(report_words(Lang::vi, dir.str()).at("title") == "BÁO CÁO");
}

TEST_CASE("a folder's words file merges over the built-in words") {
  Folder dir;
  dir.write("words/vi.yaml", "# one word of the office's own\nheading-results: \"KẾT QUẢ\"\n");
  WordMap vi = report_words(Lang::vi, dir.str()), builtin = builtin_words(Lang::vi);
  CHECK(vi.at("heading-results") == "KẾT QUẢ");
  CHECK(vi.size() == builtin.size());
  for (const auto& [name, text] : builtin)
    if (name != "heading-results") CHECK_MESSAGE(vi.at(name) == text, name);
  // The English report keeps its own word: the office changed the Vietnamese one.
  CHECK(report_words(Lang::en, dir.str()).at("heading-results") == "RESULTS BY TASK");
}

TEST_CASE("a word is escaped for its format, its tags left as they are") {
  const std::string word = "A & B <i> [x] *y* {{#a}}{{x}}{{/a}} {{{raw}}} it's \"q\" {{>w-school-names}}";
  CHECK(escape_word(word, ReportFormat::html) ==
        "A &amp; B &lt;i&gt; [x] *y* {{#a}}{{x}}{{/a}} {{{raw}}} it's \"q\" {{>w-school-names}}");
  CHECK(escape_word(word, ReportFormat::docx) ==
        "A &amp; B &lt;i&gt; [x] *y* {{#a}}{{x}}{{/a}} {{{raw}}} it's \"q\" {{>w-school-names}}");
  CHECK(escape_word(word, ReportFormat::md) ==
        "A & B \\<i\\> \\[x\\] \\*y\\* {{#a}}{{x}}{{/a}} {{{raw}}} it's \"q\" {{>w-school-names}}");
  CHECK(escape_word("{{a_b}}", ReportFormat::md) == "{{a_b}}");  // no backslash inside a tag
  CHECK(escape_word("", ReportFormat::md).empty());
}

TEST_CASE("the names of the words a text says") {
  auto used = words_used("# {{>w-title}} {{> w-x }} {{>office-text}}");
  REQUIRE(used.size() == 2);
  CHECK(used[0] == std::pair<std::string, std::size_t>{"title", 2});
  CHECK(used[1].first == "x");
}

TEST_CASE("a words file that is not a mapping of texts: E303 at its place") {
  Diagnostics d(Lang::en);
  WordMap words;
  read_words(SourceFile("w.yaml", "- a\n- b\n"), d, words);
  CHECK(codes(d) == std::vector<std::string>{"E303"});
  CHECK(words.empty());

  Diagnostics d2(Lang::en);
  WordPlaces places;
  read_words(SourceFile("w.yaml", "title: \"T\"\nmotto:\n  a: b\nBad_Name: x\nempty:\nnone: \"\"\n"), d2, words, &places);
  CHECK(codes(d2) == std::vector<std::string>{"E303", "E303", "E303"});
  CHECK(d2.items()[0].key == "motto");
  CHECK(d2.items()[1].key == "Bad_Name");
  CHECK(d2.items()[2].key == "empty");
  CHECK(words == WordMap{{"title", "T"}, {"none", ""}});
  CHECK(places.at("title") == 0);
}

TEST_CASE("a template folder's mistakes are found before anything is written") {
  Folder dir;
  PrintStyle style{Lang::en, false};
  bool failed = false;
  CHECK(check_templates(dir.str(), style, &failed).empty());
  CHECK_FALSE(failed);

  dir.write("words/vi.yaml", "heading-resutls: \"X\"\n");
  std::string out = check_templates(dir.str(), style, &failed);
  CHECK(failed);
  CHECK(out.find("words/vi.yaml:1:1: error[E303]: no template says the word `heading-resutls`") != std::string::npos);
  CHECK(out.find("did you mean `heading-results`?") != std::string::npos);

  Folder own;
  own.write("report.md.mustache", "# {{>w-title}}\n\n{{>w-my-word}}\n");
  failed = false;
  out = check_templates(own.str(), style, &failed);
  CHECK(failed);
  CHECK(out.find("report.md.mustache:3:1: error[E303]: no Vietnamese word `my-word`") != std::string::npos);
  own.write("words/en.yaml", "my-word: \"Mine\"\n");  // English alone is not enough
  failed = false;
  CHECK(check_templates(own.str(), style, &failed).find("no Vietnamese word `my-word`") != std::string::npos);
  own.write("words/vi.yaml", "my-word: \"Của tôi\"\n");
  failed = false;
  CHECK(check_templates(own.str(), style, &failed).empty());
  CHECK_FALSE(failed);

  own.write("words/vi.yaml", "my-word: \"{{#has_date}}Của tôi\"\n");
  failed = false;
  out = check_templates(own.str(), style, &failed);
  CHECK(failed);
  CHECK(out.find("unmatched {{#has_date}}") != std::string::npos);
}
