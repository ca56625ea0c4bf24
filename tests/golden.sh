#!/usr/bin/env bash
# The example office compiled to all three formats must equal the checked-in
# reports byte for byte, whatever the thread count.
# To accept a deliberate change: tests/golden.sh BIN SRC --update
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src/examples" || exit 2
export NO_COLOR=1
"$bin" compile nop -j 1 -o "$tmp/bao-cao.md" -o "$tmp/bao-cao.html" -o "$tmp/bao-cao.json" 2> "$tmp/stderr"
code=$?
sed -i "s|$tmp|OUT|g" "$tmp/stderr"
"$bin" compile nop -j 2 -o "$tmp/j2.md" -o "$tmp/j2.html" -o "$tmp/j2.json" 2> /dev/null
fail=0
if [ $code != 1 ]; then echo "FAIL: exit $code, expected 1 (the example office has missing and invalid schools)"; fail=1; fi
if [ "${3:-}" = --update ]; then
  cp "$tmp"/bao-cao.* "$src/tests/golden/"
  cp "$tmp/stderr" "$src/tests/golden/compile.stderr"
  echo "golden files updated"
  exit 0
fi
for ext in md html json; do
  cmp -s "$tmp/bao-cao.$ext" "$tmp/j2.$ext" || { echo "FAIL: -j 1 and -j 2 differ ($ext)"; fail=1; }
  if ! diff -u "$src/tests/golden/bao-cao.$ext" "$tmp/bao-cao.$ext" > "$tmp/diff"; then
    echo "FAIL: bao-cao.$ext differs from tests/golden"; head -40 "$tmp/diff"; fail=1
  fi
done
diff -u "$src/tests/golden/compile.stderr" "$tmp/stderr" || { echo "FAIL: diagnostics differ"; fail=1; }
[ $fail = 0 ] && echo "1 passed, 0 failed" || echo "0 passed, 1 failed"
exit $fail
