#!/usr/bin/env bash
# The Word, Excel and PDF reports, read back with tools that are not baocao:
#  - python-docx: fonts, A4 and the margins, the header table without
#    borders, data tables with a repeated header row, appendix 1 in a
#    landscape section, page numbers from page 2, as many tables as the HTML;
#  - pandoc: the .docx says word for word what the HTML report says;
#  - LibreOffice prints the .docx: the header's two columns side by side,
#    page numbers from page 2, a sane page count;
#  - openpyxl: every number of the .xlsx equals the JSON report's, numbers
#    stored as numbers and dates as dates, frozen header, filter, widths;
#  - pdfinfo/pdftotext/pdffonts: the .pdf is A4, numbered from page 2, fonts
#    embedded, and has the report's text;
#  - no browser: exit 2, a message naming what to install, nothing written;
#  - hostile school text stays inert: no field in the .docx, no formula in
#    the .xlsx, no markup or bidi control anywhere.
# Skips (exit 77) only when a tool is missing; CI installs them all.
set -u
bin=$(realpath "$1")
src=$(realpath "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1
py=/usr/bin/python3
for tool in pandoc libreoffice pdfinfo pdftotext pdffonts chromium; do
  command -v $tool > /dev/null || { echo "needs $tool: skipped"; exit 77; }
done
$py -c 'import docx, openpyxl' 2> /dev/null || { echo "needs python3-docx and python3-openpyxl: skipped"; exit 77; }
fail=0 passed=0
check() {  # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed+1)); else echo "FAIL: $name"; fail=$((fail+1)); fi
}

(cd "$src/examples" && "$bin" compile nop -o "$tmp/ex.docx" -o "$tmp/ex.xlsx" -o "$tmp/ex.pdf" -o "$tmp/ex.json" \
  -o "$tmp/ex.html" 2> "$tmp/ex.err")
check "example: exit 1 (missing schools)" test $? = 1
(cd "$src/tests/offices/hostile" && "$bin" compile nop -o "$tmp/ho.docx" -o "$tmp/ho.xlsx" -o "$tmp/ho.pdf" \
  -o "$tmp/ho.json" -o "$tmp/ho.html" 2> "$tmp/ho.err")
check "hostile: exit 1" test $? = 1
(cd "$src/examples" && "$bin" compile nop --lang en -o "$tmp/en.docx" -o "$tmp/en.html" 2> /dev/null)
check "example in English: exit 1" test $? = 1

# --- .docx, read by python-docx ---------------------------------------------
docx_checks() {  # file.docx file.html
  $py - "$1" "$2" <<'PY'
import re, sys, zipfile
import docx
from docx.shared import Mm, Pt
path, html = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
d = docx.Document(path)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
bad = []
def want(cond, what):
    if not cond: bad.append(what)
near = lambda a, b: abs(a - b) < Mm(0.5)
secs = d.sections
want(len(secs) == 3, f"3 sections, got {len(secs)}")
for i, s in enumerate(secs):
    landscape = i == 1
    w, h = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    want(near(s.page_width, w) and near(s.page_height, h), f"section {i+1}: A4 {'landscape' if landscape else 'portrait'}")
    want((s.orientation == 1) == landscape, f"section {i+1}: orientation")
    # The decree's margins; on the landscape pages, as the HTML prints them, the
    # binding edge (30 mm) at the top.
    for side, mm in zip(("top", "right", "bottom", "left"), (30, 20, 15, 20) if landscape else (20, 15, 20, 30)):
        want(near(getattr(s, side + "_margin"), Mm(mm)), f"section {i+1}: {side} margin {mm} mm")
# Page numbers from page 2: a title page with an empty header, then a PAGE field.
s1 = secs[0]
want(s1.different_first_page_header_footer, "section 1 has a title page")
want(not "".join(p.text for p in s1.first_page_header.paragraphs).strip(), "page 1 has no number")
hdr = s1.header._element.xml
want("PAGE" in hdr and "fldChar" in hdr, "the header holds a PAGE field")
want(s1.header.paragraphs[0].alignment == 1, "the page number is centred")
for s in secs[1:]:
    want(not s.different_first_page_header_footer, "later sections number their first page")
# Times New Roman 13 pt through the Normal style; table text 12 pt.
normal = d.styles["Normal"]
want(normal.font.name == "Times New Roman", f"Normal font {normal.font.name}")
want(normal.font.size == Pt(13), f"Normal size {normal.font.size}")
want(d.styles["Table Text"].font.size == Pt(12), "table text 12 pt")
fonts = set(re.findall(r'w:ascii="([^"]+)"', zipfile.ZipFile(path).read("word/styles.xml").decode()))
want(fonts == {"Times New Roman"}, f"fonts used: {fonts}")
# Every paragraph and table has a style of the document's own.
body = d.element.body
styled = [p for p in body.iter(W + "p") if p.find(W + "pPr/" + W + "pStyle") is not None or p.find(W + "r") is None]
plain = [p for p in body.iter(W + "p") if p.find(W + "pPr/" + W + "pStyle") is None and p.find(W + "r") is not None]
want(all(p.style.name == "Normal" for p in d.paragraphs if p._p in plain), "unstyled paragraphs are Normal")
# The header table: two columns, no border, from its style and none of its own.
t0 = d.tables[0]
want(len(t0.columns) == 2, "header table has two columns")
want(t0.style.name == "Plain Table", f"header table style {t0.style.name}")
borders = t0.style.element.find(f"{W}tblPr/{W}tblBorders")
want(borders is not None and all(b.get(W + "val") in ("nil", "none") for b in borders), "header table style has no border")
want(t0._tbl.find(f"{W}tblPr/{W}tblBorders") is None and not t0._tbl.findall(f".//{W}tcBorders"), "header table adds no border")
right = t0.cell(0, 1).text
want(("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right)
     or ("SOCIALIST REPUBLIC OF VIET NAM" in right and "Independence - Freedom - Happiness" in right), "motto in the right column")
motto = t0.cell(0, 1).paragraphs[1]
want(motto.style.font.underline and (motto.style.font.bold or motto.style.base_style.font.bold), "the motto is bold with a rule as long as the line")
# Data tables: bordered by their style, the header row repeated on each page.
data = [t for t in d.tables if t.style.name == "Data Table"]
dborders = d.styles["Data Table"].element.find(f"{W}tblPr/{W}tblBorders")
want(dborders is not None and all(b.get(W + "val") == "single" for b in dborders) and len(dborders) == 6, "data tables bordered")
want(all(t.rows[0]._tr.find(f"{W}trPr/{W}tblHeader") is not None for t in data), "every data table repeats its header row")
# As many tables as the HTML report, data tables included.
want(len(d.tables) == html.count("<table"), f"{len(d.tables)} tables, HTML has {html.count('<table')}")
html_data = html.count('<table class="data')
want(len(data) == html_data, f"{len(data)} data tables, HTML has {html_data}")
# Appendix 1 is the landscape section's only content.
start = next((i for i, p in enumerate(d.paragraphs) if p.text in ("Phụ lục 1", "Appendix 1")), None)
want(start is not None and d.paragraphs[start].style.name == "Appendix Number", "appendix 1 is there")
# Charts: DrawingML chart parts with their values cached, two of them.
z = zipfile.ZipFile(path)
charts = [n for n in z.namelist() if n.startswith("word/charts/chart")]
want(len(charts) == 1, f"charts: {charts}")
for n in charts:
    x = z.read(n).decode()
    want("<c:numCache>" in x and "<c:strCache>" in x and x.count("<c:pt ") >= 4, f"{n} caches its values")
# The only field in the package is the header's page number.
for n in z.namelist():
    if n.endswith(".xml"):
        x = z.read(n).decode()
        fields = x.count("<w:fldSimple") + x.count("<w:instrText") + x.count("<w:hyperlink")
        want(fields == (1 if n == "word/header1.xml" else 0), f"{n}: {fields} field(s)")
        bidi = [c for c in "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069" if c in x]
        want(not bidi, f"{n}: bidi controls {bidi!r}")
if bad: print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
}
check "example.docx: python-docx" docx_checks "$tmp/ex.docx" "$tmp/ex.html"
check "hostile.docx: python-docx" docx_checks "$tmp/ho.docx" "$tmp/ho.html"
check "english.docx: python-docx" docx_checks "$tmp/en.docx" "$tmp/en.html"

# Same words as the HTML report, in the same order (table rules and the
# SVG's placeholder left aside; runs of words joined, as pandoc joins
# adjacent inline HTML elements). In the two-column header pandoc lines the
# cells up differently for the two formats: there the same letters suffice.
same_text() {  # file.docx file.html
  $py - "$1" "$2" <<'PY'
import re, subprocess, sys
def words(fmt, path):
    t = subprocess.run(["pandoc", "-f", fmt, "-t", "plain", "--wrap=none", path], capture_output=True, text=True, check=True).stdout
    return "".join(w for w in t.split() if not re.fullmatch(r"[-+|=:\[\]]+", w))
a, b = words("docx", sys.argv[1]), words("html", sys.argv[2])
title = "REPORT" if "SOCIALIST" in a else "BÁOCÁO"
cut_a, cut_b = a.find(title), b.find(title)
if sorted(a[:cut_a]) != sorted(b[:cut_b]):
    print(f"header differs:\n docx: {a[:cut_a]}\n html: {b[:cut_b]}")
    sys.exit(1)
a, b = a[cut_a:], b[cut_b:]
if a != b:
    i = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    print(f"differs at {i}:\n docx: …{a[max(0,i-60):i+60]}\n html: …{b[max(0,i-60):i+60]}")
    sys.exit(1)
PY
}
check "example.docx: same text as the HTML" same_text "$tmp/ex.docx" "$tmp/ex.html"
check "hostile.docx: same text as the HTML" same_text "$tmp/ho.docx" "$tmp/ho.html"
check "english.docx: same text as the HTML" same_text "$tmp/en.docx" "$tmp/en.html"
pandoc -f docx -t plain --wrap=none "$tmp/ho.docx" > "$tmp/ho.txt"
check "hostile.docx: markup shown as text" grep -qF "<script>alert('tên')</script>" "$tmp/ho.txt"
check "hostile.docx: field markup shown as text" grep -qF '<w:fldSimple w:instr=" DDE cmd ">' "$tmp/ho.txt"

# Every school valid: no appendix 2, so the document ends with appendix 1's landscape section.
sed '/- code: TH-XN/,$d' "$src/tests/cases/baocao.yaml" > "$tmp/one-school.yaml"
"$bin" compile "$src/tests/cases/valid-full.yaml" --config "$tmp/one-school.yaml" -o "$tmp/one.docx" -o "$tmp/one.html" 2> /dev/null
check "one school: exit 0" test $? = 0
check "one school: ends landscape, no appendix 2" $py -c "
import docx, sys
d = docx.Document(sys.argv[1])
sys.exit(not ([s.orientation for s in d.sections] == [0, 1] and not any('Phụ lục 2' in p.text for p in d.paragraphs)))" "$tmp/one.docx"
check "one school: same text as the HTML" same_text "$tmp/one.docx" "$tmp/one.html"

# --- .docx printed by LibreOffice --------------------------------------------
libreoffice -env:UserInstallation=file://$tmp/lo-profile --headless --convert-to pdf --outdir "$tmp/lo" "$tmp/ex.docx" \
  > /dev/null 2>&1
check "LibreOffice prints the .docx" test -s "$tmp/lo/ex.pdf"
if [ -s "$tmp/lo/ex.pdf" ]; then
  pages=$(pdfinfo "$tmp/lo/ex.pdf" | sed -n 's/^Pages: *//p')
  hpages=$(pdfinfo "$tmp/ex.pdf" | sed -n 's/^Pages: *//p')
  echo "example .docx via LibreOffice: $pages pages (the HTML via Chromium: $hpages)"
  check "LibreOffice: a sane page count" test "$pages" -ge $((hpages - 3)) -a "$pages" -le $((hpages + 3))
  pdftotext -layout -f 1 -l 1 "$tmp/lo/ex.pdf" "$tmp/lo/p1.txt"
  check "LibreOffice: header columns side by side" grep -qE 'UBND.*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' "$tmp/lo/p1.txt"
  check "LibreOffice: office beside the motto" grep -qE 'PHÒNG GIÁO DỤC.*Độc lập - Tự do - Hạnh phúc' "$tmp/lo/p1.txt"
  check "LibreOffice: page 1 unnumbered" bash -c "! head -3 '$tmp/lo/p1.txt' | grep -qxE ' *1 *'"
  check "LibreOffice: page 2 numbered at the top" bash -c "pdftotext -f 2 -l 2 '$tmp/lo/ex.pdf' - | head -1 | grep -qx 2"
  check "LibreOffice: last page numbered" bash -c "pdftotext -f $pages -l $pages '$tmp/lo/ex.pdf' - | head -1 | grep -qx $pages"
  check "LibreOffice: appendix 1 landscape" bash -c "pdfinfo -f 1 -l $pages '$tmp/lo/ex.pdf' | grep -q 'size: *841.* x 595'"
fi

# --- .xlsx, read by openpyxl -------------------------------------------------
xlsx_checks() {  # file.xlsx file.json
  $py - "$1" "$2" <<'PY'
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
rep = json.load(open(sys.argv[2], encoding="utf-8"))
bad = []
def want(cond, what):
    if not cond: bad.append(what)
want(wb.sheetnames == ["Trường", "Tổng hợp", "Yêu cầu", "Phân loại", "Theo cấp, xã"], f"sheets {wb.sheetnames}")
for ws in wb.worksheets:
    want(ws.freeze_panes == "A2", f"{ws.title}: frozen header row")
    want(ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), f"{ws.title}: autofilter")
    for c in ws[1]:
        width = ws.column_dimensions[c.column_letter].width
        want(c.font.b and c.alignment.wrap_text, f"{ws.title}!{c.coordinate}: bold wrapping header")
        want(width and width >= max(len(w) for w in str(c.value).split()), f"{ws.title}!{c.coordinate}: header's words fit")
        # Every value fits its column, or wraps when longer than 60 characters.
        for v in ws[c.column_letter][1:]:
            shown = (f"{v.value:,}" if isinstance(v.value, int) else f"{v.value:.1%}" if isinstance(v.value, float)
                     else "dd/mm/yyyy" if v.is_date else str(v.value or ""))
            want(len(shown) <= width or (len(shown) > 60 and v.alignment.wrap_text), f"{ws.title}!{v.coordinate}: {shown!r} fits in {width}")
    for row in ws.iter_rows():
        for c in row:
            want(c.data_type != "f", f"{ws.title}!{c.coordinate} is a formula")
def lookup(key):
    v = rep
    for k in key.split("."):
        v = v[k]
    return len(v) if isinstance(v, list) else v
# Totals: every figure equals the JSON's.
tot = wb["Tổng hợp"]
seen = 0
for label, value, key in tot.iter_rows(min_row=2, values_only=True):
    want(isinstance(value, int), f"{key}: a number, got {value!r}")
    want(value == lookup(key), f"{key}: {value} vs JSON {lookup(key)}")
    seen += 1
want(seen >= 20, f"totals rows {seen}")
# Schools: one row per roster school, in order, with its status; the
# figures of the valid ones add up to the totals.
sch = wb["Trường"]
head = [c.value for c in sch[1]]
rows = list(sch.iter_rows(min_row=2, values_only=True))
want([r[1] for r in rows] == [s["code"] for s in rep["per_school"]], "school codes in roster order")
# The words appendix 1 of the documents uses (the goldens pin those).
words = {"valid": "Đã nộp", "invalid": "Cần gửi lại", "missing": "Chưa nộp", "blank": "Gửi mẫu trống"}
for r, s in zip(rows, rep["per_school"]):
    want(r[5] == words[s["status"]], f"{s['code']}: status {r[5]}")
    if s["status"] == "valid":
        want(r[6] == ("Có" if s["late"] else "Không"), f"{s['code']}: late")
        want(isinstance(r[7], datetime.datetime), f"{s['code']}: prepared is a date, got {r[7]!r}")
        want((r[-1] or "") == ", ".join(s["not_met"]), f"{s['code']}: not met {r[-1]!r}")
    else:
        want(all(v is None for v in r[6:]), f"{s['code']}: no figures for a school without a valid report")
first = head.index("Ngày lập") + 1
# The figures in the order of the JSON report's "totals".
keys = ["staff_total", "staff_informed", "students_total", "students_reached", "lessons", "lesson_periods",
        "lesson_students", "activities", "participants.staff", "participants.students", "participants.parents",
        "participants.others", "trainings", "trained_staff", "focal_persons", "plans_issued",
        "communication_programs", "movement_integrated"]
for i, key in enumerate(keys):
    col = [r[first + i] for r in rows if r[first + i] is not None]
    want(all(isinstance(v, int) for v in col), f"{key}: numbers")
    want(sum(col) == lookup("totals." + key), f"{key}: schools add up to {sum(col)}, JSON {lookup('totals.' + key)}")
# Requirements: met, not met and which schools, as in the JSON.
req = list(wb["Yêu cầu"].iter_rows(min_row=2, values_only=True))
want([r[0] for r in req] == [q["id"] for q in rep["requirements"]], "requirement ids")
for r, q in zip(req, rep["requirements"]):
    want((r[3], r[4]) == (q["met"], q["not_met"]), f"{q['id']}: {r[3]}/{r[4]} vs {q['met']}/{q['not_met']}")
    if q["met"] + q["not_met"]:
        want(abs(r[5] - q["met"] / (q["met"] + q["not_met"])) < 1e-9, f"{q['id']}: share met")
    want([c for c in q["schools_not_met"] if f"({c})" not in (r[6] or "")] == [], f"{q['id']}: schools not met")
# Every breakdown by one code: pcmd's activities by form, partner and topic.
act = list(wb["Phân loại"].iter_rows(min_row=2, values_only=True))
want(len(act) == sum(len(rep[k]) for k in ("activities_by_form", "activities_by_partner", "topics")), "every term listed")
for by, code, label, count, key in act:
    want(count == lookup(key), f"{key}: {count} vs JSON {lookup(key)}")
# By level and by commune: every number as the JSON's breakdown has it.
grp = wb["Theo cấp, xã"]
ghead = [c.value for c in grp[1]]
labels = {d["label"]["vi"]: d["id"] for d in rep["figure_defs"]}
want_rows = [x for view in ("level", "commune") for x in rep["breakdown"][view]]
got_rows = list(grp.iter_rows(min_row=2, values_only=True))
want(len(got_rows) == len(want_rows), f"group rows {len(got_rows)} vs {len(want_rows)}")
for r, x in zip(got_rows, want_rows):
    want(r[2:5] == (x["expected"], x["submitted"], x["valid"]), f"{x['group']}: counts {r[2:5]}")
    for h, v in zip(ghead[5:], r[5:]):
        want(v == x["figures"][labels[h]], f"{x['group']} {h}: {v} vs JSON {x['figures'][labels[h]]}")
if bad: print("\n".join(bad[:20]))
sys.exit(1 if bad else 0)
PY
}
check "example.xlsx: every number equals the JSON" xlsx_checks "$tmp/ex.xlsx" "$tmp/ex.json"
check "hostile.xlsx: every number equals the JSON" xlsx_checks "$tmp/ho.xlsx" "$tmp/ho.json"
hostile_cells() {
  $py - "$1" <<'PY'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Trường"]
row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "TH-C")
ok = row[2].data_type == "s" and row[2].value == '=HYPERLINK("http://x.invalid","bấm")'
ok &= row[3].data_type == "s" and row[3].value == "@SUM(1+1)"
# The bidi overrides around a commune's name are shown, not obeyed.
ok &= any(r[3].value == "Xã \ufffdngược\ufffd" for r in ws.iter_rows(min_row=2))
sys.exit(0 if ok else 1)
PY
}
check "hostile.xlsx: text starting with = or @ is text" hostile_cells "$tmp/ho.xlsx"
check "hostile.xlsx: no bidi control" bash -c "! unzip -p '$tmp/ho.xlsx' | grep -qE $'\u061c|\u200f|\u202e|\u2067|\u2069'"

