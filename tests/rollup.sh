#!/usr/bin/env bash
# `baocao rollup` end to end, on units' JSON reports of format 2:
#  - the Department's roll-up of a district office's report: a line per unit
#    (the one that sent nothing listed), the inputs with the SHA-256 of
#    their bytes (as sha256sum gives it), the schema followed;
#  - the roll-up rolled up again: the same figures;
#  - bad input: a report cut short, another JSON file, a format 1 report, a
#    report of a unit not on the roster, a school roster given as the units'
#    file: exit 2, a located error with its code, and nothing written (an
#    earlier output stays as it was).
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
py=/usr/bin/python3
fail=0 passed=0
check() {  # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed+1)); else echo "FAIL: $name"; fail=$((fail+1)); fi
}
json() {  # file, python expression over `r` that must be true
  $py -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}
cd "$src/tests/rollup"
unit=$src/tests/fixtures/report-v2-sample.json

"$bin" rollup "$unit" --config so.yaml -o "$tmp/so.json" 2> "$tmp/so.err"
check "rollup: exit 1 (a unit sent nothing)" test $? = 1
check "rollup: the summary line" grep -q "2 đơn vị: 1 đã gửi, 1 chưa gửi" "$tmp/so.err"
check "rollup: a line per unit, in roster order" json "$tmp/so.json" \
  '[u["code"] for u in r["units"]] == ["PGD-VH", "PGD-MC"] and r["units"][1]["submitted"] is False'
check "rollup: the unit's report is on time by the Department's deadline" json "$tmp/so.json" 'r["units"][0]["on_time"]'
sha=$(sha256sum "$unit" | cut -d' ' -f1)
check "rollup: each input with the SHA-256 of its bytes" json "$tmp/so.json" \
  "r['inputs'][0]['sha256'] == '$sha' and r['inputs'][0]['period'] == {'from': '2024-01-01', 'to': '2024-12-31'}"
check "rollup: the figures of the unit's schools" json "$tmp/so.json" \
  "r['figures'] == json.load(open('$unit'))['figures']"
check "rollup: each school names its unit" json "$tmp/so.json" 'all(s["unit"] == "PGD-VH" for s in r["per_school"])'
check "rollup: the report follows the schema" $py -c '
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])), cls=jsonschema.Draft202012Validator)' \
  "$src/docs/report-schema.json" "$tmp/so.json"

"$bin" rollup "$tmp/so.json" --config bo.yaml -o "$tmp/bo.json" 2> /dev/null
check "rollup of a roll-up: exit 1 (schools invalid below)" test $? = 1
check "rollup of a roll-up: the same figures" json "$tmp/bo.json" "r['figures'] == json.load(open('$tmp/so.json'))['figures']"
check "rollup of a roll-up: schools now under the Department" json "$tmp/bo.json" \
  'r["schools"]["valid"] == 2 and all(s["unit"] == "SGD-SL" for s in r["per_school"])'

# --units: the breakdown by commune as then and as now (Vân Hồ 2025).
units=$src/data/crosswalks/van-ho-2025.yaml
"$bin" rollup "$unit" --config so.yaml --units "$units" -o "$tmp/units.json" 2> /dev/null
check "--units: exit 1" test $? = 1
check "--units: Chiềng Xuân's school is in Chiềng Sơn as now" json "$tmp/units.json" \
  '[(g["group"], g["expected"]) for g in r["breakdown"]["commune_now"]] == [("Vân Hồ", 2), ("Chiềng Sơn", 1)]'
check "--units: as then and as now add up to the totals" json "$tmp/units.json" '
all(sum(g["figures"][k] for g in r["breakdown"][view]) == r["figures"][k]
    for view in ("level", "commune", "commune_now") for k in r["breakdown"][view][0]["figures"])'
check "--units: the report follows the schema" $py -c '
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])), cls=jsonschema.Draft202012Validator)' \
  "$src/docs/report-schema.json" "$tmp/units.json"

# --previous: compared with an earlier report, here of format 1 (by the ids both have).
"$bin" rollup "$unit" --config so.yaml --previous "$src/tests/fixtures/report-v1.json" -o "$tmp/prev.json" 2> /dev/null
check "--previous: exit 1" test $? = 1
check "--previous: a change in words, both languages" json "$tmp/prev.json" '
r["comparison"]["figures"]["activities"] == {"before": 103, "now": 7, "change": -96,
  "words": {"vi": "giảm 96 (93,2%) so với kỳ trước", "en": "down 96 (93.2%) on the previous period"}}'
