// Turns the YAML tree of a school file into a typed record, reporting every
// form error (docs/contract.md §1): unknown and missing keys, types, ranges, codes, and
// the rules that tie fields together.
#pragma once
#include "diagnostic.h"
#include "plan.h"
#include "school_record.h"
#include "yaml_tree.h"

namespace baocao {

// The roster's checks come after, in finish_submission.
SchoolRecord read_school(const Node& root, const Plan& plan, Diagnostics& diags);

}  // namespace baocao
