#!/usr/bin/env bash
# Every input the fuzzers ever found a problem with, replayed through the
# built binary: school files through validate, office and plan files as
# --config and --plan. Each must end with exit 0, 1 or 2, never a crash or
# a hang. The school inputs are what breaks YAML readers (nesting 100,000
# deep, 5,000 unknown keys, a NUL byte, UTF-16 cut mid-character, a
# directive and tags, complex keys, numbers of 5,000 digits, impossible
# dates, lone CRs); none is a school file, so each must also get exit 1
# and a located error.
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
for f in "$dir"/school/*; do
  [ -f "$f" ] || continue
  timeout 20 "$bin" validate "$f" > "$tmp/out" 2>&1
  code=$?
  if [ $code = 1 ] && grep -qE '^.+:[0-9]+:[0-9]+: lỗi\[E[0-9]+\]' "$tmp/out"; then passed=$((passed+1)); else
    echo "FAIL (exit $code, or no located error): validate $f"; fail=$((fail+1)); fi
done
for f in "$dir"/config/*; do
  [ -f "$f" ] || continue
  tail -c +2 "$f" > "$tmp/file.yaml"  # the first byte chose office (even) or plan (odd)
  run "$bin" validate --config "$tmp/file.yaml" "$dir/../../cases/valid-full.yaml"
  run "$bin" plan --plan "$tmp/file.yaml"
done
echo "$passed passed, $fail failed"
[ $fail = 0 ]
