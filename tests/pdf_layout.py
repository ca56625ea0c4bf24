#!/usr/bin/python3
"""Checks the printed report the way its signer looks at it, from the PDF:
usage: pdf_layout.py REPORT.pdf REPORT.html CLOSING RECIPIENTS APPENDIX1 APPENDIX2
  - pages numbered from page 2, at the top (the first line of the page);
  - appendix 1 (from the page headed APPENDIX1 to the one before APPENDIX2) on
    landscape pages, every other page portrait;
  - the closing sentence (starting CLOSING), RECIPIENTS and the signature
    (title and name, read from the HTML) on one page;
  - no page ends with a heading of the report (h2, h3 of the HTML).
Prints each failure; exits 1 if any."""
import html
import re
import subprocess
import sys

pdf, page_html, closing, recipients, appendix1, appendix2 = sys.argv[1:7]
failures = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
sizes = subprocess.run(["pdfinfo", "-f", "1", "-l", str(pages), pdf], capture_output=True, text=True,
                       check=True).stdout
landscape = {int(n): float(w) > float(h)
             for n, w, h in re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", sizes, re.M)}
text = {}
for p in range(1, pages + 1):
    out = subprocess.run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    text[p] = [norm(line) for line in out.splitlines() if line.strip()]

# Page numbers: none on page 1, the page's number first on every other page.
if text[1] and text[1][0] == "1":
    failures.append("page 1 is numbered")
for p in range(2, pages + 1):
    if not text[p] or text[p][0] != str(p):
        failures.append(f"page {p} does not start with its number: {text[p][:1]}")


def page_of(line_start):
    for p in range(1, pages + 1):
        if any(line == line_start for line in text[p]):
            return p
    return None


# Appendix 1 landscape, the rest portrait.
a1, a2 = page_of(appendix1), page_of(appendix2)
if a1 is None or a2 is None:
    failures.append(f"appendix headings not found: {appendix1} -> {a1}, {appendix2} -> {a2}")
else:
    for p in range(1, pages + 1):
        want = a1 <= p < a2
        if landscape.get(p) != want:
            failures.append(f"page {p} is {'landscape' if landscape.get(p) else 'portrait'}, "
                            f"expected {'landscape' if want else 'portrait'}")

# The closing sentence, the recipients and the signature together.
source = open(page_html, encoding="utf-8").read()
signer = re.search(r'<td class="signer">(.*?)<div class="space"></div>(.*?)</td>', source, re.S)
title, name = (norm(html.unescape(re.sub("<[^>]+>", " ", g))) for g in signer.groups())
closing_pages = [p for p in range(1, pages + 1) if any(line.startswith(closing) for line in text[p])]
if len(closing_pages) != 1:
    failures.append(f"closing sentence on pages {closing_pages}")
else:
    page = " ".join(text[closing_pages[0]])
    for part in (recipients, title, name):
        if part not in page:
            failures.append(f"'{part}' is not on the page of the closing sentence ({closing_pages[0]})")

# No heading at the foot of a page (a heading's first line as a page's last).
headings = [norm(html.unescape(re.sub("<[^>]+>", "", h)))
            for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", source, re.S)]
for p in range(1, pages + 1):
    last = text[p][-1] if text[p] else ""
    if len(last) > 3 and any(h.startswith(last) for h in headings):
        failures.append(f"page {p} ends with a heading: {last}")

for f in failures:
    print("  " + f)
sys.exit(1 if failures else 0)
