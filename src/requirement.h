// Evaluates a plan's requirements on one error-free school record, and
// names the record fields that requirements may refer to.
#pragma once
#include <string>
#include <vector>

#include "plan.h"
#include "roster.h"
#include "school_record.h"

namespace baocao {

struct RequirementResult {
  const Requirement* requirement = nullptr;
  bool evaluated = false;  // false when it does not apply (no roster, or not this school)
  bool met = false;
  std::string detail;      // why it is not met, in the user's language
  std::size_t offset = kNoOffset, length = 0;
};

// `figures` is the school's row of the plan's figures (Figures::of).
std::vector<RequirementResult> evaluate_requirements(const Plan& plan, const SchoolRecord& record,
                                                     const std::vector<long long>& figures, const RosterEntry* roster,
                                                     bool have_roster, Lang lang);

// What a plan file may name in its checks, from the plan's form.
std::vector<std::string> number_fields(const Form& form);     // ratio
std::vector<std::string> flag_fields(const Form& form);       // flag
std::vector<std::string> code_list_fields(const Form& form);  // includes
std::vector<std::string> list_names(const Form& form);        // count, covers, distinct
const FormField* item_field(const Form& form, const std::string& list, const std::string& field);  // of a list's items
// Vocabulary of a code field of a list's items ("" when the list has no such field).
std::string item_field_vocabulary(const Form& form, const std::string& list, const std::string& field);
std::string code_list_vocabulary(const Form& form, const std::string& field);
std::vector<std::string> roster_fields();  // what applies_if may test
std::string roster_field_vocabulary(const std::string& field);

}  // namespace baocao
