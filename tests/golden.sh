#!/usr/bin/env bash
# The example offices compiled to all three formats must equal the checked-in
# reports byte for byte, whatever the thread count:
#  - examples/ (the built-in plan pcmd-2024) -> tests/golden/bao-cao.*, and in
#    English (--lang en) -> tests/golden/bao-cao-en.*
#  - examples/ compared with the year before (--previous
#    tests/fixtures/report-2023.json, made by tests/fixtures/make-report-2023.sh)
#    -> tests/golden/bao-cao-2023.*, and in English -> tests/golden/bao-cao-2023-en.*
#  - examples/pcmt-2025/ (a plan file read at run time) -> tests/golden/pcmt-2025.*
#  - examples/bao-luc-hoc-duong/ (a plan with its own form) -> tests/golden/blhd-2025.*,
#    and in English -> tests/golden/blhd-2025-en.*
#  - tests/offices/xa-van-ho/ (a commune issues it) -> tests/golden/xa-van-ho.*, and
#    tests/offices/so-gddt/ (the provincial Department) -> tests/golden/so-gddt.*
# To accept a deliberate change: tests/golden.sh BIN SRC --update
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
update=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
fail=0 passed=0

office() {  # name, folder, extra arguments...
  local name=$1 dir=$2; shift 2
  (cd "$dir" && "$bin" compile nop "$@" -j 1 -o "$tmp/$name.md" -o "$tmp/$name.html" -o "$tmp/$name.json") 2> "$tmp/$name.stderr"
  local code=$?
  sed -i "s|$tmp|OUT|g" "$tmp/$name.stderr"
  (cd "$dir" && "$bin" compile nop "$@" -j 2 -o "$tmp/j2.md" -o "$tmp/j2.html" -o "$tmp/j2.json") 2> /dev/null
  if [ "$update" = --update ]; then
    for ext in md html json stderr; do cp "$tmp/$name.$ext" "$src/tests/golden/$name.$ext"; done
    echo "updated tests/golden/$name.*"
    return
  fi
  local ok=1
  # Every office here has missing or invalid schools.
  [ $code = 1 ] || { echo "FAIL $name: exit $code, expected 1"; ok=0; }
  for ext in md html json; do
    cmp -s "$tmp/$name.$ext" "$tmp/j2.$ext" || { echo "FAIL $name: -j 1 and -j 2 differ ($ext)"; ok=0; }
    diff -u "$src/tests/golden/$name.$ext" "$tmp/$name.$ext" > "$tmp/diff" || {
      echo "FAIL $name.$ext differs from tests/golden"; head -40 "$tmp/diff"; ok=0; }
  done
  diff -u "$src/tests/golden/$name.stderr" "$tmp/$name.stderr" || { echo "FAIL $name: diagnostics differ"; ok=0; }
  if [ $ok = 1 ]; then passed=$((passed+1)); else fail=$((fail+1)); fi
}

office bao-cao "$src/examples"
office bao-cao-en "$src/examples" --lang en
office bao-cao-2023 "$src/examples" --previous "$src/tests/fixtures/report-2023.json"
office bao-cao-2023-en "$src/examples" --previous "$src/tests/fixtures/report-2023.json" --lang en
office pcmt-2025 "$src/examples/pcmt-2025" --plan ke-hoach-pcmt-2025.yaml
office blhd-2025 "$src/examples/bao-luc-hoc-duong" --plan ke-hoach-blhd-2025.yaml
office blhd-2025-en "$src/examples/bao-luc-hoc-duong" --plan ke-hoach-blhd-2025.yaml --lang en
office xa-van-ho "$src/tests/offices/xa-van-ho"
office so-gddt "$src/tests/offices/so-gddt"
[ "$update" = --update ] && exit 0
echo "$passed passed, $fail failed"
[ $fail = 0 ]
