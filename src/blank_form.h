// `baocao init`: the commented blank form a school fills in.
#pragma once
#include <string>

#include "office.h"
#include "plan.h"

namespace baocao {

// What `prepared.by` holds in a blank form; validate warns while it is left.
extern const char* const kPreparedByPlaceholder;

// The form for one roster school: identity from the roster, every field of
// form v1 present, a Vietnamese comment on each, example items commented out.
// It validates with requirement warnings and no error.
std::string blank_form(const Plan& plan, const RosterEntry& school, const Office& office);

}  // namespace baocao
