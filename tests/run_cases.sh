#!/usr/bin/env bash
# Runs `baocao validate` on every case under tests/cases/ and checks what the
# case's header comments expect:
#   # expect-exit: N          the exit code
#   # expect: LINE:COL CODE   a diagnostic at that place (every error must be listed)
#   # args: ...               extra arguments (paths relative to tests/cases)
# Errors not listed fail the case, so each expectation pins line, column and code.
set -u
bin=$(realpath "$1")
cd "$2/cases" || exit 2
export NO_COLOR=1
fail=0 passed=0
for f in *.yaml *.yml; do
  [ "$f" = baocao.yaml ] && continue
  [ -e "$f" ] || continue
  want_exit=$(tr -d '\0' < "$f" | sed -n 's/^# expect-exit: *//p' | head -n1)
  args=$(tr -d '\0' < "$f" | sed -n 's/^# args: *//p' | head -n1)
  if [ -z "$want_exit" ]; then echo "FAIL $f: no '# expect-exit:' line"; fail=$((fail+1)); continue; fi
  # shellcheck disable=SC2086
  out=$(timeout 20 "$bin" validate --lang en $args "$f" 2>&1)
  code=$?
  ok=1
  if [ "$code" != "$want_exit" ]; then echo "FAIL $f: exit $code, expected $want_exit"; ok=0; fi
  expected=$(tr -d '\0' < "$f" | sed -n 's/^# expect: *\([0-9]*:[0-9]*\) *\([A-Z0-9]*\).*/\1 \2/p' | sort)
  got_errors=$(printf '%s\n' "$out" | sed -n "s/^$f:\([0-9]*:[0-9]*\): error\[\([A-Z0-9]*\)\].*/\1 \2/p" | sort)
  got_all=$(printf '%s\n' "$out" | sed -n "s/^$f:\([0-9]*:[0-9]*\): [a-z]*\[\([A-Z0-9]*\)\].*/\1 \2/p" | sort)
  while read -r e; do
    [ -z "$e" ] && continue
    printf '%s\n' "$got_all" | grep -qxF "$e" || { echo "FAIL $f: missing diagnostic $e"; ok=0; }
  done <<< "$expected"
  while read -r g; do
    [ -z "$g" ] && continue
    printf '%s\n' "$expected" | grep -qxF "$g" || { echo "FAIL $f: unexpected error $g"; ok=0; }
  done <<< "$got_errors"
  if [ $ok = 1 ]; then passed=$((passed+1)); else fail=$((fail+1)); printf '%s\n' "$out" | sed 's/^/    | /'; fi
done
echo "$passed passed, $fail failed"
[ $fail = 0 ]
