#!/usr/bin/env bash
# The report broken down by level and by commune (appendix 1's tables, the
# workbook's "Theo cấp, xã" sheet, the JSON's `breakdown`): for each example
# office, every view's rows add up to the report's totals and counts, the
# levels follow the plan's level list, and the workbook says what the JSON
# says.
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

office() {  # name, folder, extra arguments
  local name=$1 dir=$2; shift 2
  (cd "$dir" && "$bin" compile nop "$@" -o "$tmp/$name.json" -o "$tmp/$name.xlsx" -o "$tmp/$name.md" 2> /dev/null)
  check "$name: every view adds up to the totals" $py - "$tmp/$name.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
kinds = {d["id"]: d["kind"] for d in r["figure_defs"]}
numbers = [i for i, k in kinds.items() if k in ("sum", "count", "schools")]
assert set(r["breakdown"]) == {"level", "commune"}, r["breakdown"].keys()
for view, rows in r["breakdown"].items():
    assert sum(x["expected"] for x in rows) == r["schools"]["expected"], view
    assert sum(x["submitted"] for x in rows) == r["schools"]["submitted"], view
    assert sum(x["valid"] for x in rows) == r["schools"]["valid"], view
    for i in numbers:
        assert sum(x["figures"][i] for x in rows) == r["figures"][i], (view, i)
# Each school in its own level's and commune's row.
for view, field in (("level", "level"), ("commune", "commune")):
    for x in r["breakdown"][view]:
        assert x["expected"] == sum(1 for s in r["per_school"] if s[field] == x["group"]), (view, x["group"])
PY
  check "$name: the workbook's sheet is the JSON's breakdown" $py - "$tmp/$name.xlsx" "$tmp/$name.json" <<'PY'
import json, sys, openpyxl
r = json.load(open(sys.argv[2]))
ws = openpyxl.load_workbook(sys.argv[1])["Theo cấp, xã"]
rows = list(ws.iter_rows(values_only=True))[1:]
want = [(x["expected"], x["submitted"], x["valid"]) for view in ("level", "commune") for x in r["breakdown"][view]]
assert [row[2:5] for row in rows] == want, rows
PY
}
office example "$src/examples"
office blhd "$src/examples/bao-luc-hoc-duong" --plan ke-hoach-blhd-2025.yaml
office commune "$src/tests/offices/xa-van-ho"

# The levels in the plan's order, by their names; the table's "Cộng" row is the report's.
check "levels in the plan's order" $py - "$tmp/example.json" "$src/plans/pcmd-2024.yaml" <<'PY'
import json, sys, yaml
r = json.load(open(sys.argv[1]))
order = [t["code"] for t in yaml.safe_load(open(sys.argv[2]))["vocabularies"]["level"]]
got = [x["group"] for x in r["breakdown"]["level"]]
assert got == [c for c in order if c in got], got
PY
check "the table by level ends with the totals" grep -q '^| \*\*Cộng\*\* | \*\*39\*\* | \*\*36\*\* | \*\*33\*\* | \*\*1.263/1.281\*\* |' "$tmp/example.md"

# --units: the communes as now too (Resolution 1681/NQ-UBTVQH15: 14 into 5).
walk=$src/data/crosswalks/van-ho-2025.yaml
(cd "$src/examples" && "$bin" compile nop --units "$walk" -o "$tmp/units.json" -o "$tmp/units.md" -o "$tmp/units.xlsx" 2> /dev/null)
check "--units: exit 1 (the example has missing schools)" test $? = 1
check "--units: as then and as now, each adding up to the totals" $py - "$tmp/units.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
b = r["breakdown"]
assert [x["group"] for x in b["commune_now"]] == ["Vân Hồ", "Song Khủa", "Tô Múa", "Xuân Nha", "Chiềng Sơn"], b["commune_now"]
assert len(b["commune"]) == 14
kinds = {d["id"]: d["kind"] for d in r["figure_defs"]}
for view in ("commune", "commune_now"):
    assert sum(x["expected"] for x in b[view]) == r["schools"]["expected"]
    for i, k in kinds.items():
        if k in ("sum", "count", "schools"):
            assert sum(x["figures"][i] for x in b[view]) == r["figures"][i], (view, i)
# Chiềng Xuân's schools went to Mộc Châu's Chiềng Sơn.
assert b["commune_now"][4]["expected"] == sum(1 for s in r["per_school"] if s["commune"] == "Chiềng Xuân")
PY
check "--units: the report has the table as now" grep -q '^\*\*Tổng hợp theo xã sau sắp xếp\*\*' "$tmp/units.md"
check "--units: and says the other one is as then" grep -q '^\*\*Tổng hợp theo xã trước sắp xếp\*\*' "$tmp/units.md"
check "--units: the workbook lists the communes as now" $py -c '
import sys, openpyxl
rows = list(openpyxl.load_workbook(sys.argv[1])["Theo cấp, xã"].iter_rows(values_only=True))
assert [r[1] for r in rows if r[0] == "Xã sau sắp xếp"] == ["Vân Hồ", "Song Khủa", "Tô Múa", "Xuân Nha", "Chiềng Sơn"]' "$tmp/units.xlsx"

# A roster commune in neither list: E621 naming the school, nothing written.
mkdir "$tmp/office"
cp -r "$src/examples/nop" "$tmp/office/"
sed '0,/commune: Vân Hồ/s//commune: Mường Sang/' "$src/examples/baocao.yaml" > "$tmp/office/baocao.yaml"
(cd "$tmp/office" && "$bin" compile nop --units "$walk" -o "$tmp/none.md" 2> "$tmp/unplaced.err")
check "a commune the crosswalk lacks: exit 2" test $? = 2
check "a commune the crosswalk lacks: nothing written" test ! -e "$tmp/none.md"
check "a commune the crosswalk lacks: E621 names the school and the commune" \
  grep -q "E621.*MN-VH.*Mường Sang" "$tmp/unplaced.err"
# A crosswalk naming an old commune twice: refused before any school's file is read.
$py -c '
import sys
text = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w", encoding="utf-8").write(text.replace("then: [Chiềng Xuân, Chiềng Sơn]", "then: [Chiềng Xuân, Chiềng Sơn, Vân Hồ]"))' "$walk" "$tmp/twice.yaml"
(cd "$src/examples" && "$bin" compile nop --units "$tmp/twice.yaml" -o "$tmp/twice.md" 2> "$tmp/twice.err")
check "a commune twice in the crosswalk: exit 2, nothing written" test $? = 2 -a ! -e "$tmp/twice.md"
check "a commune twice in the crosswalk: E620" grep -q "E620" "$tmp/twice.err"

# An empty file, each as what it was given for: the hint says what that file holds.
: > "$tmp/empty.yaml"
empty_hint() {  # name, option, words of the hint
  (cd "$src/examples" && "$bin" compile nop "$2" "$tmp/empty.yaml" -o "$tmp/empty.md" 2> "$tmp/empty.err")
  check "an empty $1: exit 2, nothing written" test $? = 2 -a ! -e "$tmp/empty.md"
  check "an empty $1: E018 with its own hint" grep -q "gợi ý: $3" "$tmp/empty.err"
}
empty_hint crosswalk --units "ghi \`units:\`, rồi mỗi xã sau sắp xếp một dòng"
empty_hint "office file" --config "chép tệp baocao.yaml của phòng ví dụ"
empty_hint "plan file" --plan "bắt đầu từ \`baocao plan --export"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
