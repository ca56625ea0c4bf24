// `baocao plan --schema`: a JSON Schema (draft-07) of the school form for a
// plan, drawn from the form table and the plan's vocabularies, so that an
// editor with the YAML language server completes keys and codes and
// underlines mistakes while a teacher types.
#pragma once
#include <string>

#include "lang.h"
#include "plan.h"

namespace baocao {

std::string form_schema(const Plan& plan, Lang lang);

}  // namespace baocao
