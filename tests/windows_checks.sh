#!/usr/bin/env bash
# The Windows build (run through wine) against what a Windows user relies on:
#  - compile on the example offices gives the checked-in Linux reports and
#    diagnostics byte for byte, paths' separators aside (nop\x.yaml, which
#    Markdown and JSON write escaped as nop\\x.yaml);
#  - validate prints what the Linux build prints (when one is given);
#  - Vietnamese file and folder names, a second compile replacing the first
#    report, standard input, absolute /paths not taken for /options, files
#    dropped on the .exe (no command) validated with the office file beside them.
# Usage: windows_checks.sh BAOCAO_EXE_COMMAND SOURCE_DIR [LINUX_BAOCAO [NO_MANIFEST_EXE_COMMAND]]
set -u
bin=$1
src=$(realpath "$2")
linux=${3:-}
plain=${4:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
cases="$src/tests/cases"
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
# Windows separators after a folder name back to "/": nop\x, and nop\\x as
# Markdown and JSON escape it.
unwin() { sed -e 's|nop\\\\\([a-z]\)|nop/\1|g' -e 's|nop\\\([a-z]\)|nop/\1|g' "$@"; }
same() {  # name, expected file, file from the .exe
  if unwin "$3" | cmp -s "$2" -; then passed=$((passed+1)); else
    echo "FAIL: $1"; unwin "$3" | diff -u "$2" - | head -20; fail=$((fail+1)); fi
}

# The example offices, as tests/golden.sh compiles them on Linux.
office() {  # name, folder, extra arguments...
  local name=$1 dir=$2; shift 2
  for j in 1 2; do
    expect "compile $name -j $j" 1 bash -c 'cd "$1" && shift && exec "$@"' _ "$dir" \
      "$bin" compile nop "$@" -j $j -o "$tmp/$name.md" -o "$tmp/$name.html" -o "$tmp/$name.json"
    sed -i "s|$tmp|OUT|g" "$tmp/err"
    for ext in md html json; do same "$name.$ext -j $j as on Linux" "$src/tests/golden/$name.$ext" "$tmp/$name.$ext"; done
    same "$name diagnostics -j $j as on Linux" "$src/tests/golden/$name.stderr" "$tmp/err"
  done
}
office bao-cao "$src/examples"
office pcmt-2025 "$src/examples/pcmt-2025" --plan ke-hoach-pcmt-2025.yaml

if [ -n "$linux" ]; then
  for args in "validate nop" "validate --lang en nop" "validate --format json nop" "validate --strict nop/th-vh.yaml"; do
    # shellcheck disable=SC2086
    (cd "$src/examples" && "$linux" $args) > "$tmp/linux.out" 2>&1
    local_code=$?
    # shellcheck disable=SC2086
    expect "$args" "$local_code" bash -c 'cd "$1" && shift && exec "$@"' _ "$src/examples" "$bin" $args
    cat "$tmp/err" >> "$tmp/out"
    same "$args: output as on Linux" "$tmp/linux.out" "$tmp/out"
  done
else
  echo "note: no Linux build given, validate not compared with it"
fi

# Paths the way Windows writes them, and absolute /paths are paths, not /options.
expect "a folder from its absolute /path" 1 "$bin" validate "$src/examples/nop"
ok "paths printed with backslashes" grep -q '\\nop\\mn-lh\.yaml:14:10: lỗi\[E103\]' "$tmp/out"
expect "an absolute /path is no option" 0 "$bin" validate "$cases/valid-full.yaml"

# Vietnamese names, whatever the code page: file, folder, report; with the
# .exe, and with it built without the manifest that makes its code page UTF-8.
vietnamese_names() {  # how, .exe command
  local how=$1 bin=$2
  local vn="$tmp/Báo cáo tháng $how"
  mkdir -p "$vn/nộp"
  cp "$cases/e201-count-above-total.yaml" "$vn/nộp/trường-liên-hòa.yaml"
  cp "$cases/baocao.yaml" "$vn/"
  cp "$cases/valid-full.yaml" "$vn/nộp/thcs-chiềng-khoa.yaml"
  expect "$how: a Vietnamese file name" 1 "$bin" validate "$vn/nộp/trường-liên-hòa.yaml"
  ok "$how: its name printed whole" grep -q 'nộp\\trường-liên-hòa\.yaml:12:13: lỗi\[E201\]' "$tmp/out"
  expect "$how: a Vietnamese folder searched" 1 bash -c 'cd "$1" && exec "$2" validate nộp' _ "$vn" "$bin"
  ok "$how: both files found" grep -q 'Đã kiểm tra 2 tệp: 1 hợp lệ, 1 có lỗi' "$tmp/out"
  ok "$how: found names printed whole" grep -q '^nộp\\trường-liên-hòa\.yaml:12:13' "$tmp/out"
  expect "$how: a report with a Vietnamese name" 1 bash -c 'cd "$1" && exec "$2" compile nộp -o "báo cáo.md"' _ "$vn" "$bin"
  ok "$how: written under its name" grep -q 'Trường THCS Chiềng Khoa' "$vn/báo cáo.md"
}
vietnamese_names exe "$bin"
if [ -n "$plain" ]; then vietnamese_names no-manifest "$plain"; fi
vn="$tmp/Báo cáo tháng exe"

# A second compile replaces the first report (a plain rename on Windows refuses to).
echo "báo cáo cũ" > "$tmp/r.md"
expect "compile over an existing report" 1 bash -c 'cd "$1" && exec "$2" compile nop -j 1 -o "$3"' _ "$src/examples" "$bin" "$tmp/r.md"
same "the report replaced" "$src/tests/golden/bao-cao.md" "$tmp/r.md"
expect "and again" 1 bash -c 'cd "$1" && exec "$2" compile nop -j 1 -o "$3"' _ "$src/examples" "$bin" "$tmp/r.md"
same "replaced again" "$src/tests/golden/bao-cao.md" "$tmp/r.md"
ok "no temporary file left" test "$(cd "$tmp" && ls -A | grep -c 'r\.md')" = 1

# Standard input and output.
expect "stdin" 1 bash -c '"$1" validate - < "$2"' _ "$bin" "$cases/e201-count-above-total.yaml"
ok "stdin is named <stdin>" grep -q '^<stdin>:12:13: lỗi\[E201\]' "$tmp/out"
expect "stdout" 1 bash -c 'cd "$1" && exec "$2" compile nop -j 1 -o - --format json' _ "$src/examples" "$bin"
same "stdout byte for byte (no CR added)" "$src/tests/golden/bao-cao.json" "$tmp/out"
ok "no colour into a pipe" bash -c "! grep -q $'\x1b' '$tmp/err'"

# Files or folders dropped on the .exe: no command, every argument a path.
expect "dropped files" 1 "$bin" "$vn/nộp/trường-liên-hòa.yaml" "$vn/nộp/thcs-chiềng-khoa.yaml"
ok "dropped: validated" grep -q 'Đã kiểm tra 2 tệp: 1 hợp lệ, 1 có lỗi; 4 lỗi' "$tmp/out"
cp "$cases/e206-not-on-roster.yaml" "$vn/nộp/"
expect "a dropped folder" 1 "$bin" "$vn/nộp"
ok "dropped: the office file beside them is used" grep -q 'e206-not-on-roster\.yaml:3:9: lỗi\[E206\]' "$tmp/out"
ok "dropped from a terminal: no pause" bash -c "! grep -q 'Nhấn Enter' '$tmp/out'"
expect "an unknown command is still one" 2 "$bin" valdate x.yaml
ok "and suggests" grep -q "validate" "$tmp/err"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
