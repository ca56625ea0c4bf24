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

echo "$passed passed, $fail failed"
[ $fail = 0 ]
