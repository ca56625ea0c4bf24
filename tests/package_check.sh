#!/usr/bin/env bash
# cpack -G DEB gives baocao_VERSION_amd64.deb with its Depends filled in, a
# man page and bash completion; installed into a scratch root (dpkg --root:
# the machine's own packages are not touched) it compiles a copy of the
# example office as the build does; removed, it leaves nothing behind.
# Usage: package_check.sh BUILD_DIR SOURCE_DIR VERSION
set -u
build=$(realpath "$1")
src=$(realpath "$2")
version=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

(cd "$build" && cpack -G DEB -B "$tmp/pkg" > "$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb="$tmp/pkg/baocao_${version}_amd64.deb"
ok "named baocao_${version}_amd64.deb" test -f "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libstdc++6 libyaml-cpp0.7 libfmt9 libutf8proc2; do
  ok "depends on $lib" grep -q "$lib" <<< "$depends"
done
ok "recommends bash-completion" grep -q 'bash-completion' <<< "$(dpkg-deb -f "$deb" Recommends)"
description=$(dpkg-deb -f "$deb" Description)
# Every format compile writes is named in the description; the summary line is said once.
for f in Markdown HTML JSON docx PDF xlsx; do
  ok "the description names $f" grep -q "$f" <<< "$description"
done
ok "the summary is not repeated" test "$(grep -c 'kiểm tra và tổng hợp' <<< "$description")" = 1
dpkg-deb -c "$deb" | awk '{print $6}' > "$tmp/contents"
for f in ./usr/bin/baocao ./usr/share/man/man1/baocao.1.gz ./usr/share/bash-completion/completions/baocao \
         ./usr/share/doc/baocao/examples/baocao.yaml ./usr/share/doc/baocao/examples/nop/th-ck.yaml; do
  ok "holds $f" grep -qxF "$f" "$tmp/contents"
done

# A scratch root of dpkg's own: its database starts empty, so the libraries
# the package depends on are found on this machine, not in that database.
root="$tmp/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg_root() { dpkg --root="$root" --log=/dev/null --force-not-root --force-script-chrootless "$@"; }
ok "installs" dpkg_root --force-depends -i "$deb" > "$tmp/dpkg.log" 2>&1 || cat "$tmp/dpkg.log"
bin="$root/usr/bin/baocao"
cp -r "$root/usr/share/doc/baocao/examples" "$tmp/ex"
(cd "$tmp/ex" && "$bin" compile nop -j 1 -o bao-cao.md -o bao-cao.json) 2> /dev/null
ok "compile exits 1 (the example has missing schools)" test $? = 1
ok "the report is the build's" cmp -s "$tmp/ex/bao-cao.md" "$src/tests/golden/bao-cao.md"
ok "the JSON report is the build's" cmp -s "$tmp/ex/bao-cao.json" "$src/tests/golden/bao-cao.json"
if [ -f "$build/baocao-form.html" ]; then  # a build with the school's page
  ok "holds the school's page" grep -qxF ./usr/share/baocao/baocao-form.html "$tmp/contents"
  (cd "$tmp/ex" && "$bin" form --school TH-VH -o trang.html) 2> /dev/null
  ok "baocao form finds the installed page" grep -q 'id="baocao-data"' "$tmp/ex/trang.html"
fi
MANPATH="$root/usr/share/man" MANWIDTH=80 man baocao 2> /dev/null > "$tmp/man.txt"
ok "man baocao" grep -q 'kiểm tra và tổng hợp báo cáo' "$tmp/man.txt"
ok "man page in English too" grep -q '^ENGLISH' "$tmp/man.txt"
complete_words() {  # the words bash completion offers for a command line
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _baocao; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$root/usr/share/bash-completion/completions/baocao" "$@"
}
ok "completes a command" test "$(complete_words baocao comp)" = compile
ok "completes an option" test "$(complete_words baocao compile --tem)" = --template
ok "completes a value" test "$(complete_words baocao validate --format j)" = json
ok "completes a report format" test "$(complete_words baocao compile --format x)" = xlsx
ok "the man page names every format" bash -c "grep -q docx '$tmp/man.txt' && grep -q xlsx '$tmp/man.txt' && grep -q BAOCAO_BROWSER '$tmp/man.txt'"

ok "removes" dpkg_root -P baocao > "$tmp/dpkg.log" 2>&1 || cat "$tmp/dpkg.log"
left=$(cd "$root" && find . -mindepth 1 -not -path './var/lib/dpkg*' -not -path './var' -not -path './var/lib')
ok "nothing left behind" test -z "$left" || echo "$left" | head
ok "dpkg knows it gone" bash -c "! dpkg --root='$root' -s baocao > /dev/null 2>&1"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
