#!/usr/bin/env bash
# Province-scale benchmark: N synthetic schools (default 20,000, about 64 MB),
# compiled to all three formats, against yaml-cpp's bare event parse of the
# same files on the same cores. Prints both wall times, the ratio and the peak
# memory of each. Not a test: run it by hand and report the figures.
#   bash bench/run.sh BUILD_DIR [N] [JOBS]
set -eu
build=$(realpath "$1")
n=${2:-20000}
jobs=${3:-$(nproc)}
dir=${BENCH_DIR:-/tmp/baocao-bench-$n}
if [ ! -f "$dir/baocao.yaml" ]; then
  echo "generating $n schools in $dir"
  "$build/generate_office" "$dir" "$n"
fi
echo "input: $(du -sh "$dir/nop" | cut -f1) in $(ls "$dir/nop" | wc -l) files; $jobs threads"
measure() {  # label, command...: best wall time of 3 runs, and peak RSS
  local label=$1; shift
  local best="" rss=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/baocao-bench-time "$@" > /dev/null 2>&1 || true
    read -r t m < /tmp/baocao-bench-time
    if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; rss=$m; fi
  done
  printf '%-28s %8.2f s   peak RSS %7.1f MB\n' "$label" "$best" "$(awk "BEGIN{print $rss/1024}")"
  eval "${label//[^a-z]/_}=$best"
}
cd "$dir"
measure "yaml-cpp event parse" "$build/yaml_parse" -j "$jobs" nop
measure "baocao compile (3 formats)" "$build/baocao" compile nop -j "$jobs" -o "$dir/r.md" -o "$dir/r.html" -o "$dir/r.json"
measure "baocao validate" "$build/baocao" validate nop -j "$jobs"
awk "BEGIN{printf \"ratio compile / parse: %.2f\n\", $baocao_compile____formats_ / $yaml_cpp_event_parse}"
