#!/usr/bin/env bash
# The page must run in Chrome 109, the last for Windows 7/8.1, while the
# tests can only run today's Chromium: so its script and style are searched
# for the features that came after 109 (each with the version that brought
# it). The WebAssembly core is emscripten 3.1.6's (MIN_CHROME_VERSION 75)
# with WebAssembly exceptions (Chrome 95).
# Usage: chrome109.sh SOURCE_DIR
set -u
web=$1/web
fail=0
newer() {  # what it is, the Chrome that brought it, an extended regex, the files
  local what=$1 since=$2 re=$3; shift 3
  if grep -nE "$re" "$@"; then echo "FAIL: $what needs Chrome $since"; fail=1; fi
}
js=$web/page.js css=$web/page.css
newer 'toSorted/toReversed/toSpliced/with (change array by copy)' 110 '\.(toSorted|toReversed|toSpliced)\(|\]\.with\(' "$js"
newer 'Object.groupBy / Map.groupBy' 117 '(Object|Map)\.groupBy' "$js"
newer 'Promise.withResolvers' 119 'Promise\.withResolvers' "$js"
newer 'Array.fromAsync' 121 'Array\.fromAsync' "$js"
newer 'String isWellFormed/toWellFormed' 111 '\.(isWellFormed|toWellFormed)\(' "$js"
newer 'the popover attribute' 114 'popover' "$js" "$web/page.html"
newer 'Set methods (union, intersection, …)' 122 '\.(union|intersection|symmetricDifference|isSubsetOf)\(' "$js"
newer 'CSS nesting' 112 '^[^/]*\{[^}]*&' "$css"
newer 'color-mix()' 111 'color-mix\(' "$css"
newer '@scope / @starting-style' 117 '@(scope|starting-style)' "$css"
newer 'text-wrap, field-sizing' 114 'text-wrap|field-sizing' "$css"
newer ':user-valid / :user-invalid' 119 ':user-(in)?valid' "$css"
newer 'subgrid' 117 'subgrid' "$css"
[ $fail = 0 ] && echo "page.js, page.css: nothing newer than Chrome 109 found"
exit $fail
