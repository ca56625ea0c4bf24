#!/usr/bin/env bash
# `compile --previous PREV.json`: the example office compared with its
# report of 2023 (tests/fixtures/report-2023.json), and the earlier reports
# it must refuse, writing nothing. The words of the comparison are pinned by
# the goldens (bao-cao-2023*); here: the workbook's sheet, the JSON's
# figures against a recount from both reports, the other plan's report, and
# the errors.
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
py=/usr/bin/python3
prev=$src/tests/fixtures/report-2023.json
fail=0 passed=0
check() {  # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed+1)); else echo "FAIL: $name"; fail=$((fail+1)); fi
}
json() {  # file, python expression over `r` that must be true
  $py -c 'import json, sys; r = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2"
}

cd "$src/examples"
"$bin" compile nop --previous "$prev" -o "$tmp/r.json" -o "$tmp/r.xlsx" -o "$tmp/r.md" 2> "$tmp/err"
check "exit 1 (the example has missing schools)" test $? = 1
check "the console says what was compared" grep -q "So sánh với năm 2023: 20 số liệu, 3 bảng phân loại, 6 tỷ lệ." "$tmp/err"
# Every whole-number total both reports have, as each gave it, and its change.
check "each change is now minus before, from the two reports' own totals" $py - "$tmp/r.json" "$prev" <<'PY'
import json, sys
now, before = (json.load(open(p)) for p in sys.argv[1:3])
def totals(r):
    kinds = {d["id"]: d["kind"] for d in r["figure_defs"]}
    return {k: v for k, v in r["figures"].items() if kinds[k] in ("sum", "count", "schools")}
t_now, t_before = totals(now), totals(before)
figures = now["comparison"]["figures"]
assert set(figures) == set(t_now) & set(t_before), set(figures) ^ (set(t_now) & set(t_before))
for k, f in figures.items():
    assert (f["before"], f["now"], f["change"]) == (t_before[k], t_now[k], t_now[k] - t_before[k]), k
assert figures["activities"]["words"] == {"vi": "tăng 1 (1,0%) so với năm 2023", "en": "up 1 (1.0%) on 2023"}
# Each ratio: the two reports' parts and wholes, the change in tenths of a point.
kinds = {d["id"]: d["kind"] for d in now["figure_defs"]}
ratios = now["comparison"]["ratios"]
assert set(ratios) == {i for i, k in kinds.items() if k == "ratio"}, ratios.keys()
for k, f in ratios.items():
    b, n = before["figures"][k], now["figures"][k]
    assert (f["before"], f["now"]) == (b, n), k
    assert f["change_tenths"] == round((n["part"] / n["whole"] - b["part"] / b["whole"]) * 1000), k
assert ratios["movement_rate"]["words"]["vi"] == "tăng 1,5 điểm phần trăm (từ 50,0% lên 51,5%) so với năm 2023"
assert now["comparison"]["previous"]["plan"] == "pcmd-2023"
assert now["comparison"]["schools_only_now"] == ["TH-VH"] and now["comparison"]["schools_only_before"] == ["TH-BL"]
PY
check "the workbook has the comparison sheet, a row per figure and breakdown cell compared" $py - "$tmp/r.xlsx" "$tmp/r.json" <<'PY'
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["So sánh"]
rows = list(ws.iter_rows(values_only=True))
assert rows[0][1] == "Báo cáo năm 2023", rows[0]
cmp = json.load(open(sys.argv[2]))["comparison"]
got = {r[5]: (r[1], r[2], r[3]) for r in rows[1:]}
want = {k: (f["before"], f["now"], f["change"]) for k, f in cmp["figures"].items()}
share = lambda r: r["part"] / r["whole"]
want.update({k: (share(f["before"]), share(f["now"]), f["change_tenths"] / 1000) for k, f in cmp["ratios"].items()})
want.update({f"{k}.{x['code']}": (x["before"], x["now"], x["change"]) for k, cells in cmp["cells"].items() for x in cells})
assert set(got) == set(want), set(got) ^ set(want)
for k in want:
    assert all(abs(a - b) < 1e-9 for a, b in zip(got[k], want[k])), (k, got[k], want[k])
