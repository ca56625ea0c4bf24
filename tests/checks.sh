# The assertions the e2e scripts share. Sourced after `tmp` (a scratch
# folder) is set; each script ends with: echo "$passed passed, $fail failed".
fail=0 passed=0
expect() {  # name, wanted exit code, command...
  local name=$1 want=$2; shift 2
  "$@" > "$tmp/out" 2> "$tmp/err"
  local got=$?
  if [ "$got" = "$want" ]; then passed=$((passed+1)); else
    echo "FAIL: $name: exit $got, expected $want"; sed 's/^/    | /' "$tmp/err" | head -5; fail=$((fail+1)); fi
}
ok() {  # name, command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed+1)); else echo "FAIL: $name"; fail=$((fail+1)); fi
}
