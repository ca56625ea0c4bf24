#!/usr/bin/env bash
# Province-scale benchmark: N synthetic schools (default 20,000, about 90 MB),
# compiled to all three formats, against yaml-cpp's bare event parse of the
# same files on the same cores. This machine's timings drift by 10% and
# more from minute to minute, so the two run in alternation, ROUNDS times,
# and the ratio is taken within each round; it prints each command's best
# and median wall time, the median ratio, the CPU time (user + system,
# steadier than wall time here) and peak memory. Not a test: run it by hand
# and report the figures.
#   bash bench/run.sh BUILD_DIR [N] [JOBS] [ROUNDS]
set -eu
build=$(realpath "$1")
n=${2:-20000}
jobs=${3:-$(nproc)}
rounds=${4:-7}
dir=${BENCH_DIR:-/tmp/baocao-bench-$n}
if [ ! -f "$dir/baocao.yaml" ]; then
  echo "generating $n schools in $dir"
  "$build/generate_office" "$dir" "$n"
fi
echo "input: $(du -sh "$dir/nop" | cut -f1) in $(ls "$dir/nop" | wc -l) files; $jobs threads; $rounds rounds"
cd "$dir"
times=$(mktemp)
trap 'rm -f "$times"' EXIT
run() {  # label, command...: appends "label wall_s peak_kb cpu_s"
  local label=$1; shift
  /usr/bin/time -f "$label %e %M %U %S" -o "$times.one" "$@" > /dev/null 2>&1 || true
  cat "$times.one" >> "$times"
  rm -f "$times.one"
}
for _ in $(seq "$rounds"); do
  run parse "$build/yaml_parse" -j "$jobs" nop
  run compile "$build/baocao" compile nop -j "$jobs" -o "$dir/r.md" -o "$dir/r.html" -o "$dir/r.json"
  run compile_json "$build/baocao" compile nop -j "$jobs" -o "$dir/r.json"
  run validate "$build/baocao" validate nop -j "$jobs"
done
awk -v rounds="$rounds" '
  function median(a, k,   i, j, t) {  # sorts a[1..k] in place
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  { n[$1]++; t[$1, n[$1]] = $2; cpu[$1, n[$1]] = $4 + $5; if ($3 > m[$1]) m[$1] = $3 }
  END {
    split("parse compile compile_json validate", order, " ")
    names["parse"] = "yaml-cpp event parse"; names["compile"] = "baocao compile (3 formats)"
    names["compile_json"] = "baocao compile (JSON)"; names["validate"] = "baocao validate"
    for (o = 1; o <= 4; o++) {
      c = order[o]; best = 1e9
      for (i = 1; i <= n[c]; i++) { v[i] = t[c, i]; u[i] = cpu[c, i]; if (v[i] < best) best = v[i] }
      printf "%-28s best %6.2f s  median %6.2f s  CPU median %6.2f s  peak RSS %7.1f MB\n", names[c], best,
             median(v, n[c]), median(u, n[c]), m[c] / 1024
    }
    print "ratios, per round, to the parse just before:"
    for (o = 2; o <= 4; o++) {
      c = order[o]
      for (i = 1; i <= n[c]; i++) { r[i] = t[c, i] / t["parse", i]; q[i] = cpu[c, i] / cpu["parse", i] }
      printf "%-36s wall: median %.2f  CPU: median %.2f\n", names[c] " / parse", median(r, n[c]), median(q, n[c])
    }
  }' "$times"
