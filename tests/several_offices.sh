#!/usr/bin/env bash
# A folder that holds several offices, as the unzipped Windows folder does
# (examples/ and, inside it, examples/pcmt-2025/ with a plan of its own):
# each school file is checked against the nearest baocao.yaml above it and
# that office's plan (its `plan:`, unless --plan); a plan file met in a walk
# is passed over, and checked as a plan when named.
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

# The zip's layout: baocao.exe beside vi-du/ (no office file at the top).
mkdir "$tmp/unzipped"
cp -r "$src/examples" "$tmp/unzipped/vi-du"
cd "$tmp/unzipped" || exit 2
expect "double-click: validate the folder" 1 "$bin" validate --lang en
ok "only the examples' real mistakes: 50 files, 8 with errors" \
  grep -q '^Checked 50 files: 42 valid, 8 with errors; ' "$tmp/out"
ok "the plan file is passed over" bash -c "! grep -q 'ke-hoach-pcmt-2025' '$tmp/out'"
ok "no file is read against the other office's plan" bash -c "! grep -q 'E205\|E102\|E202' '$tmp/out'"
# The errors are those each office's own check finds.
(cd vi-du && "$bin" validate --lang en nop > "$tmp/a" 2>&1)
(cd vi-du/pcmt-2025 && "$bin" validate --lang en --plan ke-hoach-pcmt-2025.yaml nop > "$tmp/b" 2>&1)
(cd vi-du/bao-luc-hoc-duong && "$bin" validate --lang en --plan ke-hoach-blhd-2025.yaml nop > "$tmp/c" 2>&1)
ok "the same errors as each office alone" test \
  "$(grep -c 'error\[' "$tmp/out")" = \
  "$(( $(grep -c 'error\[' "$tmp/a") + $(grep -c 'error\[' "$tmp/b") + $(grep -c 'error\[' "$tmp/c") ))"
ok "codes are checked against each office's roster" grep -q "vi-du/pcmt-2025/nop/.*error\[E" "$tmp/out"

# The office file names its plan; --plan overrides it.
cd vi-du/pcmt-2025 || exit 2
expect "the office's plan is taken" 1 "$bin" validate --lang en nop
ok "same as naming it" bash -c "diff <(sed 's/[0-9]* warnings/W/' '$tmp/out') <(sed 's/[0-9]* warnings/W/' '$tmp/b')"
expect "--plan overrides it" 1 "$bin" validate --lang en --plan pcmd-2024 nop
ok "read against pcmd-2024, every file answers another plan" test "$(grep -c 'error\[E205\]' "$tmp/out")" = 4
expect "compile takes the office's plan" 1 "$bin" compile nop -o "$tmp/r.json"
ok "its report is pcmt-2025's" grep -q '"plan":"pcmt-2025"' "$tmp/r.json"
cp ke-hoach-pcmt-2025.yaml nop/
expect "compile passes over a plan file among the submissions" 1 "$bin" compile nop -o "$tmp/r2.json"
ok "the report is the same" cmp -s "$tmp/r.json" "$tmp/r2.json"
rm nop/ke-hoach-pcmt-2025.yaml
sed 's/^plan: .*/plan: khong-co.yaml/' baocao.yaml > "$tmp/bad-office.yaml"
expect "an office naming a missing plan" 2 "$bin" validate --config "$tmp/bad-office.yaml" nop
ok "the missing plan is named" grep -q 'khong-co.yaml' "$tmp/err"

# A plan file named on the command line is checked as a plan.
expect "a plan file named: checked as a plan" 0 "$bin" validate --lang en ke-hoach-pcmt-2025.yaml
ok "not as a school file" bash -c "! grep -q 'error\[' '$tmp/out'"
sed 's/^  to: .*/  to: 2025-13-45/' ke-hoach-pcmt-2025.yaml > "$tmp/ke-hoach-sai.yaml"
expect "a broken plan file named: its errors" 1 "$bin" validate --lang en "$tmp/ke-hoach-sai.yaml"
ok "located in the plan" grep -q "ke-hoach-sai.yaml:[0-9]*:[0-9]*: error\[E104\]" "$tmp/out"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
