#!/usr/bin/env bash
# The benchmark's steady twin: instructions counted by valgrind (callgrind),
# which do not drift with the machine's load as times do. N synthetic schools
# (default 300) with their roster of N, one thread, against yaml-cpp's bare
# event parse of the same files. Needs valgrind. Run by hand and report.
#   bash bench/instructions.sh BUILD_DIR [N]
set -eu
build=$(realpath "$1")
n=${2:-300}
dir=${BENCH_DIR:-/tmp/baocao-instructions-$n}
[ -f "$dir/baocao.yaml" ] || "$build/generate_office" "$dir" "$n" > /dev/null
cd "$dir"
count() {  # label, command...: prints "label instructions"
  local label=$1; shift
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" > /dev/null 2> "$dir/$label.log" || true
  echo "$label $(sed -n 's/.*Collected : //p' "$dir/$label.log")"
}
{
  count parse "$build/yaml_parse" -j 1 nop
  count compile "$build/baocao" compile nop -j 1 -o "$dir/r.md" -o "$dir/r.html" -o "$dir/r.json"
  count compile_json "$build/baocao" compile nop -j 1 -o "$dir/r.json"
  count validate "$build/baocao" validate nop -j 1
} | awk -v n="$n" '
  { ir[$1] = $2; order[++k] = $1 }
  END {
    names["parse"] = "yaml-cpp event parse"; names["compile"] = "baocao compile (3 formats)"
    names["compile_json"] = "baocao compile (JSON)"; names["validate"] = "baocao validate"
    printf "%d schools, one thread, instructions (millions) and ratio to the parse:\n", n
    for (i = 1; i <= k; i++)
      printf "%-28s %8.1f  %.3f\n", names[order[i]], ir[order[i]] / 1e6, ir[order[i]] / ir["parse"]
  }'
