// The school's page (`baocao form`): what its WebAssembly core tells the
// page's script about the plan's form and a school file, and how the
// command puts the office's data into the built page. The checks themselves
// are validate's (validate_output.h); the file saved is init's (blank_form.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blank_form.h"
#include "lang.h"
#include "office.h"
#include "plan.h"
#include "source_file.h"

namespace baocao {

// The plan's form as the page builds it: sections, lists and fields in the
// blank form's order, each with its kind, need, the flag that makes it
// required, labels (vi, en, and in `lang`), the blank form's comment, the
// vocabulary's choices with their labels, ranges.
std::string form_description_json(const Plan& plan, Lang lang);

// The values a school file holds, laid out as the plan's form (sections and items
// as objects, lists and code lists as arrays, flags read as true/false when
// they can be, everything else as written); nothing when the text is not YAML.
std::optional<std::string> form_values_json(const Plan& plan, const SourceFile& file);

// The page's values, one "path<TAB>value" line each, the value's backslash,
// tab and line breaks written \\, \t, \n.
FormValues parse_form_values(std::string_view lines);

// The data the page is made for: the plan's text, the roster and the
// deadline, the school it is for ("" for the whole roster), the page's
// language. JSON safe inside a <script> element: no <, >, & and no U+2028,
// U+2029 as themselves.
std::string page_data_json(const Plan& plan, const Office& office, const std::string& school, Lang lang);

// The built page with `data` in its place; empty when `shell` is not the page.
std::string page_with_data(const std::string& shell, const std::string& data);

// Where the built page is looked for, in order: beside the program (the
// build tree, the Windows zip's folder), then ../share/baocao from it (the
// .deb, `cmake --install`).
std::vector<std::string> page_shell_places(const std::string& program);

// Writes the page for `school` ("": the page asks which) to `out`. "" when
// it is written, else why not, in `lang`, saying how to get a missing page.
std::string write_form_page(const Plan& plan, const Office& office, const std::string& school, Lang lang,
                            const std::string& out);

}  // namespace baocao