# --- .pdf ---------------------------------------------------------------------
pdf_checks() {  # file.pdf
  local pages size
  pages=$(pdfinfo "$1" | sed -n 's/^Pages: *//p')
  size=$(pdfinfo "$1" | sed -n 's/^Page size: *//p')
  [[ "$size" == *"(A4)"* ]] || { echo "page size $size"; return 1; }
  pdftotext -f 1 -l 1 "$1" - | head -1 | grep -qx 1 && { echo "page 1 numbered"; return 1; }
  pdftotext -f 2 -l 2 "$1" - | head -1 | grep -qx 2 || { echo "page 2 not numbered"; return 1; }
  pdftotext -f "$pages" -l "$pages" "$1" - | head -1 | grep -qx "$pages" || { echo "last page not numbered"; return 1; }
  pdftotext "$1" - | grep -q "BÁO CÁO" || return 1
  # Every font embedded (the pdffonts table's "emb" column).
  pdffonts "$1" | awk 'NR > 2 && $(NF-4) != "yes" { bad = 1 } END { exit bad }' || { echo "a font not embedded"; return 1; }
}
check "example.pdf: A4, numbered, fonts embedded" pdf_checks "$tmp/ex.pdf"
check "hostile.pdf: A4, numbered, fonts embedded" pdf_checks "$tmp/ho.pdf"
check "hostile.pdf: markup shown as text" bash -c "pdftotext '$tmp/ho.pdf' - | grep -qF '<script>alert(1)</script>'"
check "example.pdf: appendix 1 landscape" bash -c "pdfinfo -f 1 -l 99 '$tmp/ex.pdf' | grep -q 'size: *841.* x 59[45]'"

