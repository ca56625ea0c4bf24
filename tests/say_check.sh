#!/usr/bin/env bash
# say() is checked at compile time: each mistake in tests/say_check.cc, in
# the Vietnamese or the English text, must stop the compiler on its own line
# inside fmt's check (on_error); the file without a mistake must compile.
# Usage: say_check.sh SOURCE_DIR COMPILER FLAGS...  (the project's standard,
# its include folders and fmt's)
set -uo pipefail
src=$1/tests/say_check.cc
shift
compile=("$@" -fsyntax-only "$src")
fail=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT

if ! "${compile[@]}" > "$out" 2>&1; then
  echo "FAIL: say_check.cc without a mistake does not compile:"; cat "$out"; fail=1
fi
mistakes=$(grep -oE '// mistake: [A-Z_]+$' "$src" | cut -d' ' -f3)
[ -n "$mistakes" ] || { echo "FAIL: no mistakes found in $src"; exit 1; }
for m in $mistakes; do
  line=$(grep -n "mistake: $m\$" "$src" | cut -d: -f1)
  if "${compile[@]}" -DSAY_MISTAKE_$m > "$out" 2>&1; then
    echo "FAIL: $m (line $line) compiles: say() does not check its texts"; fail=1
  elif ! grep -q "say_check.cc:$line:" "$out" || ! grep -q on_error "$out"; then
    echo "FAIL: $m stops the compiler, but not in fmt's check of line $line:"; head -30 "$out"; fail=1
  else
    echo "ok: $m rejected at line $line"
  fi
done
exit $fail
