#!/usr/bin/env bash
# Feeds every case of the public YAML test suite to `baocao validate`. None
# is a school file, so each must end with exit 1 and a located diagnostic:
# never a crash, a hang or exit 0. Prints how many of the suite's invalid
# cases are reported as YAML-level errors (E0xx), a quality figure.
set -u
bin=$(realpath "$1")
suite=$2
[ -d "$suite" ] || { echo "no YAML test suite at $suite: skipped"; exit 77; }
export NO_COLOR=1
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
echo "$passed passed, $fail failed"
[ $fail = 0 ]