# No browser: exit 2, what to install, nothing written, not even the other outputs.
(cd "$src/examples" && BAOCAO_BROWSER=/nonexistent/chromium "$bin" compile nop -o "$tmp/nb.pdf" -o "$tmp/nb.html" \
  2> "$tmp/nb.err")
check "no browser: exit 2" test $? = 2
check "no browser: nothing written" bash -c "! ls '$tmp'/nb.pdf '$tmp'/nb.html 2> /dev/null"
check "no browser: says what to install" grep -q 'apt install chromium' "$tmp/nb.err"
(cd "$src/examples" && env -u BAOCAO_BROWSER PATH=/nonexistent "$bin" compile nop --lang en -o "$tmp/nb.pdf" 2> "$tmp/nb.err")
check "no browser on PATH: exit 2" test $? = 2
check "no browser: English message" grep -q 'no Chromium, Chrome or Edge browser found' "$tmp/nb.err"

# --template: the Word styles and body of one's own, each replacing only its file.
mkdir -p "$tmp/tpl/shared"
sed 's|<w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr>\(.*\)$|<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>\1|' \
  "$src/templates/shared/docx-styles.xml" > "$tmp/tpl/shared/docx-styles.xml"
(cd "$src/examples" && "$bin" compile nop --template "$tmp/tpl" -o "$tmp/own.docx" 2> /dev/null)
check "own Word styles used" $py -c "import docx, sys; from docx.shared import Pt; sys.exit(docx.Document(sys.argv[1]).styles['Normal'].font.size != Pt(14))" "$tmp/own.docx"
printf '<w:document>{{#broken}}</w:document>' > "$tmp/tpl/report.docx.mustache"
(cd "$src/examples" && "$bin" compile nop --template "$tmp/tpl" -o "$tmp/bad.docx" -o "$tmp/bad.html" 2> "$tmp/bad.err")
check "broken Word template: exit 2" test $? = 2
check "broken Word template: nothing written" bash -c "! ls '$tmp'/bad.docx '$tmp'/bad.html 2> /dev/null"