PY
check "the prose says the change" grep -q "Số hoạt động tuyên truyền tăng 1 hoạt động (1,0%) so với năm 2023." "$tmp/r.md"

# Breakdowns code by code (pair by pair) and the codes a distinct figure
# used: the school-violence example against an earlier period made of three
# schools fewer, whose files name no national helpline (tong_dai_111).
# Compared both ways, the helpline is added one way and dropped the other.
blhd=$src/examples/bao-luc-hoc-duong
mkdir -p "$tmp/fewer"
for f in "$blhd"/nop/*.yaml; do
  case $(basename "$f") in th-ck.yaml|thcs-vh.yaml|mn-vh.yaml) continue ;; esac
  sed 's/, tong_dai_111\]/]/' "$f" > "$tmp/fewer/$(basename "$f")"
done
(cd "$blhd" && "$bin" compile "$tmp/fewer" -o "$tmp/fewer.json" 2> /dev/null
 "$bin" compile nop --previous "$tmp/fewer.json" -o "$tmp/more.json" -o "$tmp/more.md" -o "$tmp/more.xlsx" 2> /dev/null
 "$bin" compile "$tmp/fewer" --previous "$tmp/more.json" -o "$tmp/back.json" -o "$tmp/back.md" 2> /dev/null)
check "every cell of every breakdown, and the codes used, recounted from both reports" $py - "$tmp/more.json" "$tmp/fewer.json" "$tmp/back.json" <<'PY'
import json, sys
more, fewer, back = (json.load(open(p)) for p in sys.argv[1:4])
def check(now, before, added, dropped):
    kinds = {d["id"]: d["kind"] for d in now["figure_defs"]}
    cmp = now["comparison"]
    assert cmp["not_compared"] == [], cmp["not_compared"]
    cells = cmp["cells"]
    assert set(cells) == {i for i, k in kinds.items() if k in ("breakdown", "breakdown2")}, cells.keys()
    for fid, got in cells.items():
        n, b = now["figures"][fid], before["figures"][fid]
        if kinds[fid] == "breakdown":
            want = [(c, None, b.get(c, 0), n.get(c, 0)) for c in n]
        else:
            want = [(c, d, b.get(c, {}).get(d, 0), n[c].get(d, 0)) for c in n for d in n[c]]
        want = [w for w in want if w[2] or w[3]]
        assert [(x["code"], x.get("by"), x["before"], x["now"]) for x in got] == want, (fid, got, want)
        assert all(x["change"] == x["now"] - x["before"] for x in got), fid
    codes = cmp["codes"]["channels"]
    assert (codes["before"], codes["now"]) == (len(before["figures"]["channels"]), len(now["figures"]["channels"]))
    assert (codes["added"], codes["dropped"]) == (added, dropped), codes
check(more, fewer, ["tong_dai_111"], [])
check(back, more, [], ["tong_dai_111"])
assert any(x["change"] != 0 for x in more["comparison"]["cells"]["incidents_by_handling"])
PY
check "the table has a row per cell, and the channels that came" grep -q "Kênh tiếp nhận thông tin so với kỳ 01/09/2024 - 31/05/2025: thêm Tổng đài quốc gia bảo vệ trẻ em 111." "$tmp/more.md"
check "a pair's row" grep -q "| Vụ việc theo loại và cách xử lý: Bạo lực tinh thần (lăng mạ, cô lập) × Tư vấn tâm lý | 2 | 3 | +1 | 50,0% |" "$tmp/more.md"
check "the plan's sentence over a breakdown's compared codes" grep -q "So với kỳ 01/09/2024 - 31/05/2025, số vụ việc tăng 1; Bạo lực tinh thần (lăng mạ, cô lập) tăng 1." "$tmp/more.md"
check "the plan's sentence over the channels added" grep -q "So với kỳ 01/09/2024 - 31/05/2025, các trường có thêm kênh Tổng đài quốc gia bảo vệ trẻ em 111." "$tmp/more.md"
check "the plan's sentence over the channels dropped" grep -q "các trường không còn dùng kênh Tổng đài quốc gia bảo vệ trẻ em 111." "$tmp/back.md"
check "the workbook's sheet: each cell by its key, the channels with a note" $py - "$tmp/more.xlsx" "$tmp/more.json" <<'PY'
import json, sys, openpyxl
rows = list(openpyxl.load_workbook(sys.argv[1])["So sánh"].iter_rows(values_only=True))
cmp = json.load(open(sys.argv[2]))["comparison"]
got = {r[5]: (r[1], r[2], r[3]) for r in rows[1:]}
for fid, cells in cmp["cells"].items():
    for x in cells:
        key = ".".join([fid, x["code"]] + ([x["by"]] if "by" in x else []))
        assert got[key] == (x["before"], x["now"], x["change"]), (key, got.get(key), x)
notes = {r[5]: r[6] for r in rows[1:]}
assert notes["channels"] == "so với kỳ 01/09/2024 - 31/05/2025: thêm Tổng đài quốc gia bảo vệ trẻ em 111", notes["channels"]
PY

check "the comparison with a two-way breakdown and a distinct figure follows the schema" $py -c '
import json, sys, jsonschema
v = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
sys.exit(1 if list(v.iter_errors(json.load(open(sys.argv[2])))) else 0)' "$src/docs/report-schema.json" "$tmp/more.json"

# Without --previous nothing is compared.
"$bin" compile nop -o "$tmp/plain.json" -o "$tmp/plain.md" 2> /dev/null
check "no comparison without --previous (JSON)" json "$tmp/plain.json" '"comparison" not in r'
check "no comparison without --previous (prose)" bash -c "! grep -q 'so với năm' '$tmp/plain.md'"

# A report of another plan: what has the same id is compared, the rest named.
"$bin" compile nop --previous "$src/tests/golden/blhd-2025.json" -o "$tmp/other.json" -o "$tmp/other.md" 2> "$tmp/other.err"
check "another plan's report: still exit 1" test $? = 1
check "another plan's report: the same ids compared" json "$tmp/other.json" '
"activities" in r["comparison"]["figures"] and r["comparison"]["previous"]["plan"] == "blhd-2025"'
check "another plan's report: the figures it lacks are listed" json "$tmp/other.json" '
len(r["comparison"]["not_compared"]) > 0 and all(i not in r["comparison"]["figures"] for i in r["comparison"]["not_compared"])'
check "another plan's report: the report says so" grep -q "là của kế hoạch blhd-2025: chỉ so sánh các số liệu cùng mã" "$tmp/other.md"

# Files that are not an earlier report: a located error, exit 2, nothing written.
refused() {  # name, file, text the error must hold
  rm -f "$tmp/out.md"
  "$bin" compile nop --previous "$2" -o "$tmp/out.md" 2> "$tmp/refused.err"
  local code=$?
  check "$1: exit 2" test $code = 2
  check "$1: nothing written" test ! -e "$tmp/out.md"
  check "$1: the error says $3" grep -q -- "$3" "$tmp/refused.err"
}
printf '{"format_version": 2, "plan": "pcmd-2023", "schools": ' > "$tmp/cut.json"
refused "a report cut short" "$tmp/cut.json" "cut.json:1:"
echo 'plan: pcmd-2024' > "$tmp/school.yaml"
refused "a YAML file" "$tmp/school.yaml" "E601"
echo '{"hello": 1}' > "$tmp/other.json"
refused "JSON that is not baocao's" "$tmp/other.json" "E602"
$py -c '
import json, sys
r = json.load(open(sys.argv[1])); r["figures"]["activities"] += 5
json.dump(r, open(sys.argv[2], "w"), ensure_ascii=False)' "$prev" "$tmp/edited.json"
refused "a total edited by hand" "$tmp/edited.json" "E605"
refused "a file that is not there" "$tmp/none.json" "none.json"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
