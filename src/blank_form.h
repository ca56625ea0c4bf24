// `baocao init`: the commented blank form a school fills in.
#pragma once
#include <string>

#include "office.h"
#include "plan.h"

namespace baocao {

// The form for one roster school: identity from the roster, every field of
// form v1 present, a Vietnamese comment on each, example items commented out.
// It validates with requirement warnings and no error.
std::string blank_form(const Plan& plan, const RosterEntry& school, const Office& office);

// The JSON Schema file the form's first line points editors to.
std::string schema_file_name(const Plan& plan);

}  // namespace baocao
