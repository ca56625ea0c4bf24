// The report's words, as pandoc keeps its translations: one file per
// language, templates/words/{vi,en}.yaml, a flat mapping `name: text`, and
// one skeleton per format (templates/report.{md,html,docx}.mustache) that
// says each word as the partial {{>w-NAME}}. A word is plain text that may
// hold mustache tags over the template data; markup stays in the skeleton.
#pragma once
#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "diagnostic.h"
#include "lang.h"
#include "report_render.h"
#include "source_file.h"

namespace baocao {

using WordMap = std::map<std::string, std::string, std::less<>>;

// Where each word of a words file stands (its key), for diagnostics.
using WordPlaces = std::map<std::string, std::size_t, std::less<>>;

// Reads one words file into `into`, each word over one of the same name.
// Every mistake is an E303 in `diags` (or the YAML reader's own code), and
// the words read well are kept. `places`, if given, gets each key's offset.
void read_words(const SourceFile& file, Diagnostics& diags, WordMap& into, WordPlaces* places = nullptr);

// The built-in words of one language (templates/words/LANG.yaml).
WordMap builtin_words(Lang lang);

// The words the report in `lang` says: the built-in Vietnamese words with
// DIR/words/vi.yaml over them; for English, then the built-in English words
// and DIR/words/en.yaml over those. So a word English does not have is said
// in Vietnamese: the one fallback rule, as Text::in has it for the plan's
// texts. Mistakes in DIR's files are left to check_templates, which runs first.
WordMap report_words(Lang lang, const std::string& template_dir);

// A word's literal text escaped for `format` (Markdown as markdown_escape;
// HTML and Word XML: &, < and >, quotes being safe between tags), its
// {{…}} tags left as they are: their values are escaped when rendered.
std::string escape_word(std::string_view word, ReportFormat format);

// A word the program says itself (a school's status, a workbook's heading),
// as plain text; `values` fill its tags ({{label}}), unescaped: the caller
// writes the text where it is safe. The built-in Vietnamese words hold
// every such word, so one missing is the program's mistake (logic_error).
std::string word(const WordMap& words, std::string_view name);
std::string word(const WordMap& words, std::string_view name,
                 std::initializer_list<std::pair<std::string_view, std::string_view>> values);

// The names of the words a text uses, {{>w-NAME}}, with each one's offset.
std::vector<std::pair<std::string, std::size_t>> words_used(std::string_view text);

}  // namespace baocao
