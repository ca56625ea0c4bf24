// The PDF report: the HTML report printed by a headless Chromium-family
// browser (the page size, margins and page numbers come from its print CSS).
#pragma once
#include <string>

#include "lang.h"

namespace baocao {

// Prints `html` with the browser at `browser` (see find_browser) and returns
// the PDF's bytes. Everything happens in a fresh temporary folder, removed
// afterwards, with the browser kept off the network. On failure returns ""
// and sets `error` (in `lang`).
std::string print_pdf(const std::string& html, const std::string& browser, Lang lang, std::string* error);

}  // namespace baocao
