// What `baocao plan` prints: the plan's requirements, for a person (text)
// or for a script (JSON), each with its id, clause, text and what "met" means.
#pragma once
#include <string>

#include "lang.h"
#include "plan.h"

namespace baocao {

std::string plan_text(const Plan& plan, Lang lang);
std::string plan_json(const Plan& plan, Lang lang);

}  // namespace baocao
