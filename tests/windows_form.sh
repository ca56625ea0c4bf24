#!/usr/bin/env bash
# `baocao.exe form` (run through wine) as the Windows zip lays it out, the
# page beside the .exe: it writes the office's page, the same bytes as the
# Linux build writes for the same office and school (when one is given);
# without the page beside it, exit 2 and the sentence saying how to get it.
# Usage: windows_form.sh EMULATOR BAOCAO_EXE PAGE SOURCE_DIR [LINUX_BAOCAO]
set -u
emulator=$1 exe=$2 page=$3
src=$(realpath "$4")
linux=${5:+$(realpath "$5")}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
mkdir -p "$tmp/zip" "$tmp/bare"
cp "$exe" "$tmp/zip/baocao.exe"
cp "$page" "$tmp/zip/baocao-form.html"
cp "$exe" "$tmp/bare/baocao.exe"
form() {  # name, wanted exit, folder of the .exe, output, arguments...
  local name=$1 want=$2 dir=$3 out=$4; shift 4
  expect "$name" "$want" bash -c 'cd "$1/examples" && shift && exec "$@"' _ "$src" \
    "$emulator" "$dir/baocao.exe" form --config baocao.yaml "$@" -o "$out"
}
form "the page beside the .exe" 0 "$tmp/zip" "$tmp/th-vh.html" --school TH-VH
ok "the page written" test -s "$tmp/th-vh.html"
ok "with the office's data" grep -q '<script type="application/json" id="baocao-data">{"plan_id":"pcmd-2024"' "$tmp/th-vh.html"
ok "and its core" grep -q 'id="core-wasm">AGFzbQ' "$tmp/th-vh.html"
if [ -n "$linux" ]; then
  (cd "$src/examples" && "$linux" form --config baocao.yaml --school TH-VH -o "$tmp/linux.html") > /dev/null 2>&1
  ok "the same bytes as the Linux build writes" cmp -s "$tmp/linux.html" "$tmp/th-vh.html"
fi
form "the whole roster's page" 0 "$tmp/zip" "$tmp/all.html"
ok "asks for the school" grep -q '"school":""' "$tmp/all.html"
form "no page beside the .exe" 2 "$tmp/bare" "$tmp/none.html" --school TH-VH
ok "says the page is missing" grep -q "không có trang nhập liệu (baocao-form.html)" "$tmp/err"
ok "writes nothing" test ! -e "$tmp/none.html"
echo "$passed passed, $fail failed"
[ $fail = 0 ]
