#!/usr/bin/env bash
# Every input the fuzzers ever found a problem with, replayed through the
# built binary: school files through validate, office and plan files as
# --config and --plan. Each must end with exit 0, 1 or 2, never a crash.
set -u
bin=$(realpath "$1")
dir=$(cd "$(dirname "$0")" && pwd)/regressions
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0 passed=0
run() {
  timeout 20 "$@" > /dev/null 2>&1
  local code=$?
  if [ $code -le 2 ]; then passed=$((passed+1)); else echo "FAIL (exit $code): $*"; fail=$((fail+1)); fi
}
for f in "$dir"/school/*; do [ -f "$f" ] && run "$bin" validate "$f"; done
for f in "$dir"/config/*; do
  [ -f "$f" ] || continue
  tail -c +2 "$f" > "$tmp/file.yaml"  # the first byte chose office (even) or plan (odd)
  run "$bin" validate --config "$tmp/file.yaml" "$dir/../../cases/valid-full.yaml"
  run "$bin" plan --plan "$tmp/file.yaml"
done
echo "$passed passed, $fail failed"
[ $fail = 0 ]
