#!/usr/bin/env bash
# The HTML report in a real checker and a real browser:
#  - the W3C Nu HTML checker (vnu.jar from the npm package vnu-jar) finds no error;
#  - headless Chromium prints it to PDF on A4, and every page has text; read
#    back from the PDF (Vietnamese and English reports): pages numbered from
#    page 2 at the top, appendix 1 on landscape pages and appendix 2 back on
#    portrait, the closing sentence, "Nơi nhận" and the signature on one
#    page, no heading left at the foot of a page, only Times New Roman or
#    Liberation Serif embedded;
#  - the Markdown report holds no HTML entity in its text;
#  - hostile school text (script tags, style breakers, CDATA ends, javascript:
#    URLs, bidi overrides) comes out inert in HTML and never breaks a
#    Markdown table.
# Skips (exit 77) only when Java, vnu.jar or Chromium is missing; CI installs them.
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
vnu=""
command -v npm > /dev/null && vnu="$(npm root -g 2>/dev/null)/vnu-jar/build/dist/vnu.jar"
chromium=$(command -v chromium || command -v chromium-browser || true)
if ! command -v java > /dev/null || [ ! -f "$vnu" ] || [ -z "$chromium" ] || ! command -v pdfinfo > /dev/null; then
  echo "needs java, vnu.jar (npm i -g vnu-jar), chromium and poppler-utils: skipped"
  exit 77
fi
fail=0 passed=0
check() {  # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed+1)); else echo "FAIL: $name"; fail=$((fail+1)); fi
}

(cd "$src/examples" && "$bin" compile nop -o "$tmp/example.html" -o "$tmp/example.md" 2> /dev/null)
(cd "$src/examples" && "$bin" compile nop --lang en -o "$tmp/example-en.html" 2> /dev/null)
(cd "$src/tests/offices/hostile" && "$bin" compile nop -o "$tmp/hostile.html" -o "$tmp/hostile.md" 2> /dev/null)

for page in example example-en hostile; do
  check "$page: Nu checker" java -jar "$vnu" --errors-only "$tmp/$page.html"
done

# Inert: no tag, handler or bidi control from school text survives as such.
check "hostile: no <script> element" bash -c "! grep -qi '<script' '$tmp/hostile.html'"
check "hostile: no injected handler" bash -c "! grep -qiE '<(img|svg)[^>]*on(error|load)' '$tmp/hostile.html'"
check "hostile: no bidi control (U+061C, U+200E-200F, U+202A-202E, U+2066-2069)" perl -CSD -ne \
  'if (/[\x{061C}\x{200E}\x{200F}\x{202A}-\x{202E}\x{2066}-\x{2069}]/) { print "bidi control: $ARGV:$.\n"; $bad = 1 }
   END { exit($bad ? 1 : 0) }' "$tmp/hostile.html" "$tmp/hostile.md"
check "hostile: bidi controls shown where they were" grep -q 'thừa � ALM � RLM � RLI �' "$tmp/hostile.md"
check "hostile: the text is shown" grep -q '&lt;script&gt;alert' "$tmp/hostile.html"
# Markdown: within each table, every row has as many cell separators as the header.
check "hostile: markdown tables intact" perl -ne '
  if (/^\|/) { (my $l = $_) =~ s/\\\|//g; my $n = () = $l =~ /\|/g;
               if (!defined $want) { $want = $n } elsif ($n != $want) { print "row breaks table: $_"; $bad = 1 } }
  else { undef $want }
  END { exit($bad ? 1 : 0) }' "$tmp/hostile.md"

check "markdown: no HTML entity in text" bash -c "! grep -nP '(?<!\\\\)&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);' '$tmp/example.md'"

# Print to PDF in Chromium; A4 is 595 x 842 pt.
print_pdf() {  # name
  "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$tmp/profile" --no-pdf-header-footer \
    --print-to-pdf="$tmp/$1.pdf" "file://$tmp/$1.html" > /dev/null 2>&1
}
print_pdf example
print_pdf example-en
check "pdf written" test -s "$tmp/example.pdf"
if [ -s "$tmp/example.pdf" ]; then
  pages=$(pdfinfo "$tmp/example.pdf" | sed -n 's/^Pages: *//p')
  size=$(pdfinfo "$tmp/example.pdf" | sed -n 's/^Page size: *//p')
  echo "example report: $pages pages, $size"
  check "page size is A4" bash -c "[[ '$size' == 595* && '$size' == *x\ 841.* ]] || [[ '$size' == *A4* ]]"
  for p in $(seq 1 "$pages"); do
    check "page $p has text" bash -c "[ -n \"\$(pdftotext -f $p -l $p '$tmp/example.pdf' - | tr -d '[:space:]')\" ]"
  done
fi
# Fonts: every embedded font is Times New Roman or Liberation Serif.
for pdf in example example-en; do
  check "$pdf: only Times New Roman or Liberation Serif" bash -c "
    fonts=\$(pdffonts '$tmp/$pdf.pdf' | tail -n +3 | awk '{print \$1}' | sed 's/^[A-Z]*+//')
    [ -n \"\$fonts\" ] && ! printf '%s\\n' \"\$fonts\" | grep -vE '^(TimesNewRoman|Times-|LiberationSerif)'"
done
check "example: the layout a signer expects" /usr/bin/python3 "$src/tests/pdf_layout.py" "$tmp/example.pdf" "$tmp/example.html" \
  "Trên đây là báo cáo" "Nơi nhận" "Phụ lục 1" "Phụ lục 2"
check "example-en: the layout a signer expects" /usr/bin/python3 "$src/tests/pdf_layout.py" "$tmp/example-en.pdf" \
  "$tmp/example-en.html" "This concludes" "Recipients" "Appendix 1" "Appendix 2"
echo "$passed passed, $fail failed"
[ $fail = 0 ]
