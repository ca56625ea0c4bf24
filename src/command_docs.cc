#include "command_docs.h"

#include <fmt/format.h>

#include "command_table.h"
#include "file_reader.h"
#include "plan.h"

namespace baocao {

namespace {

// Text as roff shows it: a backslash printed, a minus that stays a minus
// (copied from the page into a terminal), no line taken for a request.
std::string roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

std::string first_name(const OptionRow& o) {
  std::string_view all = o.names;
  return std::string(all.substr(0, all.find(',')));
}

std::string synopsis() {
  std::string out;
  for (const CommandRow& c : commands()) {
    if (!out.empty()) out += ".br\n";
    out += fmt::format(".B baocao {}\n", c.name);
    for (const OptionRow& o : c.options) {
      bool required = o.flags & kRequired;
      std::string more = (o.flags & kRepeated) ? " ..." : "";
      std::string name = roff(first_name(o)), value = o.is_flag() ? "" : roff(o.value.vi);
      if (o.positional()) out += required ? fmt::format(".IR {}{}\n", value, more) : fmt::format(".RI [ {}{} ]\n", value, more);
      else if (o.is_flag()) out += fmt::format(".RB [ {} ]\n", name);
      else if (o.choices) out += fmt::format(".RB {}{} \" {}{}\"\n", required ? "" : "[ ", name,
                                             fmt::join(o.choice_list(), "|"), required ? "" : "]");
      else if (required) out += fmt::format(".B {}\n.I {}\n", name, value);
      else out += fmt::format(".RB [ {}\n.IR {} ]\n", name, value);
    }
  }
  out += ".br\n.B baocao \\-\\-version\n|\n.B \\-\\-help\n";
  return out;
}

std::string options_of(const CommandRow& c, Lang lang) {
  std::string out = fmt::format(".SS baocao {}\n{}.\n", c.name, roff(c.summary.in(lang)));
  for (const OptionRow& o : c.options) {
    std::string names = roff(std::string(o.names)), value = o.is_flag() ? "" : roff(o.value.in(lang));
    if (o.positional()) out += fmt::format(".TP\n.I {}\n", value);
    else if (o.is_flag()) out += fmt::format(".TP\n.B {}\n", names);
    else out += fmt::format(".TP\n.BI \"{} \" {}\n", names, value);
    std::string help = o.help.in(lang);
    if (o.choices) help += say(lang, "; một trong: {}", "; one of: {}", fmt::join(o.choice_list(), ", "));
    if (o.default_value) help += say(lang, " (mặc định: {})", " (default: {})", o.default_value);
    if (o.flags & kRequired) help += lang == Lang::vi ? " (bắt buộc)" : " (required)";
    out += roff(help) + ".\n";
  }
  return out;
}

std::string all_options(Lang lang) {
  std::string out;
  for (const CommandRow& c : commands()) out += options_of(c, lang);
  return out;
}

std::string formats(Lang lang) {
  std::string out;
  for (const FormatRow& f : report_formats()) out += fmt::format(".TP\n.B {}\n{}.\n", f.name, roff(f.what.in(lang)));
  return out;
}

std::string environment(Lang lang) {
  std::string out;
  for (const EnvRow& v : environment_variables()) out += fmt::format(".TP\n.B {}\n{}.\n", roff(v.name), roff(v.what.in(lang)));
  return out;
}

// Each part stands where its marker stands on a line of its own: its last
// newline is the marker's line's own.
void replace_all(std::string& text, std::string_view marker, std::string with) {
  if (!with.empty() && with.back() == '\n') with.pop_back();
  for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + with.size()))
    text.replace(at, marker.size(), with);
}

// One bash statement that offers what a value of kind `o` may be.
std::string offer(const OptionRow& o) {
  const std::string yaml = "$(compgen -f -X '!*.y*ml' -- \"$cur\") $(compgen -d -- \"$cur\")";
  if (o.choices) return fmt::format("COMPREPLY=($(compgen -W '{}' -- \"$cur\"))", o.choices);
  switch (o.complete) {
    case Complete::yaml: return "COMPREPLY=(" + yaml + ")";
    case Complete::plan:
      return fmt::format("COMPREPLY=($(compgen -W '{}' -- \"$cur\") {})", fmt::join(builtin_plan_ids(), " "), yaml);
    case Complete::folder: return "COMPREPLY=($(compgen -d -- \"$cur\"))";
    case Complete::file: return "COMPREPLY=($(compgen -f -- \"$cur\"))";
    case Complete::json: return "COMPREPLY=($(compgen -f -X '!*.json' -- \"$cur\") $(compgen -d -- \"$cur\"))";
    case Complete::none: break;
  }
  return ":";
}

}  // namespace