check "--previous: what could not be compared is listed" json "$tmp/prev.json" '
"reached" in r["comparison"]["not_compared"] and "lessons" in r["comparison"]["not_compared"]'
check "--previous: schools of one period only are named" json "$tmp/prev.json" '
"MN-A" in r["comparison"]["schools_only_now"] and "MN-VH" in r["comparison"]["schools_only_before"]'
check "--previous: the report follows the schema" $py -c '
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])), cls=jsonschema.Draft202012Validator)' \
  "$src/docs/report-schema.json" "$tmp/prev.json"

refused() {  # name, expected code, report file, [office file]
  local name=$1 code=$2 file=$3 office=${4:-so.yaml}
  echo "earlier report" > "$tmp/out.json"
  "$bin" rollup "$file" --config "$office" -o "$tmp/out.json" 2> "$tmp/err"
  local rc=$?
  check "$name: exit 2" test $rc = 2
  check "$name: $code" grep -q "$code" "$tmp/err"
  check "$name: nothing written" grep -qx "earlier report" "$tmp/out.json"
}
head -c 900 "$unit" > "$tmp/cut.json"
refused "a report cut short" "E601" "$tmp/cut.json"
check "a report cut short: the place where it stops" grep -q "cut.json:[0-9]*:[0-9]*: lỗi\[E601\]" "$tmp/err"
echo '{"name": "x", "version": "1"}' > "$tmp/package.json"
refused "another JSON file" "E602" "$tmp/package.json"
refused "a format 1 report" "E614" "$src/tests/fixtures/report-v1.json"
sed 's/"code": "PGD-VH"/"code": "PGD-XX"/' "$unit" > "$tmp/other.json"
refused "a unit not on the roster" "E610" "$tmp/other.json"
"$bin" rollup "$unit" "$unit" --config so.yaml -o "$tmp/two.json" 2> "$tmp/err"
check "two reports of one unit: exit 2" test $? = 2
check "two reports of one unit: E611" grep -q "E611" "$tmp/err"
check "two reports of one unit: nothing written" test ! -e "$tmp/two.json"
refused "a school roster as the units' file" "E606" "$unit" "$src/examples/baocao.yaml"
printf 'units:\n  - {now: A, then: [Vân Hồ]}\n  - {now: B, then: [Chiềng Xuân, Vân Hồ]}\n' > "$tmp/twice.yaml"
echo "earlier report" > "$tmp/out.json"
"$bin" rollup "$unit" --config so.yaml --units "$tmp/twice.yaml" -o "$tmp/out.json" 2> "$tmp/err"
check "a crosswalk naming a unit twice: exit 2" test $? = 2
check "a crosswalk naming a unit twice: E620 at its place" grep -q "twice.yaml:3:34: lỗi\[E620\]" "$tmp/err"
check "a crosswalk naming a unit twice: nothing written" grep -qx "earlier report" "$tmp/out.json"
printf 'units:\n  - {now: A, then: [Vân Hồ]}\n' > "$tmp/short.yaml"
"$bin" rollup "$unit" --config so.yaml --units "$tmp/short.yaml" -o "$tmp/out.json" 2> "$tmp/err"
check "a school's commune in neither list: exit 2" test $? = 2
check "a school's commune in neither list: E621 naming the school" grep -q "E621.*THCS-C.*Chiềng Xuân" "$tmp/err"
check "a school's commune in neither list: nothing written" grep -qx "earlier report" "$tmp/out.json"
# The documents compile writes, for the Department to sign.
"$bin" rollup "$unit" --config so.yaml -o "$tmp/so.md" -o "$tmp/so.docx" -o "$tmp/so.xlsx" -o "$tmp/so2.json" 2> "$tmp/err"
check "documents: exit 1 (a unit sent nothing)" test $? = 1
check "documents: the JSON beside them is the roll-up's own" cmp -s "$tmp/so.json" "$tmp/so2.json"
check "documents: part I counts the units" grep -q "^Có 1/2 đơn vị (50,0%) đã gửi báo cáo tổng hợp, trong đó 1 đơn vị gửi đúng hạn" "$tmp/so.md"
check "documents: the unit that sent nothing is named" grep -q "chưa gửi: Phòng GD&ĐT Mộc Châu" "$tmp/so.md"
check "documents: a line per unit, its rates with numerator and denominator" \
  grep -q "^| 2 | Phòng GD&ĐT Mộc Châu | Chưa gửi | 0 |" "$tmp/so.md"
