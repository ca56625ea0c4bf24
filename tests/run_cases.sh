#!/usr/bin/env bash
# Runs `baocao validate` on every case under tests/cases/ and checks what the
# case's header comments expect:
#   # expect-exit: N          the exit code
#   # expect: LINE:COL CODE   a diagnostic at that place, exactly once
#   # expect-hint: TEXT       TEXT appears in the output (English)
#   # expect-vi: TEXT         TEXT appears in the output in Vietnamese
#   # args: ...               extra arguments (paths relative to tests/cases)
# The errors, and the warnings other than requirement warnings (W001), must
# be exactly those listed: each once, and no other. So each expectation pins
# line, column and code, and a message said twice or on another line fails.
set -u
bin=$(realpath "$1")
cd "$2/cases" || exit 2
export NO_COLOR=1
fail=0 passed=0
for f in *.yaml *.yml; do
  [ "$f" = baocao.yaml ] && continue
  [ -e "$f" ] || continue
  # The comment lines, also of a UTF-16 file (its NULs and byte order mark dropped).
  header=$(tr -d '\0\376\377' < "$f" | sed '1s/^\xef\xbb\xbf//' | grep -a '^#')
  want_exit=$(printf '%s\n' "$header" | sed -n 's/^# expect-exit: *//p' | head -n1)
  args=$(printf '%s\n' "$header" | sed -n 's/^# args: *//p' | head -n1)
  if [ -z "$want_exit" ]; then echo "FAIL $f: no '# expect-exit:' line"; fail=$((fail+1)); continue; fi
  # shellcheck disable=SC2086
  out=$(timeout 20 "$bin" validate --lang en $args "$f" 2>&1)
  code=$?
  ok=1
  if [ "$code" != "$want_exit" ]; then echo "FAIL $f: exit $code, expected $want_exit"; ok=0; fi
  expected=$(printf '%s\n' "$header" | sed -n 's/^# expect: *\([0-9]*:[0-9]*\) *\([A-Z0-9]*\).*/\1 \2/p' | sort)
  # Every error and every warning but W001, as many times as it is printed.
  got=$(printf '%s\n' "$out" | sed -n "s/^$f:\([0-9]*:[0-9]*\): [a-z]*\[\([A-Z0-9]*\)\].*/\1 \2/p" | grep -v ' W001$' | sort)
  all=$(printf '%s\n' "$out" | sed -n "s/^$f:\([0-9]*:[0-9]*\): [a-z]*\[\([A-Z0-9]*\)\].*/\1 \2/p" | sort)
  # W001 may be listed; then it must be there too.
  listed_w001=$(printf '%s\n' "$expected" | grep ' W001$')
  while read -r e; do
    [ -z "$e" ] && continue
    printf '%s\n' "$all" | grep -qxF "$e" || { echo "FAIL $f: missing diagnostic $e"; ok=0; }
  done <<< "$listed_w001"
  if [ "$(printf '%s\n' "$expected" | grep -v ' W001$')" != "$got" ]; then
    diff <(printf '%s\n' "$expected" | grep -v ' W001$') <(printf '%s\n' "$got") | sed -n 's/^< /missing or not once: /p; s/^> /unexpected or repeated: /p' |
      sed "s/^/FAIL $f: /"
    ok=0
  fi
  while read -r h; do
    [ -z "$h" ] && continue
    printf '%s\n' "$out" | grep -qF -- "$h" || { echo "FAIL $f: no '$h' in the output"; ok=0; }
  done <<< "$(printf '%s\n' "$header" | sed -n 's/^# expect-hint: *//p')"
  vi_words=$(printf '%s\n' "$header" | sed -n 's/^# expect-vi: *//p')
  if [ -n "$vi_words" ]; then
    # shellcheck disable=SC2086
    out_vi=$(timeout 20 "$bin" validate $args "$f" 2>&1)
    while read -r h; do
      printf '%s\n' "$out_vi" | grep -qF -- "$h" || { echo "FAIL $f: no '$h' in the Vietnamese output"; ok=0; }
    done <<< "$vi_words"
  fi
  if [ $ok = 1 ]; then passed=$((passed+1)); else fail=$((fail+1)); printf '%s\n' "$out" | sed 's/^/    | /'; fi
done
echo "$passed passed, $fail failed"
[ $fail = 0 ]
