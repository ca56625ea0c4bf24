#!/usr/bin/env bash
# A plan with its own form speaks only of its own campaign: the blank forms
# of examples/bao-luc-hoc-duong (init), its schema (plan --schema), the
# messages of validate and its report (md, html, json, xlsx, docx) hold none
# of pcmd-2024's campaign words, and do hold its own.
# Usage: tests/plan_words.sh BIN SRC [PLAN]   (PLAN: another plan file to check)
set -u
bin=$(realpath "$1")
dir=$(realpath "$2")/examples/bao-luc-hoc-duong
plan=$(realpath "${3:-$dir/ke-hoach-blhd-2025.yaml}")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
cd "$dir" || exit 1
fail=0

for code in $(sed -n 's/^  - {code: \([^,]*\),.*/\1/p' baocao.yaml); do
  "$bin" init --plan "$plan" --school "$code" >> "$tmp/init.txt" || { echo "FAIL: init --school $code"; fail=1; }
done
"$bin" plan --plan "$plan" --schema > "$tmp/schema.txt" || { echo "FAIL: plan --schema"; fail=1; }
"$bin" plan --plan "$plan" > "$tmp/plan.txt" || { echo "FAIL: plan"; fail=1; }
for lang in vi en; do
  "$bin" validate --lang $lang --plan "$plan" nop > "$tmp/validate-$lang.txt" 2>&1
  "$bin" compile nop --lang $lang --plan "$plan" -o "$tmp/r-$lang.md" -o "$tmp/r-$lang.html" -o "$tmp/r-$lang.json" \
    -o "$tmp/r-$lang.xlsx" -o "$tmp/r-$lang.docx" > /dev/null 2>> "$tmp/validate-$lang.txt"
  [ -s "$tmp/r-$lang.md" ] || { echo "FAIL: compile --lang $lang wrote no report"; fail=1; }
  for f in xlsx docx; do
    /usr/bin/python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print("".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()))' \
      "$tmp/r-$lang.$f" > "$tmp/r-$lang.$f.txt" || { echo "FAIL: $f --lang $lang unreadable"; fail=1; }
  done
done
ls "$tmp"/*.txt "$tmp"/*.md "$tmp"/*.html "$tmp"/*.json > "$tmp/list"

# pcmd-2024's campaign words (both languages) and the names its vocabularies hold.
words='mại dâm|PCMD|Toàn dân đoàn kết|LĐTBXH|Lao động - Thương binh|ma túy|tệ nạn|tuyên truyền|HIV|prostitution|social evil|drug|All people unite|mai_dam|ma_tuy'
if grep -Eio "$words" $(cat "$tmp/list") | sort | uniq -c | grep .; then
  echo "FAIL: pcmd-2024's words above come out of a plan that has none of them"
  fail=1
fi
# The outputs are not empty of meaning: the plan's own words are there.
for f in init.txt schema.txt r-vi.md r-vi.html r-vi.docx.txt r-vi.xlsx.txt validate-vi.txt; do
  grep -q "bạo lực" "$tmp/$f" || { echo "FAIL: $f does not speak of the plan's campaign (bạo lực)"; fail=1; }
done
grep -q "violence" "$tmp/r-en.md" || { echo "FAIL: the English report does not speak of violence"; fail=1; }

[ $fail = 0 ] && echo "plan words: none of pcmd-2024's in $(wc -l < "$tmp/list") outputs"
[ $fail = 0 ]
