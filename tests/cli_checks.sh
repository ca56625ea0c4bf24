#!/usr/bin/env bash
# Command-line behaviour a user or a script relies on: exit codes, outputs
# written atomically or not at all, stdin and stdout, init and plan.
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'umount "$tmp/full" "$tmp/romount" 2> /dev/null; chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT
export NO_COLOR=1
cases="$src/tests/cases"
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
# What an ordinary user meets (permissions) is tested as one: CI runs as
# root, which reads and writes everything, so root drops to nobody.
as_user() {
  if [ "$(id -u)" = 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}
chmod 755 "$tmp"

# validate
expect "valid file" 0 "$bin" validate "$cases/valid-full.yaml"
expect "file with an error" 1 "$bin" validate "$cases/e201-count-above-total.yaml"
expect "warnings pass" 0 "$bin" validate "$cases/valid-habits.yaml"
expect "--strict fails on warnings" 1 "$bin" validate --strict "$cases/valid-habits.yaml"
expect "stdin" 1 bash -c "'$bin' validate - < '$cases/e201-count-above-total.yaml'"
ok "stdin is named <stdin>" grep -q '^<stdin>:12:13: lỗi\[E201\]' "$tmp/out"
expect "no such file" 2 "$bin" validate "$tmp/none.yaml"
expect "empty folder: no input" 2 "$bin" validate "$tmp"
expect "unknown command" 2 "$bin" valdate x.yaml
ok "unknown command suggests" grep -qF 'có phải `validate`?' "$tmp/err"
expect "a word near no command" 2 "$bin" zzzzzz
ok "no suggestion for a word near no command" bash -c "grep -q 'không có lệnh \`zzzzzz\`' '$tmp/err' && ! grep -q 'có phải' '$tmp/err'"
expect "unknown command in english" 2 "$bin" --lang en valdate x.yaml
ok "unknown command in english" grep -qF 'no command `valdate`; did you mean `validate`?' "$tmp/err"
# The parser's own failures, in the chosen language.
expect "no command" 2 "$bin"
ok "no command: in Vietnamese" grep -qx 'baocao: cần một lệnh: validate, compile, init, form, plan, rollup' "$tmp/err"
expect "compile without -o" 2 "$bin" compile x.yaml
ok "compile without -o: in Vietnamese" grep -q '^baocao compile: thiếu --output (tệp báo cáo' "$tmp/err"
expect "init without --school" 2 "$bin" init
ok "init without --school: in Vietnamese" grep -q '^baocao init: thiếu --school (mã trường' "$tmp/err"
expect "--lang fr" 2 "$bin" validate --lang fr x.yaml
ok "--lang fr: in Vietnamese" grep -qF 'baocao validate: --lang: `fr` không dùng được; chọn một trong: vi, en' "$tmp/err"
expect "an option near a real one" 2 "$bin" validate --formt json
ok "an option near a real one: suggested" grep -qF 'không hiểu `--formt`; có phải `--format`?' "$tmp/err"
expect "compile without -o, in english" 2 "$bin" compile --lang en x.yaml
ok "compile without -o, in english" grep -q '^baocao compile: --output is missing' "$tmp/err"
ok "no English from the parser in Vietnamese" bash -c "! '$bin' compile 2>&1 | grep -qiE 'required|Run with|missing'"
expect "--help in Vietnamese" 0 "$bin" compile --help
ok "--help headings in Vietnamese" bash -c "grep -q '^Cách dùng: baocao compile \[TUỲ_CHỌN\]' '$tmp/out' && grep -q '^Tuỳ chọn:' '$tmp/out' && ! grep -qE '^(Usage|Options|Positionals)' '$tmp/out'"
expect "--help in english" 0 "$bin" compile --help --lang en
ok "--help headings in english" bash -c "grep -q '^Usage: baocao compile \[OPTIONS\]' '$tmp/out' && grep -q '^Options:' '$tmp/out'"
expect "-j out of range" 2 "$bin" validate -j 0 x.yaml
ok "-j out of range: said" grep -qF '`0` không phải một số từ 1 đến 256' "$tmp/err"
expect "bad option value" 2 "$bin" validate --format xml "$cases/valid-full.yaml"
expect "missing plan file" 2 "$bin" validate --plan "$tmp/none.yaml" "$cases/valid-full.yaml"
expect "json" 1 "$bin" validate --format json "$cases/e201-count-above-total.yaml"
ok "json shape" grep -q '"summary":{"files":1,"valid":0,"errors":4,"warnings":0}' "$tmp/out"
ok "json diagnostic" grep -q '{"severity":"error","code":"E201","line":12,"column":13,"key":"staff.informed"' "$tmp/out"
expect "english" 1 "$bin" validate --lang en "$cases/e201-count-above-total.yaml"
ok "english words" grep -q 'error\[E201\]: staff.informed = 50 is more than staff.total = 45' "$tmp/out"
expect "a folder is searched recursively" 1 "$bin" validate "$cases"
ok "baocao.yaml is skipped" bash -c "! grep -q 'baocao.yaml' '$tmp/out'"
expect "--version" 0 "$bin" --version
ok "version text" grep -q '^baocao [0-9]' "$tmp/out"
expect "no colour when piped" 1 "$bin" validate "$cases/e201-count-above-total.yaml"
ok "no escape codes" bash -c "! grep -q $'\x1b' '$tmp/out'"

mkdir -p "$tmp/office" && cp "$cases/baocao.yaml" "$cases/e206-not-on-roster.yaml" "$tmp/office/"
expect "baocao.yaml found in the current folder" 1 bash -c "cd '$tmp/office' && '$bin' validate"
ok "roster used" grep -q 'e206-not-on-roster.yaml:3:9: lỗi\[E206\]' "$tmp/out"

# init: the blank form reads without a mistake, but is not a report until filled in
expect "init" 0 "$bin" init --config "$cases/baocao.yaml" --school THCS-CK -o "$tmp/form.yaml"
expect "blank form is not filled in" 1 "$bin" validate --config "$cases/baocao.yaml" "$tmp/form.yaml"
ok "blank form: one error, mẫu chưa điền" test "$(grep -c '\[[EW][0-9]*\]' "$tmp/out")" = 1 -a \
  "$(grep -c 'lỗi\[E208\]: mẫu chưa điền' "$tmp/out")" = 1
expect "init never overwrites" 2 "$bin" init --config "$cases/baocao.yaml" --school THCS-CK -o "$tmp/form.yaml"
expect "init unknown school" 2 "$bin" init --config "$cases/baocao.yaml" --school THCS-CX
ok "init suggests" grep -q 'THCS-CK' "$tmp/err"
expect "init needs the office file" 2 bash -c "cd '$tmp' && '$bin' init --school THCS-CK"

# plan: export, then use the exported file as a plan file
expect "plan" 0 "$bin" plan
expect "plan --export" 0 "$bin" plan --export
cp "$tmp/out" "$tmp/plan.yaml"
expect "exported plan works as a file" 0 "$bin" validate --plan "$tmp/plan.yaml" "$cases/valid-full.yaml"
sed 's/min_percent: 100/min_percent: 1000/; s/kind: distinct/kind: distinkt/' "$tmp/plan.yaml" > "$tmp/bad-plan.yaml"
expect "a broken plan file" 2 "$bin" validate --plan "$tmp/bad-plan.yaml" "$cases/valid-full.yaml"
ok "plan errors are located" grep -qE 'bad-plan.yaml:[0-9]+:[0-9]+: lỗi\[E106\]' "$tmp/err"
ok "plan kind suggestion" grep -qF 'có phải ý bạn là `distinct`?' "$tmp/err"

# compile: outputs, exit codes, atomic writes
ex="$src/examples"
expect "compile the example" 1 bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/r.md' -o '$tmp/r.json'"
ok "both written" test -s "$tmp/r.md" -a -s "$tmp/r.json"
cp "$tmp/r.md" "$tmp/r.md.before"
mkdir -p "$tmp/tpl" && printf '{{#broken}}\n' > "$tmp/tpl/report.md.mustache"
expect "template error: exit 2" 2 bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/r.md' --template '$tmp/tpl'"
ok "template error leaves the report" cmp -s "$tmp/r.md" "$tmp/r.md.before"
expect "--strict writes nothing" 1 bash -c "cd '$ex' && '$bin' compile nop --strict -o '$tmp/strict.md'"
ok "nothing written" test ! -e "$tmp/strict.md"
mkdir "$tmp/ro" && chmod 555 "$tmp/ro"
expect "read-only folder: exit 2" 2 as_user bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/ro/r.md'"
ok "read-only folder: said" grep -q 'không ghi được.*Permission denied' "$tmp/err"
# A full disk: a 16 KB tmpfs, where the root of a CI machine may mount one.
mkdir -p "$tmp/full"
if mount -t tmpfs -o size=16k tmpfs "$tmp/full" 2> /dev/null; then
  echo "earlier report" > "$tmp/full/r.html"
  expect "full disk: exit 2" 2 bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/full/r.html'"
  ok "full disk: said" grep -q 'không ghi được.*No space left on device' "$tmp/err"
  ok "full disk: earlier report kept" grep -qx 'earlier report' "$tmp/full/r.html"
  ok "full disk: no temporary file left" test "$(ls -A "$tmp/full")" = r.html
  umount "$tmp/full"
fi
# A read-only folder, for root too: a read-only mount.
mkdir -p "$tmp/romount"
if mount -t tmpfs -o ro,size=16k tmpfs "$tmp/romount" 2> /dev/null; then
  expect "read-only mount: exit 2" 2 bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/romount/r.md'"
  ok "read-only: said" grep -q 'không ghi được.*Read-only file system' "$tmp/err"
  umount "$tmp/romount"
fi
expect "missing output folder: exit 2" 2 bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/nofolder/r.md'"
expect "stdout" 1 bash -c "cd '$ex' && '$bin' compile nop -o - --format json"
ok "stdout is json" grep -q '^{"format_version":2,"plan":"pcmd-2024"' "$tmp/out"
expect "unknown extension" 2 bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/r.txt'"
expect "compile needs the office file" 2 bash -c "cd '$tmp' && '$bin' compile '$ex/nop' -o r.md"
# The roster is read beside the files; when it has an error nothing is written.
sed '0,/^    level: thcs$/s//    level: thcs\n    nam: x/' "$cases/baocao.yaml" > "$tmp/bad-office.yaml"
expect "a broken office file" 2 "$bin" compile "$cases/valid-full.yaml" --config "$tmp/bad-office.yaml" -o "$tmp/never.json"
ok "broken office: its error shown, no report" bash -c "grep -q 'bad-office.yaml:.*E101' '$tmp/err' && [ ! -e '$tmp/never.json' ]"
expect "a complete office: exit 0" 0 "$bin" compile "$cases/valid-full.yaml" "$cases/valid-habits.yaml" --config "$cases/baocao.yaml" -o "$tmp/c.json"
ok "complete office counts" grep -q '"expected":2,"submitted":2,"valid":2,"on_time":2' "$tmp/c.json"
cp "$cases/valid-full.yaml" "$tmp/copy.yaml"
expect "two files for one school" 1 "$bin" compile "$cases/valid-full.yaml" "$tmp/copy.yaml" "$cases/valid-habits.yaml" --config "$cases/baocao.yaml" -o "$tmp/d.json"
ok "duplicate reported" grep -q 'copy.yaml:5:9: lỗi\[E207\]' "$tmp/err"
ok "duplicate is invalid" grep -q '"invalid":\["THCS-CK"\]' "$tmp/d.json"
ok "inputs untouched" cmp -s "$cases/valid-full.yaml" "$tmp/copy.yaml"

expect "a file named twice is one submission" 0 "$bin" compile "$cases/valid-full.yaml" "$cases/valid-full.yaml" "$cases/valid-habits.yaml" "$cases/../cases/valid-habits.yaml" --config "$cases/baocao.yaml" -o "$tmp/twice.json"
ok "named twice: no E207" bash -c "! grep -q E207 '$tmp/err'"
ok "named twice: one file each" grep -q '"submitted":2,"valid":2' "$tmp/twice.json"
expect "duplicates in english" 1 "$bin" compile --lang en "$cases/valid-full.yaml" "$tmp/copy.yaml" --config "$cases/baocao.yaml" -o "$tmp/d.json"
ok "E207 has its caret and hint" bash -c "grep -A4 'copy.yaml:5:9: error\[E207\]: school code \`THCS-CK\` is also claimed by' '$tmp/err' | grep -q '^  = hint: one file per school'"
ok "E207 caret under the code" bash -c "grep -A3 'copy.yaml:5:9: error\[E207\]' '$tmp/err' | grep -qx '  |         ^^^^^^^'"
expect "E207 in colour on a terminal" 1 env -u NO_COLOR script -qec "'$bin' compile '$cases/valid-full.yaml' '$tmp/copy.yaml' --config '$cases/baocao.yaml' -o '$tmp/d.json'" /dev/null
ok "colour on a terminal" grep -q $'\x1b\[1;31mlỗi\[E207\]' "$tmp/out"

# --template: a folder with a report skeleton of one's own, saying a word
# of the built-in ones and one of its own (words/vi.yaml)
mkdir -p "$tmp/skel/words" && printf '# {{office}}\n{{>w-column-sent}}: {{#submitted}}{{part}}/{{whole}}{{/submitted}}. {{>w-mine}}\n' > "$tmp/skel/report.md.mustache"
printf 'mine: "Của phòng & <tôi>"\n' > "$tmp/skel/words/vi.yaml"
expect "own skeleton" 1 bash -c "cd '$ex' && '$bin' compile nop --template '$tmp/skel' -o '$tmp/own.md' -o '$tmp/own.html'"
printf '%s\n' '# PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' 'Đã nộp: 36/39. Của phòng & \<tôi\>' > "$tmp/own-expected.md"
ok "own skeleton used for md, its word escaped" cmp -s "$tmp/own.md" "$tmp/own-expected.md"
ok "built-in skeleton for the other formats" grep -q '<!DOCTYPE html>' "$tmp/own.html"
expect "own skeleton in English: its word in Vietnamese" 1 bash -c "cd '$ex' && '$bin' compile nop --lang en --template '$tmp/skel' -o '$tmp/own-en.md'"
ok "English falls back to the Vietnamese word" grep -qx 'Sent: 36/39. Của phòng & \\<tôi\\>' "$tmp/own-en.md"
# --template with words/vi.yaml alone: the one word it changes changes, and nothing else.
expect "built-in report" 1 bash -c "cd '$ex' && '$bin' compile nop -o '$tmp/builtin.md' -o '$tmp/builtin.html'"
mkdir -p "$tmp/oneword/words" && printf 'heading-results: "KẾT QUẢ CÁC NHIỆM VỤ & VIỆC <KHÁC>"\n' > "$tmp/oneword/words/vi.yaml"
expect "one word of one's own" 1 bash -c "cd '$ex' && '$bin' compile nop --template '$tmp/oneword' -o '$tmp/oneword.md' -o '$tmp/oneword.html'"
printf '%s\n' '< ## II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ' '> ## II. KẾT QUẢ CÁC NHIỆM VỤ & VIỆC \<KHÁC\>' > "$tmp/oneword-md.diff"
printf '%s\n' '< <h2>II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ</h2>' '> <h2>II. KẾT QUẢ CÁC NHIỆM VỤ &amp; VIỆC &lt;KHÁC&gt;</h2>' > "$tmp/oneword-html.diff"
ok "one word changed in Markdown, escaped" bash -c "diff '$tmp/builtin.md' '$tmp/oneword.md' | grep '^[<>]' | cmp -s - '$tmp/oneword-md.diff'"
ok "one word changed in HTML, escaped" bash -c "diff '$tmp/builtin.html' '$tmp/oneword.html' | grep '^[<>]' | cmp -s - '$tmp/oneword-html.diff'"
# A word the program says itself follows the folder too, in every format:
# one status word changes appendix 1 and the workbook's school sheet alike.
mkdir -p "$tmp/status/words" && printf 'status-submitted: "Đã gửi đủ"\nsheet-schools: "Danh sách trường"\n' > "$tmp/status/words/vi.yaml"
expect "status words of one's own" 1 bash -c "cd '$ex' && '$bin' compile nop --template '$tmp/status' -o '$tmp/status.md' -o '$tmp/status.xlsx'"
ok "the status word in appendix 1" bash -c "grep -c '| Đã gửi đủ[, ]' '$tmp/status.md' | grep -qx 33"
ok "the same word and the sheet's name in the workbook" /usr/bin/python3 -c '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Danh sách trường"]
sys.exit(0 if sum(r[5] == "Đã gửi đủ" for r in ws.iter_rows(min_row=2, values_only=True)) == 33 else 1)' "$tmp/status.xlsx"
# A mistake in a words file: located, E303, exit 2, nothing written.
mkdir -p "$tmp/badwords/words" && printf 'heading-resutls: "X"\ntitle:\n  - a\n' > "$tmp/badwords/words/vi.yaml"
expect "words file mistakes: exit 2" 2 bash -c "cd '$ex' && '$bin' compile nop --template '$tmp/badwords' -o '$tmp/badwords.md'"
ok "words file mistakes: nothing written" test ! -e "$tmp/badwords.md"
ok "a mistyped word is located, with the nearest" bash -c "grep -A4 'badwords/words/vi.yaml:1:1: lỗi\[E303\]' '$tmp/err' | grep -qF 'có phải ý bạn là \`heading-results\`?'"
ok "a word that is no text is located" grep -q 'badwords/words/vi.yaml:3:3: lỗi\[E303\]' "$tmp/err"
# The layout before words: DIR/vi/report.md.mustache, its words written in.
mkdir -p "$tmp/mytpl/vi" && printf '# {{office}}\nĐã nộp: {{#submitted}}{{part}}/{{whole}}{{/submitted}}\n' > "$tmp/mytpl/vi/report.md.mustache"
expect "own template" 1 bash -c "cd '$ex' && '$bin' compile nop --template '$tmp/mytpl' -o '$tmp/own.md' -o '$tmp/own.html'"
ok "own template used for md" bash -c "[ \"\$(cat '$tmp/own.md')\" = \"\$(printf '# PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nĐã nộp: 36/39')\" ]"
ok "built-in template for the other formats" grep -q '<!DOCTYPE html>' "$tmp/own.html"
# Partials, inlined before parsing: nested, in a loop, and one that changes
# its delimiters (kept as a partial, its change not leaking into the report).
printf '{{#submitted}}{{>my-part}}{{/submitted}}|{{#missing_schools}}{{>my-name}};{{/missing_schools}}|{{>my-delims}}|{{office}}\n' \
  > "$tmp/mytpl/vi/report.md.mustache"
printf '{{part}} of {{>my-whole}}\n' > "$tmp/mytpl/vi/my-part.md.mustache"
printf '{{whole}}' > "$tmp/mytpl/vi/my-whole.md.mustache"
printf '{{name}}' > "$tmp/mytpl/vi/my-name.md.mustache"
printf '{{=<%% %%>=}}<%%office%%>' > "$tmp/mytpl/vi/my-delims.md.mustache"
expect "own partials" 1 bash -c "cd '$ex' && '$bin' compile nop --template '$tmp/mytpl' -o '$tmp/own.md'"
ok "own partials rendered" bash -c "[ \"\$(cat '$tmp/own.md')\" = '36 of 39|Trường THCS Chiềng Yên;Trường Mầm non Mường Tè;Trường Tiểu học Suối Bàng;|PHÒNG GIÁO DỤC VÀ ĐÀO TẠO|PHÒNG GIÁO DỤC VÀ ĐÀO TẠO' ]"

# init and plan, the rest of their options
expect "init -o -" 0 "$bin" init --config "$cases/baocao.yaml" --school THCS-CK -o -
ok "init -o - prints the form" grep -q '^  code: "THCS-CK"' "$tmp/out"
echo "filled in" > "$tmp/filled.yaml"
expect "init --force overwrites" 0 "$bin" init --config "$cases/baocao.yaml" --school THCS-CK -o "$tmp/filled.yaml" --force
ok "init --force wrote the form" grep -q '^plan: pcmd-2024' "$tmp/filled.yaml"
expect "plan --format json" 0 "$bin" plan --format json
ok "plan json" /usr/bin/python3 -c "import json,sys; d=json.load(open('$tmp/out')); assert d['plan']=='pcmd-2024' and len(d['requirements'])==12 and d['requirements'][10]['needs_roster']"

# plan --schema: a JSON Schema that takes the example files and the blank
# form, and rejects the cases a schema can see (keys, types, ranges, codes).
expect "plan --schema" 0 "$bin" plan --schema
cp "$tmp/out" "$tmp/schema.json"
ok "schema validates and rejects" /usr/bin/python3 - "$tmp/schema.json" "$src" "$tmp/filled.yaml" <<'PY'
import glob, json, sys, jsonschema, yaml
schema = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator.check_schema(schema)
v = jsonschema.Draft7Validator(schema)
class Loader(yaml.SafeLoader):  # dates stay text, as for an editor's YAML 1.2
    pass
Loader.yaml_implicit_resolvers = {k: [r for r in rs if r[0] != 'tag:yaml.org,2002:timestamp']
                                  for k, rs in yaml.SafeLoader.yaml_implicit_resolvers.items()}
load = lambda f: yaml.load(open(f, encoding='utf-8-sig'), Loader=Loader)
src = sys.argv[2]
good = [f for f in sorted(glob.glob(src + '/examples/nop/*.yaml'))
        if not f.endswith(('mn-lh.yaml', 'th-cx.yaml'))] + [src + '/tests/cases/valid-full.yaml', sys.argv[3]]
bad = [src + '/examples/nop/mn-lh.yaml', src + '/examples/nop/th-cx.yaml'] + \
      [f for p in ('e101', 'e102', 'e103', 'e105', 'e106', 'e107', 'e108', 'e110', 'e205')
       for f in glob.glob(src + '/tests/cases/' + p + '-*.yaml')]
failed = False
for f in good:
    errors = list(v.iter_errors(load(f)))
    if errors:
        print('schema rejects', f, errors[0].message); failed = True
for f in bad:
    if v.is_valid(load(f)):
        print('schema takes', f); failed = True
sys.exit(1 if failed else 0)
PY

# A field required when a code field holds one of given codes (required_when:
# {field, any_of}): the school violence example's agency, required when an
# incident was referred to the police. Said at the code, in both languages,
# and the plan's schema asks the same of an editor.
blhd="$src/examples/bao-luc-hoc-duong"
sed '/referred_to:/d' "$blhd/nop/ptdtbt-xn.yaml" > "$tmp/xn.yaml"
expect "required by a code" 1 "$bin" validate --plan "$blhd/ke-hoach-blhd-2025.yaml" "$tmp/xn.yaml"
ok "required by a code: E203 at the code" grep -qF "xn.yaml:41:23: lỗi[E203]: cách xử lý là “Chuyển công an, cơ quan chức năng” nhưng thiếu cơ quan tiếp nhận" "$tmp/out"
expect "required by a code, in English" 1 "$bin" validate --lang en --plan "$blhd/ke-hoach-blhd-2025.yaml" "$tmp/xn.yaml"
ok "required by a code, in English" grep -qF "xn.yaml:41:23: error[E203]: handling is “Referred to the police or authorities” but the agency referred to is missing" "$tmp/out"
expect "blhd plan --schema" 0 "$bin" plan --plan "$blhd/ke-hoach-blhd-2025.yaml" --schema
cp "$tmp/out" "$tmp/blhd-schema.json"
ok "blhd schema: the agency is asked for when referred" /usr/bin/python3 - "$tmp/blhd-schema.json" "$blhd/nop" "$tmp/xn.yaml" <<'PY'
import json, sys, jsonschema, yaml
v = jsonschema.Draft7Validator(json.load(open(sys.argv[1])))
class Loader(yaml.SafeLoader):
    pass
Loader.yaml_implicit_resolvers = {k: [r for r in rs if r[0] != 'tag:yaml.org,2002:timestamp']
                                  for k, rs in yaml.SafeLoader.yaml_implicit_resolvers.items()}
good = yaml.load(open(sys.argv[2] + '/ptdtbt-xn.yaml', encoding='utf-8'), Loader=Loader)
bad = yaml.load(open(sys.argv[3], encoding='utf-8'), Loader=Loader)
errors = [e.message for e in v.iter_errors(good)]
missing = [e.message for e in v.iter_errors(bad)]
if errors or not any('referred_to' in m for m in missing): print(errors, missing)
sys.exit(0 if not errors and any('referred_to' in m for m in missing) else 1)
PY

# limits and hostile folders
big="$tmp/big"; mkdir -p "$big"
sed '/^activities:/,$d' "$cases/valid-full.yaml" > "$big/many.yaml"
{ echo "activities:"
  for i in $(seq 1 60000); do
    printf '  - {form: chao_co, title: Hoạt động %d, date: 2024-04-01, participants: {students: 10}, topics: [mai_dam]}\n' "$i"
  done
  sed -n '/^training:/,$p' "$cases/valid-full.yaml"; } >> "$big/many.yaml"
# Two over-long lines are each reported; a control character after them
# stops the check there, after both.
{ echo "plan: pcmd-2024"
  printf 'school:\n  name: %s\n' "$(head -c 20001 /dev/zero | tr '\0' x)"
  printf 'prepared:\n  by: %s\n' "$(head -c 25000 /dev/zero | tr '\0' y)"
  printf 'staff:\n  total: 1\x01\n'; } > "$big/long.yaml"
expect "long lines" 1 "$bin" validate "$big/long.yaml"
ok "long lines: E010 at each, E001 after" bash -c "grep -c 'E010' '$tmp/out' | grep -qx 2 && grep -q '^$big/long.yaml:7:11: lỗi\[E001\]' '$tmp/out'"
expect "60,000 activities validate" 0 "$bin" validate "$big/many.yaml"
ok "60,000 activities: no error" grep -q '0 lỗi' "$tmp/out"
# More values than any school's report holds (4 million): E011, and the
# check stops there rather than building the rest.
{ sed '/^activities:/,$d' "$cases/valid-full.yaml"; echo 'activities:'; yes '  - 0' | head -n 4000001; } > "$big/values.yaml"
expect "too many values" 1 "$bin" validate "$big/values.yaml"
ok "too many values: E011" grep -q 'values.yaml:[0-9]*:[0-9]*: lỗi\[E011\]' "$tmp/out"
rm -f "$big/values.yaml"
head -c $((65 * 1024 * 1024)) /dev/zero | tr '\0' '#' > "$big/huge.yaml"
expect "a file over 64 MB" 1 "$bin" validate "$big/huge.yaml"
ok "too large is said" grep -q 'lỗi\[E012\].*64 MB' "$tmp/out"
rm -f "$big/huge.yaml" "$big/many.yaml"
walk="$tmp/walk"; mkdir -p "$walk/a/b" "$walk/.hidden"
cp "$cases/valid-full.yaml" "$walk/a/b/one.yaml"
cp "$cases/e201-count-above-total.yaml" "$walk/.hidden/skipped.yaml"
ln -s .. "$walk/a/b/loop"                       # a folder link back up: never followed
ln -s "$walk/none.yaml" "$walk/a/dangling.yaml" # a file link to nothing: reported, others go on
printf 'not yaml' > "$walk/a/notes.txt"         # not a school file: ignored
cp "$cases/valid-habits.yaml" "$walk/a/$(printf 'tr\xf0\x28\x8c\x28ng.yaml')"  # a name that is not UTF-8
expect "hostile folder" 1 "$bin" validate "$walk"
ok "walk: dangling link reported" grep -q 'dangling.yaml:1:1: lỗi\[E012\]' "$tmp/out"
ok "walk: three files read" grep -q 'Đã kiểm tra 3 tệp' "$tmp/out"
expect "json with a file name that is not UTF-8" 1 "$bin" validate --format json "$walk"
ok "json parses, the name replaced and said" /usr/bin/python3 -c "
import json; d = json.load(open('$tmp/out', encoding='utf-8'))
f = [f for f in d['files'] if 'path_note' in f]
assert len(f) == 1 and '\ufffd' in f[0]['path'], f"
ok "walk: hidden skipped" bash -c "! grep -q skipped.yaml '$tmp/out'"
cp "$cases/valid-full.yaml" "$walk/locked.yaml" && chmod 000 "$walk/locked.yaml"
chmod -R a+rX "$walk/a"
expect "unreadable file" 1 as_user "$bin" validate "$walk/locked.yaml"
ok "unreadable file: said, in Vietnamese" grep -q 'locked.yaml:1:1: lỗi\[E012\]: không mở được tệp: không có quyền (Permission denied)' "$tmp/out"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
