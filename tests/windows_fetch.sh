#!/usr/bin/env bash
# How the Windows build gets Debian's source packages (.ci/fetch-source, run
# by .ci/windows-libraries), against a stand-in apt-get on PATH (no network,
# apt's sources in a scratch folder through APT_CONFIG): the release suite
# first, then updates, then security; apt's error and the package's name when
# none gives it, and nothing built after; the deb-src lines it adds.
# Usage: windows_fetch.sh SOURCE_DIR
set -u
src=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
cn=$(. /etc/os-release && echo "$VERSION_CODENAME")

# apt's configuration: a deb822 file of the release, its security suite and
# an unrelated repository; a one-line sources.list.
mkdir -p "$tmp/etc/sources.list.d" "$tmp/etc/apt.conf.d" "$tmp/bin"
echo "Dir::Etc \"$tmp/etc\";" > "$tmp/apt.conf"
export APT_CONFIG=$tmp/apt.conf
cat > "$tmp/etc/sources.list.d/debian.sources" << EOF
Types: deb
URIs: http://deb.debian.org/debian
Suites: $cn $cn-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian-security
Suites: $cn-security
Components: main

Types: deb
URIs: https://example.org/other
Suites: nodistro
Components: main
EOF
echo "deb http://mirror.example/debian $cn main" > "$tmp/etc/sources.list"

# The stand-in: each call is logged; `source PKG/SUITE` answers as the
# mirror would, from STUB_404 (a 404 for that PKG/SUITE) and STUB_NONE
# (no such version there), and otherwise unpacks PKG-1.0 with a .dsc beside.
cat > "$tmp/bin/apt-get" << 'EOF'
#!/bin/sh
echo "$*" >> "$STUB_CALLS"
[ "$1" = update ] && { [ -z "${STUB_UPDATE_FAILS:-}" ] && exit 0
  echo "E: Failed to fetch http://deb.debian.org/debian/dists/x/InRelease  Could not resolve 'deb.debian.org'"; exit 100; }
