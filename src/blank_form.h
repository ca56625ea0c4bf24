// `baocao init`: the commented blank form a school fills in.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "office.h"
#include "plan.h"

namespace baocao {

// The form for one roster school: identity from the roster, every field of
// form v1 present, a Vietnamese comment on each, example items commented out.
// It validates with requirement warnings and no error.
std::string blank_form(const Plan& plan, const RosterEntry& school, const Office& office);

// What a school typed, by concrete path ("staff.total", "lessons[0].topics"):
// each value as typed (a code list holds one per code); a list's items are
// numbered from 0 and counted from the highest number seen.
using FormValues = std::map<std::string, std::vector<std::string>>;

// The same form with the school's values in place of the blank ones, list
// items written out: what the school's page saves. The identity is the
// values' (school.code, school.name), the plan the plan's.
std::string filled_form(const Plan& plan, const RosterEntry& school, const Office& office, const FormValues& values);

// The JSON Schema file the form's first line points editors to.
std::string schema_file_name(const Plan& plan);

}  // namespace baocao
