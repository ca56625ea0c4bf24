#!/usr/bin/env bash
# Province-scale benchmark: N synthetic schools (default 20,000, about 90 MB),
# compiled to all three formats, against yaml-cpp's bare event parse of the
# same files on the same cores. This machine's speed drifts by 10-30% from
# minute to minute, so every baocao run sits between two parse runs
# (parse, compile, parse, compile to JSON, parse, validate, parse, the next
# round starting one command later), ROUNDS times, and its ratio is taken to
# the mean of those two parses: a drift that is steady over the three runs
# cancels out. It prints each command's best
# and median wall time, the median CPU time (user + system, steadier than
# wall time here), peak memory and median page faults, and the median ratios. Not a test: run it
# by hand and report the figures.
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
run() {  # label, command...: appends "label wall_s peak_kb user_s system_s minor_faults"
  local label=$1; shift
  /usr/bin/time -f "$label %e %M %U %S %R" -o "$times.one" "$@" > /dev/null 2>&1 || true
  cat "$times.one" >> "$times"
  rm -f "$times.one"
}
parse() { run parse "$build/yaml_parse" -j "$jobs" nop; }
one() {  # 0, 1, 2: compile to three formats, to JSON, validate
  case $1 in
    0) run compile "$build/baocao" compile nop -j "$jobs" -o "$dir/r.md" -o "$dir/r.html" -o "$dir/r.json" ;;
    1) run compile_json "$build/baocao" compile nop -j "$jobs" -o "$dir/r.json" ;;
    2) run validate "$build/baocao" validate nop -j "$jobs" ;;
  esac
}
# Each round starts one command later than the last, so that no command
# always holds the same place in the machine's swings of speed.
for r in $(seq 0 $((rounds - 1))); do
  for k in 0 1 2; do
    parse
    one $(((r + k) % 3))
  done
done
parse
awk '
  function median(a, k,   i, j, t) {  # sorts a[1..k] in place
    for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
  }
  { row++; label[row] = $1; wall[row] = $2; cpu[row] = $4 + $5
    n[$1]++; t[$1, n[$1]] = $2; c[$1, n[$1]] = $4 + $5; f[$1, n[$1]] = $6; if ($3 > m[$1]) m[$1] = $3 }
  END {
    split("parse compile compile_json validate", order, " ")
    names["parse"] = "yaml-cpp event parse"; names["compile"] = "baocao compile (3 formats)"
    names["compile_json"] = "baocao compile (JSON)"; names["validate"] = "baocao validate"
    for (o = 1; o <= 4; o++) {
      k = order[o]; best = 1e9
      for (i = 1; i <= n[k]; i++) { v[i] = t[k, i]; u[i] = c[k, i]; pf[i] = f[k, i]; if (v[i] < best) best = v[i] }
      printf "%-28s best %6.2f s  median %6.2f s  CPU median %6.2f s  peak RSS %7.1f MB  page faults %7d\n", names[k],
             best, median(v, n[k]), median(u, n[k]), m[k] / 1024, median(pf, n[k])
    }
    # Each baocao run lies between two parse runs (rows i - 1 and i + 1).
    for (i = 2; i < row; i++) {
      if (label[i] == "parse") continue
      k = label[i]; r[k]++
      rw[k, r[k]] = wall[i] / ((wall[i - 1] + wall[i + 1]) / 2)
      rc[k, r[k]] = cpu[i] / ((cpu[i - 1] + cpu[i + 1]) / 2)
    }
    print "ratios to the mean of the parse runs just before and just after:"
    for (o = 2; o <= 4; o++) {
      k = order[o]
      for (i = 1; i <= r[k]; i++) { x[i] = rw[k, i]; y[i] = rc[k, i] }
      printf "%-36s wall: median %.2f  CPU: median %.2f\n", names[k] " / parse", median(x, r[k]), median(y, r[k])
    }
  }' "$times"