check "documents: the Word file has the units' table" bash -c "pandoc -f docx -t plain '$tmp/so.docx' | grep -q 'Tình hình gửi báo cáo của các đơn vị'"
check "documents: the workbook's totals are the JSON's" $py - "$tmp/so.xlsx" "$tmp/so.json" <<'PY'
import json, sys, openpyxl
r = json.load(open(sys.argv[2]))
rows = {k: v for _, v, k in list(openpyxl.load_workbook(sys.argv[1])["Tổng hợp"].iter_rows(values_only=True))[1:]}
assert rows["totals.activities"] == r["totals"]["activities"] and rows["schools.valid"] == r["schools"]["valid"], rows
PY
check "documents: a school sent back by a report without its errors points to the unit's report" \
  grep -q "đơn vị PGD-VH đã trả lại báo cáo để trường sửa (xem báo cáo của đơn vị)" "$tmp/so.md"
# A unit's report of today carries each invalid school's errors: the
# roll-up's appendix 2 says them as the unit's own did, and so does a
# roll-up of the roll-up.
(cd "$src/examples" && "$bin" compile nop -o "$tmp/vh.json" -o "$tmp/vh.md" 2> /dev/null)
"$bin" rollup "$tmp/vh.json" --config so.yaml -o "$tmp/why.md" -o "$tmp/why.json" 2> /dev/null
"$bin" rollup "$tmp/why.json" --config bo.yaml -o "$tmp/why2.md" 2> /dev/null
check "documents: the invalid schools' errors as the unit's appendix 2 words them" $py - "$tmp/vh.md" "$tmp/why.md" "$tmp/why2.md" "$tmp/vh.json" <<'PY'
import json, re, sys
unit, *rollups = (open(p).read() for p in sys.argv[1:4])
invalid = json.load(open(sys.argv[4]))["schools"]["invalid"]
assert invalid, "the example has schools with errors"
def reasons(md, name):
    line = next(l for l in md.splitlines() if f"| {name} |" in l and "chỗ chưa đúng" in l)
    return line, re.findall(r"<br>- (Dòng \d+: [^<|]*)", line)
names = {s["code"]: s["name"] for s in json.load(open(sys.argv[4]))["per_school"]}
for code in invalid:
    _, want = reasons(unit, names[code])
    assert want, code
    for md in rollups:
        line, got = reasons(md, names[code])
        assert got == want, (code, got, want)
        assert re.search(r"của đơn vị (PGD-VH|SGD-SL)\)", line), line
PY
"$bin" rollup "$unit" --config so.yaml -o "$tmp/x.txt" 2> "$tmp/err"
check "rollup: exit 2 for a format it does not write" test $? = 2
check "rollup: and writes nothing" test ! -e "$tmp/x.txt"

# A roll-up's inputs, checked where they still are: the same unit's report of
# the same period, edited after the roll-up, is E617 and nothing is written.
mkdir -p "$tmp/then" "$tmp/again"
cp "$unit" "$tmp/then/unit.json"
cp "$unit" "$tmp/again/unit.json"
"$bin" rollup "$tmp/then/unit.json" --config so.yaml -o "$tmp/then/up.json" 2> /dev/null
"$bin" rollup "$tmp/again/unit.json" --config so.yaml --previous "$tmp/then/up.json" -o "$tmp/again/up.json" 2> /dev/null
check "inputs unchanged: the roll-up reads (exit 1)" test $? = 1
$py -c '
import json, sys
r = json.load(open(sys.argv[1])); r["per_school"][0]["name"] += " (sửa)"
json.dump(r, open(sys.argv[1], "w"), ensure_ascii=False)' "$tmp/then/unit.json"
rm -f "$tmp/again/up.json"
"$bin" rollup "$tmp/again/unit.json" --config so.yaml --previous "$tmp/then/up.json" -o "$tmp/again/up.json" 2> "$tmp/err"
check "an input edited after the roll-up: exit 2" test $? = 2
check "an input edited after the roll-up: E617 naming it" grep -q "E617.*then/unit.json" "$tmp/err"
check "an input edited after the roll-up: nothing written" test ! -e "$tmp/again/up.json"
# Another period's report under the same name is not that input edited.
edit_period() { $py -c '
import json, sys
r = json.load(open(sys.argv[1])); r["period"] = {"from": "2025-01-01", "to": "2025-12-31"}
json.dump(r, open(sys.argv[1], "w"), ensure_ascii=False)' "$1"; }
edit_period "$tmp/then/unit.json"
"$bin" rollup "$tmp/again/unit.json" --config so.yaml --previous "$tmp/then/up.json" -o "$tmp/again/up.json" 2> /dev/null
check "next year's report under the input's name: no E617 (exit 1)" test $? = 1

echo "$passed passed, $fail failed"
[ $fail = 0 ]
