#!/usr/bin/env bash
# Runs both libFuzzer targets for SECONDS each (default 30), seeded with the
# project's own files and the public YAML test suite; any crash, leak,
# sanitizer report or timeout fails the run, and the input is left in
# OUT_DIR/crash-* to be kept under tests/fuzz/regressions/.
#   bash tests/fuzz/run.sh BUILD_FUZZ_DIR [SECONDS] [OUT_DIR]
set -u
build=$(realpath "$1")
seconds=${2:-30}
out=${3:-$(mktemp -d)}
src=$(cd "$(dirname "$0")/../.." && pwd)
suite="$src/tests/yaml-test-suite"
mkdir -p "$out/seed-school" "$out/seed-config" "$out/school" "$out/config"
n=0
for f in "$src"/tests/cases/*.yaml "$src"/examples/nop/*.yaml "$src"/examples/pcmt-2025/nop/*.yaml \
         "$src"/tests/offices/*/nop/*.yaml "$src"/tests/fuzz/regressions/school/* "$suite"/*.yaml; do
  [ -f "$f" ] && cp "$f" "$out/seed-school/$((n++))"
done
for f in "$src"/examples/baocao.yaml "$src"/examples/pcmt-2025/baocao.yaml "$src"/tests/cases/baocao.yaml \
         "$src"/tests/offices/*/baocao.yaml "$suite"/*.yaml; do
  [ -f "$f" ] && { printf '\0'; cat "$f"; } > "$out/seed-config/$((n++))"
done
for f in "$src"/plans/*.yaml "$src"/examples/pcmt-2025/ke-hoach-*.yaml; do
  { printf '\1'; cat "$f"; } > "$out/seed-config/$((n++))"
done
cp "$src"/tests/fuzz/regressions/config/* "$out/seed-config/" 2>/dev/null
fail=0
for target in school config; do
  "$build/${target}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$out/crash-$target-" "$out/$target" "$out/seed-$target" > "$out/$target.log" 2>&1
  code=$?
  grep -E "^stat::number_of_executed_units|cov: " "$out/$target.log" | tail -2
  if [ $code != 0 ]; then echo "FAIL ${target}_fuzz (exit $code), see $out/$target.log"; tail -30 "$out/$target.log"; fail=1; fi
done
[ $fail = 0 ] && echo "2 passed, 0 failed" || echo "0 passed, 2 failed"
exit $fail
