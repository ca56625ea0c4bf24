#!/usr/bin/env bash
# What a school sends that is not its report: a Word, Excel or PDF file, a
# zip, an image or a CSV table (named for what it is, once, never read as a
# legacy encoding), in a submissions folder too (the school it seems to come
# from counts as not submitted, with the reason, in every output); and the
# blank form sent unfilled (status `blank`, not submitted).
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

# Real Word and Excel files, as the office's own compile writes them.
cp -r "$src/examples" "$tmp/office"
(cd "$tmp/office" && "$bin" compile nop -o "$tmp/bao-cao.docx" -o "$tmp/bao-cao.xlsx" 2> /dev/null)
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n' > "$tmp/bao-cao.pdf"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01' > "$tmp/anh.png"
printf 'M\xe3 tr\xadêng;Tæng sè\r\nTH-CX;26\r\n' > "$tmp/bang.csv"
printf 'Mã trường,Tên trường,Tổng số\nTH-CX,Tiểu học Chiềng Xuân,26\n' > "$tmp/bang.yaml"

for f in bao-cao.docx bao-cao.xlsx bao-cao.pdf anh.png bang.csv bang.yaml; do
  expect "validate $f: exit 1" 1 "$bin" validate --lang en "$tmp/$f"
  ok "$f: one error, E019 at 1:1" test "$(grep -c '\[E[0-9]*\]' "$tmp/out")" = 1 -a \
    "$(grep -c "^$tmp/$f:1:1: error\[E019\]" "$tmp/out")" = 1
  ok "$f: no advice on legacy encodings" bash -c "! grep -qi 'TCVN3\|Unikey\|UTF-8' '$tmp/out'"
done
expect "docx" 1 "$bin" validate --lang en "$tmp/bao-cao.docx"
ok "a Word file is called one" grep -q 'this file is a Word document' "$tmp/out"
ok "what to send instead" grep -q 'baocao init' "$tmp/out"
expect "xlsx" 1 "$bin" validate "$tmp/bao-cao.xlsx"
ok "an Excel file is called one (vi)" grep -q 'tệp này là tệp Excel' "$tmp/out"
expect "csv" 1 "$bin" validate "$tmp/bang.yaml"
ok "a table in a .yaml is a CSV" grep -q 'bảng tính lưu dạng CSV' "$tmp/out"

# In a submissions folder: TH-CX sent a Word file, THCS-VH an Excel one.
o=$tmp/office
rm "$o/nop/th-cx.yaml" "$o/nop/thcs-vh.yaml"
cp "$tmp/bao-cao.docx" "$o/nop/TH-CX bao cao.docx"
cp "$tmp/bao-cao.xlsx" "$o/nop/thcs_vh.xlsx"
cp "$tmp/bao-cao.pdf" "$o/nop/cong-van.pdf"
cp "$tmp/anh.png" "$o/nop/anh.png"
cd "$o" || exit 2
expect "validate a folder" 1 "$bin" validate --lang en nop
ok "the Word file is named, with its school" \
  grep -q "TH-CX bao cao.docx:1:1: error\[E019\]: this file is a Word document.*seems to come from TH-CX" "$tmp/out"
ok "the Excel file is named, with its school" grep -q "thcs_vh.xlsx:1:1: error\[E019\].*THCS-VH" "$tmp/out"
ok "a PDF of no school is named" grep -q "cong-van.pdf:1:1: error\[E019\]: this file is a PDF file, not" "$tmp/out"
ok "an image in the folder is not" bash -c "! grep -q 'anh.png' '$tmp/out'"
"$bin" compile nop --lang en -o "$tmp/r.json" -o "$tmp/r.md" > "$tmp/out" 2> "$tmp/err"
ok "compile: the console names the school and what it sent" \
  grep -q "^Missing: .*TH-CX (sent a Word document (.docx, .doc): nop/TH-CX bao cao.docx)" "$tmp/err"
ok "compile: JSON counts it missing, with the file" /usr/bin/python3 -c "
import json, sys
r = json.load(open('$tmp/r.json'))
row = {s['code']: s for s in r['per_school']}
assert row['TH-CX']['status'] == 'missing' and row['TH-CX']['files'] == [], row['TH-CX']
assert row['TH-CX']['not_school_files'] == ['nop/TH-CX bao cao.docx'], row['TH-CX']
assert row['THCS-VH']['not_school_files'] == ['nop/thcs_vh.xlsx']
assert 'TH-CX' in r['schools']['missing'] and 'nop/cong-van.pdf' in r['schools']['unknown']
assert row['TH-VH']['not_school_files'] == []
"
ok "compile: appendix 2 gives the reason" grep -q "The file it sent (nop/TH-CX bao cao.docx) is a Word document" "$tmp/r.md"

# MN-CK sent the blank form as init wrote it.
"$bin" init --school MN-CK -o "$tmp/blank.yaml" 2> /dev/null
cp "$tmp/blank.yaml" nop/mn-ck.yaml
expect "validate the blank form" 1 "$bin" validate --lang en nop/mn-ck.yaml
ok "blank: one error, E208, nothing else" test "$(grep -c '\[[EW][0-9]*\]' "$tmp/out")" = 1 -a \
  "$(grep -c '^nop/mn-ck.yaml:1:1: error\[E208\]: the form is not filled in' "$tmp/out")" = 1
"$bin" compile nop --lang en -o "$tmp/r.json" -o "$tmp/r.md" > "$tmp/out" 2> "$tmp/err"
ok "compile: the console names the blank form" grep -q "^Sent the blank form unfilled (not counted as submitted): MN-CK$" "$tmp/err"
ok "compile: the console shows its error" grep -q "^nop/mn-ck.yaml:1:1: error\[E208\]" "$tmp/err"
ok "compile: JSON status blank, counted apart" /usr/bin/python3 -c "
import json
r = json.load(open('$tmp/r.json'))
row = {s['code']: s for s in r['per_school']}
assert row['MN-CK']['status'] == 'blank', row['MN-CK']
assert r['schools']['blank'] == ['MN-CK'] and 'MN-CK' not in r['schools']['missing'] + r['schools']['invalid']
assert r['schools']['submitted'] == 33, r['schools']  # 36 files less the Word, the Excel and the blank one
assert all('MN-CK' not in q['schools_not_met'] for q in r['requirements'])
"
ok "compile: section I says it" grep -q "^1 school sent the blank form unfilled, not counted as sent: " "$tmp/r.md"
ok "compile: appendix 1 status" grep -q "| Trường Mầm non Chiềng Khoa | Chiềng Khoa | Blank form sent |" "$tmp/r.md"
ok "compile: appendix 2 says what to do" grep -q "The school sent the blank form (nop/mn-ck.yaml) unfilled; it must fill it in" "$tmp/r.md"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
