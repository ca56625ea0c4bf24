// The command line described once: every command, its options, the report
// formats and the environment variables the program reads. The argument
// parser, --help, the manual page and the bash completion are all built
// from these tables (cli.cc, command_docs.cc), so they cannot disagree; a
// new command or option is one row here.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lang.h"

namespace baocao {

struct Words {
  const char* vi;
  const char* en;
  const char* in(Lang lang) const { return lang == Lang::en ? en : vi; }
};

// What bash completion offers where a value goes.
enum class Complete {
  none,    // nothing (a code, a number)
  yaml,    // *.yaml / *.yml files and folders
  plan,    // the built-in plan ids, *.yaml files and folders
  folder,  // folders
  file,    // any file (an output)
  json,    // *.json files and folders
};

enum OptionFlags : unsigned {
  kRequired = 1,  // the command cannot run without it
  kRepeated = 2,  // may be given more than once (-o a.md -o a.html; PATH...)
};

struct OptionRow {
  const char* names;  // as CLI11 takes them: "-o,--output"; a positional is one word in capitals: "PATH"
  Words value;        // what its value is called in --help and the manual ("TỆP"); {nullptr, nullptr}: a flag
  Words help;
  const char* choices = nullptr;  // space-separated: the only values taken ("text json")
  Complete complete = Complete::none;
  unsigned flags = 0;
  const char* default_value = nullptr;  // the value when not given (shown in --help)
  unsigned max_number = 0;              // > 0: a whole number from 1 to max_number
  void (*immediate)() = nullptr;        // a flag that prints something and ends the run at once (compile --schema)

  bool is_flag() const { return value.vi == nullptr; }
  bool positional() const { return names[0] != '-'; }
  std::string_view key() const;  // the longest name: "--output", "PATH"
  std::vector<std::string_view> choice_list() const;
};

class Args;

struct CommandRow {
  const char* name;
  Words summary;
  std::vector<OptionRow> options;
  int (*run)(const Args&);
};

// The commands, in the order --help lists them.
const std::vector<CommandRow>& commands();
const CommandRow* find_command(std::string_view name);

// The report formats compile writes, by name (also the -o extension).
struct FormatRow {
  const char* name;
  Words what;
};
const std::vector<FormatRow>& report_formats();

// The environment variables the program reads.
struct EnvRow {
  const char* name;
  Words what;
};
const std::vector<EnvRow>& environment_variables();

// What was given on the command line for the chosen command, by option key
// ("--output", "PATH"); an option not given has its row's default.
class Args {
 public:
  Lang lang = Lang::vi;
  const CommandRow* command = nullptr;
  std::map<std::string, std::vector<std::string>, std::less<>> given;

  const std::vector<std::string>& values(std::string_view key) const;
  std::string value(std::string_view key) const;  // the last one given, else the default, else ""
  bool flag(std::string_view key) const;
  unsigned number(std::string_view key, unsigned otherwise) const;
};

// The language a command line asks for (the last valid --lang), read before
// parsing so that the parser's own messages are in it.
Lang lang_of_arguments(int argc, const char* const* argv);

}  // namespace baocao
