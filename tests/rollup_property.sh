#!/usr/bin/env bash
# The roll-up adds up to one compile, whatever the grouping: the example
# office's schools split into 2 to 5 units in several ways (a unit office
# file per unit, each with its share of the roster), each unit compiled to
# JSON, the units rolled up; every figure (of every kind) equals the one
# compile of all the files, and each unit's line of the roll-up adds up to
# the totals.
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
(cd "$src/examples" && "$bin" compile nop -o "$tmp/all.json" -o "$tmp/all.md" -o "$tmp/all.xlsx" 2> /dev/null)

for split in 2:1 3:7 4:11 5:23 2:99 5:5; do
  units=${split%:*} seed=${split#*:}
  dir=$tmp/split-$units-$seed
  mkdir -p "$dir"
  # Each unit's office file: the example's, with the unit's code and schools.
  $py - "$src/examples/baocao.yaml" "$dir" "$units" "$seed" <<'PY'
import random, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
out, units, seed = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
head, roster = text.split("\nschools:\n", 1)
schools = re.split(r"\n(?=  - )", roster.strip("\n"))
rng = random.Random(seed)
parts = [[] for _ in range(units)]
for i, s in enumerate(schools):
    parts[i % units if i < units else rng.randrange(units)].append(s)
higher = "office: {code: SGD, name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, abbrev: SGDĐT, place: Sơn La}\nreport: {deadline: 2024-12-20}\nunits:\n"
for u, part in enumerate(parts):
    unit = head.replace("code: PGD-VH", "code: U%d" % u, 1)
    open("%s/u%d.yaml" % (out, u), "w", encoding="utf-8").write(unit + "\nschools:\n" + "\n".join(part) + "\n")
    higher += "  - {code: U%d, name: Đơn vị %d}\n" % (u, u)
open("%s/higher.yaml" % out, "w", encoding="utf-8").write(higher)
PY
  reports=()
  for ((u = 0; u < units; u++)); do
    # Each unit compiles every file; the files of other units' schools are "unknown" to it.
    (cd "$src/examples" && "$bin" compile nop --config "$dir/u$u.yaml" -o "$dir/u$u.json" 2> /dev/null)
    reports+=("$dir/u$u.json")
  done
  "$bin" rollup "${reports[@]}" --config "$dir/higher.yaml" -o "$dir/up.json" -o "$dir/up.md" -o "$dir/up.xlsx" 2> "$dir/err"
  check "$units units (seed $seed): rolled up (exit 1: schools missing)" test $? = 1
  check "$units units (seed $seed): every figure equals one compile's" $py - "$tmp/all.json" "$dir/up.json" <<'PY'
import json, sys
a, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
bad = [k for k in a["figures"] if a["figures"][k] != b["figures"].get(k)]
for k in ("expected", "submitted", "valid", "on_time"):
    if a["schools"][k] != b["schools"][k]: bad.append("schools." + k)
if sorted(a["schools"]["missing"]) != sorted(b["schools"]["missing"]): bad.append("missing")
if sorted(a["schools"]["invalid"]) != sorted(b["schools"]["invalid"]): bad.append("invalid")
ra = {q["id"]: (q["met"], q["not_met"]) for q in a["requirements"]}
rb = {q["id"]: (q["met"], q["not_met"]) for q in b["requirements"]}
if ra != rb: bad.append("requirements")
print(*bad)
sys.exit(1 if bad else 0)
PY
  check "$units units (seed $seed): the units' lines add up to the totals" $py - "$dir/up.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
s = r["schools"]
sums = {k: sum(u["schools"][k] for u in r["units"]) for k in ("expected", "submitted", "valid", "on_time", "missing", "late")}
ok = (sums["expected"], sums["submitted"], sums["valid"], sums["on_time"], sums["missing"]) == \
     (s["expected"], s["submitted"], s["valid"], s["on_time"], len(s["missing"]))
ok = ok and sums["late"] == sum(1 for p in r["per_school"] if p["late"])
sys.exit(0 if ok else 1)
PY
  # The documents say the same: part II's sentences, the workbook's totals.
  check "$units units (seed $seed): the roll-up's part II says what one compile's says" $py - "$tmp/all.md" "$dir/up.md" <<'PY'
import sys
def part2(path):
    text = open(path, encoding="utf-8").read()
    body = text[text.index("## II."):text.index("## III.")]
    # Requirement lines name schools in roster order, which a roll-up takes unit by unit.
    return [l for l in body.splitlines() if not l.startswith("- ")]
a, b = part2(sys.argv[1]), part2(sys.argv[2])
for x, y in zip(a, b):
    if x != y: print("compile:", x, "\nrollup: ", y); break
sys.exit(0 if a == b else 1)
PY
  check "$units units (seed $seed): the roll-up's workbook totals are one compile's" $py - "$tmp/all.xlsx" "$dir/up.xlsx" <<'PY'
import sys, openpyxl
def totals(path):
    return {r[2]: r[1] for r in list(openpyxl.load_workbook(path)["Tổng hợp"].iter_rows(values_only=True))[1:]}
a, b = totals(sys.argv[1]), totals(sys.argv[2])
diff = {k: (a[k], b.get(k)) for k in a if a[k] != b.get(k) and k != "schools.unknown"}
if diff: print(diff)
sys.exit(0 if not diff else 1)
PY
done
echo "$passed passed, $fail failed"
[ $fail = 0 ]
