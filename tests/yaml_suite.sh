#!/usr/bin/env bash
# Feeds every case of the public YAML test suite to `baocao validate`. None
# is a school file, so each must end with exit 1 and a located diagnostic:
# never a crash, a hang or exit 0. Of the suite's 94 invalid cases, at least
# 89 must be reported as YAML-level errors (E0xx): the figure may rise, never
# fall.
set -u
bin=$(realpath "$1")
suite=$2
[ -d "$suite" ] || { echo "FAIL: no YAML test suite at $suite"; exit 1; }
export NO_COLOR=1
floor=89
fail=0 passed=0 invalid=0 caught=0
for f in "$suite"/*.yaml; do
  out=$(timeout 10 "$bin" validate --lang en "$f" 2>&1)
  code=$?
  name=$(basename "$f")
  if [ $code != 1 ]; then
    echo "FAIL $name: exit $code"; fail=$((fail+1)); continue
  fi
  if ! printf '%s\n' "$out" | grep -qE "^.+:[0-9]+:[0-9]+: error\[E[0-9]+\]"; then
    echo "FAIL $name: no located error"; fail=$((fail+1)); continue
  fi
  passed=$((passed+1))
  case $name in
    *.error.yaml)
      invalid=$((invalid+1))
      printf '%s\n' "$out" | grep -qE ": error\[E0[0-9][0-9]\]" && caught=$((caught+1)) ;;
  esac
done
echo "invalid-YAML cases reported as YAML errors (E0xx): $caught of $invalid"
if [ "$caught" -lt "$floor" ]; then
  echo "FAIL: only $caught invalid cases reported as YAML errors, at least $floor expected"; fail=$((fail+1))
fi
echo "$passed passed, $fail failed"
[ $fail = 0 ]
