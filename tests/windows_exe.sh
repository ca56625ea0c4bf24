#!/usr/bin/env bash
# The .exe itself: one file that needs only DLLs every Windows has (the C++
# runtime and the libraries linked in), and the manifest that gives it the
# UTF-8 code page.
# Usage: windows_exe.sh BAOCAO_EXE
set -u
exe=$1
# shellcheck source=checks.sh
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"
dlls=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^\tDLL Name: //p' | tr 'A-Z' 'a-z' | sort)
echo "imports: $(echo $dlls)"
others=$(grep -vxE 'kernel32\.dll|msvcrt\.dll|shell32\.dll|user32\.dll|advapi32\.dll|bcrypt\.dll|ws2_32\.dll|api-ms-win-.*' <<< "$dlls")
ok "only system DLLs" test -z "$others"
ok "UTF-8 code page in the manifest" grep -aq '<activeCodePage xmlns="http://schemas.microsoft.com/SMI/2019/WindowsSettings">UTF-8</activeCodePage>' "$exe"
ok "no elevation asked" grep -aq 'requestedExecutionLevel level="asInvoker"' "$exe"
echo "$passed passed, $fail failed"
[ $fail = 0 ]
