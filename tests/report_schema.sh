#!/usr/bin/env bash
# The JSON report's schema (docs/report-schema.json), checked by jsonschema,
# a validator that is not baocao:
#  - `compile --schema` prints the file in the repository, byte for byte;
#  - the schema is a valid draft 2020-12 schema;
#  - the reports baocao writes follow it: the example office's, in both
#    languages, and the committed reports of format 1 and 2;
#  - it is not a schema that takes anything: reports edited in ways a
#    reader must refuse are refused.
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
valid() {  # file: follows the schema
  $py - "$src/docs/report-schema.json" "$1" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
for e in errors[:5]:
    print(sys.argv[2], list(e.absolute_path), e.message[:200])
sys.exit(1 if errors else 0)
PY
}
invalid() { ! valid "$1" > /dev/null; }
edit() {  # from, python expression over `r`, to
  $py - "$1" "$3" "$2" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(r, open(sys.argv[2], "w"), ensure_ascii=False)
PY
}

"$bin" compile --schema > "$tmp/schema.json"
check "compile --schema: exit 0" test $? = 0
check "compile --schema prints docs/report-schema.json" cmp -s "$tmp/schema.json" "$src/docs/report-schema.json"

(cd "$src/examples" && "$bin" compile nop -o "$tmp/ex.json" 2> /dev/null)
check "example report follows the schema" valid "$tmp/ex.json"
(cd "$src/examples" && "$bin" compile nop --lang en -o "$tmp/en.json" 2> /dev/null)
check "example report in English follows the schema" valid "$tmp/en.json"
(cd "$src/examples" && "$bin" compile nop --previous "$src/tests/fixtures/report-2023.json" -o "$tmp/cmp.json" 2> /dev/null)
check "a report compared with 2023 follows the schema" valid "$tmp/cmp.json"
check "the 2023 fixture follows the schema" valid "$src/tests/fixtures/report-2023.json"
check "format 1 fixture follows the schema" valid "$src/tests/fixtures/report-v1.json"
v2=$src/tests/fixtures/report-v2-sample.json
check "format 2 sample follows the schema" valid "$v2"

edit "$v2" 'r["format_version"] = 3' "$tmp/v3.json"
check "refused: format_version 3" invalid "$tmp/v3.json"
edit "$v2" 'del r["figures"]' "$tmp/nofig.json"
check "refused: format 2 without figures" invalid "$tmp/nofig.json"
edit "$v2" 'r["figures"]["reached"] = {"part": "1", "whole": 2}' "$tmp/ratio.json"
check "refused: a ratio whose part is text" invalid "$tmp/ratio.json"
edit "$v2" 'r["per_school"][0]["prepared"] = "01/12/2024"' "$tmp/date.json"
check "refused: a date not YYYY-MM-DD" invalid "$tmp/date.json"
edit "$v2" 'r["figure_defs"][0]["kind"] = "average"' "$tmp/kind.json"
check "refused: an unknown kind of figure" invalid "$tmp/kind.json"
edit "$v2" 'r["schools"]["valid"] = -1' "$tmp/neg.json"
check "refused: a negative count" invalid "$tmp/neg.json"
edit "$src/tests/fixtures/report-v1.json" 'del r["totals"]' "$tmp/v1.json"
check "refused: format 1 without totals" invalid "$tmp/v1.json"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