for a; do last=$a; done
pkg=${last%/*}
case " ${STUB_404:-} " in *" $last "*)
  echo "Get:1 http://deb.debian.org/debian $pkg 1.0-1+deb12u1 (dsc) [2,000 B]"
  echo "Err:1 http://deb.debian.org/debian $pkg 1.0-1+deb12u1 (dsc)"
  echo "  404  Not Found [IP: 151.101.2.132 80]" >&2
  echo "E: Failed to fetch http://deb.debian.org/debian/pool/main/${pkg}_1.0-1+deb12u1.dsc  404  Not Found" >&2
  exit 100;;
esac
case " ${STUB_NONE:-} " in *" $last "*)
  echo "E: Can not find version for $last" >&2; exit 100;;
esac
mkdir "$pkg-1.0" && touch "${pkg}_1.0.dsc" "$pkg-1.0/$pkg.c"
EOF
chmod +x "$tmp/bin/apt-get"
export PATH="$tmp/bin:$PATH" STUB_CALLS=$tmp/calls
fetch() {  # like expect, with a fresh call log and the STUB_* variables given first
  rm -f "$tmp/calls"; touch "$tmp/calls"
  local name=$1 want=$2; shift 2
  expect "$name" "$want" env "$@"
}
called() {  # the apt-get source calls, one line each
  sed -n 's/^source .* //p' "$tmp/calls" | tr '\n' ' '
}

# All three suites fail: the script stops on that package, with apt's words.
fetch "no suite has zlib" 1 STUB_404="zlib/$cn" STUB_NONE="zlib/$cn-updates zlib/$cn-security" \
  bash "$src/.ci/fetch-source" "$tmp/src" zlib fmtlib
ok "the release suite is tried first, then updates, then security" \
  test "$(called)" = "zlib/$cn zlib/$cn-updates zlib/$cn-security "
ok "apt's 404 is shown" grep -q "E: Failed to fetch .*zlib_1.0-1+deb12u1.dsc  404  Not Found" "$tmp/err"
ok "apt's other errors are shown" grep -q "E: Can not find version for zlib/$cn-security" "$tmp/err"
ok "the package is named" grep -q "no source for the package zlib (tried $cn $cn-updates $cn-security)" "$tmp/err"
ok "nothing on stdout" test ! -s "$tmp/out"

# The same through .ci/windows-libraries: it stops before building anything.
fetch "windows-libraries stops" 1 STUB_404="zlib/$cn" STUB_NONE="zlib/$cn-updates zlib/$cn-security" \
  bash "$src/.ci/windows-libraries" "$tmp/cache/prefix"
ok "windows-libraries: apt's 404 is shown" grep -q "404  Not Found" "$tmp/err"
ok "windows-libraries: zlib is named" grep -q "no source for the package zlib" "$tmp/err"
ok "windows-libraries: no other package fetched" test "$(called)" = "zlib/$cn zlib/$cn-updates zlib/$cn-security "
ok "windows-libraries: nothing built" test ! -e "$tmp/cache/src/zlib/zlib-1.0/build-win"

# The release's source is missing, the update's is there: taken, and the
# failure before it still shown.
fetch "release fails, updates works" 0 STUB_404="zlib/$cn" bash "$src/.ci/fetch-source" "$tmp/src" zlib
ok "updates is tried second and kept" test "$(called)" = "zlib/$cn zlib/$cn-updates "
ok "its folder is printed" test "$(cat "$tmp/out")" = "$tmp/src/zlib/zlib-1.0"
ok "it is unpacked there" test -f "$tmp/src/zlib/zlib-1.0/zlib.c"
ok "the release's 404 is still shown" grep -q "apt-get source zlib/$cn failed" "$tmp/err"
ok "and says where it came from" grep -q "zlib from $cn-updates: zlib-1.0" "$tmp/err"

# Every package from the release: one call each, folders in order; a second
# package's failure stops before the third.
fetch "all from the release" 0 bash "$src/.ci/fetch-source" "$tmp/src" zlib fmtlib
ok "one call per package" test "$(called)" = "zlib/$cn fmtlib/$cn "
ok "folders in order" test "$(tr '\n' ' ' < "$tmp/out")" = "$tmp/src/zlib/zlib-1.0 $tmp/src/fmtlib/fmtlib-1.0 "
ok "no failure reported" bash -c "! grep -q failed '$tmp/err'"
fetch "second package missing" 1 STUB_NONE="fmtlib/$cn fmtlib/$cn-updates fmtlib/$cn-security" \
  bash "$src/.ci/fetch-source" "$tmp/src" zlib fmtlib utf8proc
ok "stops at the first failure" test "$(called)" = "zlib/$cn fmtlib/$cn fmtlib/$cn-updates fmtlib/$cn-security "
ok "fmtlib is named" grep -q "no source for the package fmtlib" "$tmp/err"

# apt-get update failing stops it, with apt's output.
fetch "update fails" 1 STUB_UPDATE_FAILS=1 bash "$src/.ci/fetch-source" "$tmp/src" zlib
ok "update's error is shown" grep -q "Could not resolve 'deb.debian.org'" "$tmp/err"
ok "no source fetched after" test "$(called)" = ""

# The deb-src lines it wrote: the release's stanzas only, and the one-line file.
sources=$tmp/etc/sources.list.d/baocao-deb-src.sources
ok "deb822 deb-src written" test "$(grep -c '^Types: deb-src$' "$sources")" = 2
ok "the release's mirror" grep -qx "Suites: $cn $cn-updates" "$sources"
ok "its security suite" grep -qx "Suites: $cn-security" "$sources"
ok "not another repository" bash -c "! grep -q example.org '$sources'"
ok "one-line deb-src written" grep -qx "deb-src http://mirror.example/debian $cn main" \
  "$tmp/etc/sources.list.d/baocao-deb-src.list"
# A source that already has deb-src is not doubled.
sed -i 's/^Types: deb$/Types: deb deb-src/' "$tmp/etc/sources.list.d/debian.sources"
echo "deb-src http://mirror.example/debian $cn main" >> "$tmp/etc/sources.list"
fetch "sources with deb-src" 0 bash "$src/.ci/fetch-source" "$tmp/src" zlib
ok "no deb822 file when deb-src is there" test ! -e "$sources"
ok "no one-line file when deb-src is there" test ! -e "$tmp/etc/sources.list.d/baocao-deb-src.list"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