std::string manual_page(const std::string& template_path, std::string* err) {
  std::optional<std::string> read = read_input(template_path, Lang::en, err);
  if (!read) return {};
  std::string text = std::move(*read);
  // The English twins first: @COMMANDS@ is a prefix of @COMMANDS_EN@.
  replace_all(text, "@COMMANDS_EN@", all_options(Lang::en));
  replace_all(text, "@FORMATS_EN@", formats(Lang::en));
  replace_all(text, "@ENVIRONMENT_EN@", environment(Lang::en));
  replace_all(text, "@SYNOPSIS@", synopsis());
  replace_all(text, "@COMMANDS@", all_options(Lang::vi));
  replace_all(text, "@FORMATS@", formats(Lang::vi));
  replace_all(text, "@ENVIRONMENT@", environment(Lang::vi));
  replace_all(text, "@VERSION@", BAOCAO_VERSION);
  for (std::size_t at = text.find('@'); at != std::string::npos; at = text.find('@', at + 1)) {
    std::size_t end = text.find('@', at + 1);
    if (end == std::string::npos) break;
    std::string_view marker(text.data() + at, end - at + 1);
    if (marker.find_first_not_of("@ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == std::string_view::npos) {
      *err = fmt::format("{}: no part of the page is called {}", template_path, marker);
      return {};
    }
  }
  return text;
}

std::string bash_completion() {
  std::string names, values, options, paths;
  for (const CommandRow& c : commands()) {
    names += names.empty() ? c.name : std::string("|") + c.name;
    std::vector<std::string> opts;
    for (const OptionRow& o : c.options) {
      if (o.positional()) {
        paths += fmt::format("    {}) {} ;;\n", c.name, offer(o));
        continue;
      }
      std::string_view all = o.names;
      std::vector<std::string> spelled;
      while (true) {
        std::size_t comma = all.find(',');
        spelled.emplace_back(all.substr(0, comma));
        if (comma == std::string_view::npos) break;
        all.remove_prefix(comma + 1);
      }
      for (const std::string& s : spelled) opts.push_back(s);
      if (o.is_flag()) continue;
      std::vector<std::string> cases;
      for (const std::string& s : spelled) cases.push_back(fmt::format("'{} {}'", c.name, s));
      values += fmt::format("    {}) {}; return ;;\n", fmt::join(cases, "|"), offer(o));
    }
    opts.push_back("--help");
    options += fmt::format("    {}) opts='{}' ;;\n", c.name, fmt::join(opts, " "));
  }
  std::vector<std::string> top;
  for (const CommandRow& c : commands()) top.push_back(c.name);
  return fmt::format(
      "# bash completion for baocao: its commands, each command's options, the\n"
      "# values an option takes, and files or folders where a path goes.\n"
      "# Written from the program's command table by `baocao --generate-bash-completion`.\n"
      "_baocao() {{\n"
      "  local cur prev cmd i opts\n"
      "  _init_completion 2> /dev/null || {{ cur=${{COMP_WORDS[COMP_CWORD]}}; prev=${{COMP_WORDS[COMP_CWORD-1]}}; }}\n"
      "  cmd=\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case ${{COMP_WORDS[i]}} in {}) cmd=${{COMP_WORDS[i]}}; break ;; esac\n"
      "  done\n"
      "  case \"$cmd $prev\" in\n"
      "{}"
      "    ' --lang') COMPREPLY=($(compgen -W 'vi en' -- \"$cur\")); return ;;\n"
      "  esac\n"
      "  case $cmd in\n"
      "    '') COMPREPLY=($(compgen -W '{} --lang --help --version' -- \"$cur\")); return ;;\n"
      "{}"
      "  esac\n"
      "  if [[ $cur == -* ]]; then\n"
      "    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n"
      "    return\n"
      "  fi\n"
      "  case $cmd in\n"
      "{}"
      "  esac\n"
      "}}\n"
      "complete -F _baocao -o filenames baocao\n",
      names, values, fmt::join(top, " "), options, paths);
}

}  // namespace baocao
