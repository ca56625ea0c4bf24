#!/usr/bin/env bash
# `baocao form` from a program with no page beside it: exit 2 and a plain
# Vietnamese sentence saying the page is missing and how to get it.
set -u
bin=$1 src=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$bin" "$dir/baocao"
out=$(cd "$src/examples" && "$dir/baocao" form --school TH-VH -o "$dir/trang.html" 2>&1)
code=$?
fail=0
[ $code = 2 ] || { echo "FAIL: exit $code, expected 2"; fail=1; }
grep -q "không có trang nhập liệu (baocao-form.html)" <<< "$out" || { echo "FAIL: no Vietnamese sentence"; fail=1; }
grep -q "bash .ci/build-web" <<< "$out" || { echo "FAIL: does not say how to get the page"; fail=1; }
[ -e "$dir/trang.html" ] && { echo "FAIL: a page was written"; fail=1; }
printf '%s\n' "$out"
exit $fail
