#!/usr/bin/env bash
# The manual page, the bash completion and --help describe the program as
# it is: each lists every command, option, report format and environment
# variable the program has, and none it lacks. What the program "has" is
# asked of it (its parser, and which -o extensions compile writes) and of
# its sources (the variables it reads), not of the table the three are
# written from.
# Usage: cli_docs.sh BAOCAO SOURCE_DIR BUILD_DIR
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
build=$(realpath "$3")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
man="$build/baocao.1"
completion="$build/baocao.bash-completion"
ok "manual page written" test -s "$man"
ok "completion written" test -s "$completion"

complete_words() {  # the words bash completion offers for a command line
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _baocao; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$completion" "$@" | sort -u
}
# Options as --help shows them: "  -o,--output TỆP_RA ..." -> -o --output
help_options() {
  "$bin" "$1" --help | grep -E '^  -' | sed -E 's/^  ([^ ]+).*/\1/' | tr ',' '\n' | grep -v -x -e -h -e --help | sort -u
}
# Options the manual page gives under "baocao CMD" (.SS), up to the next .SS or .SH.
man_options() {
  awk -v cmd="$1" '/^\.S[SH] /{on = ($0 == ".SS baocao " cmd)} on' "$man" |
    grep -E '^\.(B|BI) ' | grep -oE '\\-[\\a-z-]+' | sed 's/\\//g' | sort -u
}
# Options the manual page's synopsis gives a command.
synopsis_options() {
  awk -v cmd="$1" '/^\.SH /{on = ($0 == ".SH CÚ PHÁP")} on && /^\.B baocao /{mine = ($0 == ".B baocao " cmd)} on && mine' "$man" |
    grep -oE '\\-[\\a-z-]+' | sed 's/\\//g' | sort -u
}
commands=$("$bin" --help | awk '/^Lệnh:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{exit}')
ok "--help lists commands" test -n "$commands"
ok "the completion offers the same commands" \
  test "$(complete_words baocao '' | grep -v '^-')" = "$(sort <<< "$commands")"
ok "the manual page has the same commands" \
  test "$(grep -oE '^\.SS baocao [a-z]+' "$man" | awk '{print $3}' | sort -u)" = "$(sort <<< "$commands")"
for cmd in $commands; do
  help=$(help_options "$cmd")
  ok "$cmd: --help lists options" test -n "$help"
  comp=$(complete_words baocao "$cmd" - | grep -v -x -e --help)
  ok "$cmd: completion offers what --help lists" test "$comp" = "$help" || diff <(echo "$help") <(echo "$comp")
  manopts=$(man_options "$cmd" | awk '{print}' | sed 's/,/\n/g' | sort -u)
  # The manual spells -j,--jobs as one entry; both names are taken apart above.
  ok "$cmd: the manual page describes what --help lists" test "$manopts" = "$help" || diff <(echo "$help") <(echo "$manopts")
  # The synopsis gives the first name of each (-o, not --output).
  syn=$(synopsis_options "$cmd")
  for o in $syn; do ok "$cmd: synopsis option $o is taken" grep -qx -- "$o" <<< "$help"; done
  # Every option the help lists is one the parser takes (an unknown one is refused).
  for o in $help; do
    "$bin" "$cmd" "$o" --help > /dev/null 2> "$tmp/err"
    ok "$cmd: $o is taken by the parser" bash -c "! grep -q 'không hiểu' '$tmp/err'"
  done
done
"$bin" plan --no-such-option > /dev/null 2> "$tmp/err"
ok "an option the program lacks is refused (the check above can fail)" grep -q 'không hiểu' "$tmp/err"

# Report formats: those compile writes, tried by -o extension, against what
# --help, the manual page and the completion list.
ex="$src/examples"
written=
for f in md html json docx pdf xlsx odt txt rtf csv doc xls epub tex; do
  (cd "$ex" && BAOCAO_BROWSER=/nonexistent "$bin" compile nop -j 1 -o "$tmp/r.$f") > /dev/null 2> "$tmp/err"
  grep -q 'không biết định dạng' "$tmp/err" || written="$written $f"
done
written=$(tr ' ' '\n' <<< "$written" | grep . | sort)
ok "compile writes some formats" test -n "$written"
listed_help=$("$bin" compile --help | grep -oE 'ĐỊNH_DẠNG:\{[a-z,]+\}' | grep -oE '\{.*\}' | tr -d '{}' | tr ',' '\n' | sort)
ok "compile --help lists the formats compile writes" test "$listed_help" = "$written" || diff <(echo "$written") <(echo "$listed_help")
listed_top=$("$bin" --help | awk '/^Định dạng báo cáo/{on=1; next} on && /^$/{exit} on{print $1}' | sort)
ok "baocao --help lists the formats compile writes" test "$listed_top" = "$written"
listed_man=$(awk '/^\.SH /{on = ($0 == ".SH ĐỊNH DẠNG BÁO CÁO")} on' "$man" | grep -A1 '^\.TP' | grep '^\.B ' | awk '{print $2}' | sort)
ok "the manual page lists the formats compile writes" test "$listed_man" = "$written" || diff <(echo "$written") <(echo "$listed_man")
listed_comp=$(complete_words baocao compile --format '')
ok "the completion offers the formats compile writes" test "$listed_comp" = "$written"

# Environment variables: those the sources read against the manual page and --help.
read_env=$(grep -ohE 'getenv\("[A-Z_]+"\)' "$src"/src/*.cc | grep -oE '"[A-Z_]+"' | tr -d '"' | grep -v -x -e PATH -e HOME -e TMPDIR | sort -u)
ok "the sources read environment variables" test -n "$read_env"
man_env=$(awk '/^\.SH /{on = ($0 == ".SH MÔI TRƯỜNG")} on' "$man" | grep -A1 '^\.TP' | grep '^\.B ' | awk '{print $2}' | sed 's/\\//g' | sort)
ok "the manual page lists the variables the program reads" test "$man_env" = "$read_env" || diff <(echo "$read_env") <(echo "$man_env")
help_env=$("$bin" --help | awk '/^Biến môi trường/{on=1; next} on && /^$/{exit} on{print $1}' | sort)
ok "--help lists the variables the program reads" test "$help_env" = "$read_env"

# The manual page as man shows it, and the generated files are the build's.
ok "the manual page renders without warnings" bash -c "LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l '$man' 2>&1 > /dev/null | (! grep .)"
ok "the completion is what the program writes" bash -c "cmp -s '$completion' <('$bin' --generate-bash-completion)"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