# A browser that fails to print: exit 2, why, nothing written.
(cd "$src/examples" && BAOCAO_BROWSER=/bin/false "$bin" compile nop -o "$tmp/nb.pdf" -o "$tmp/nb.docx" 2> "$tmp/nb.err")
check "failing browser: exit 2" test $? = 2
check "failing browser: nothing written" bash -c "! ls '$tmp'/nb.pdf '$tmp'/nb.docx 2> /dev/null"
check "failing browser: says so" grep -q 'không in được báo cáo' "$tmp/nb.err"

# Binary formats go to standard output too.
(cd "$src/examples" && "$bin" compile nop --format docx -o - > "$tmp/out.docx" 2> /dev/null)
check "docx to stdout" $py -c "import docx, sys; docx.Document(sys.argv[1])" "$tmp/out.docx"
(cd "$src/examples" && "$bin" compile nop --format xlsx -o - > "$tmp/out.xlsx" 2> /dev/null)
check "xlsx to stdout" $py -c "import openpyxl, sys; openpyxl.load_workbook(sys.argv[1])" "$tmp/out.xlsx"
check "same .docx to stdout as to a file" cmp -s "$tmp/out.docx" "$tmp/ex.docx"

echo "$passed passed, $fail failed"
[ $fail = 0 ]
