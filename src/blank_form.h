// `baocao init`: the commented blank form a school fills in.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "office.h"
#include "plan.h"
#include "school_record.h"

namespace baocao {

// The form for one roster school: identity from the roster, every field of
// form v1 present, a Vietnamese comment on each, example items commented out.
// It reads without a mistake, and is reported as not filled in (E208) until
// the school writes something of its own.
std::string blank_form(const Plan& plan, const RosterEntry& school, const Office& office);

// What `baocao init` writes for a field: the school's identity (the plan,
// its code and name, and the date the report is due), or a value a school
// must change or may leave: nothing, 0, "không", the placeholder text.
enum class InitValue : unsigned char { identity, nothing, zero, no, placeholder };
InitValue init_value(const FormField& f);

// Whether every value of the record is still the blank form's: each field
// outside lists as init wrote it (or left out), every list empty. The
// identity is not looked at: init wrote it, and a school that changed only
// its name or the date has still sent nothing.
bool is_blank_form(const SchoolRecord& r, const Form& form);

// What a school typed, by concrete path ("staff.total", "lessons[0].topics"):
// each value as typed (a code list holds one per code); a list's items are
// numbered from 0 and counted from the highest number seen.
using FormValues = std::map<std::string, std::vector<std::string>>;

// The FormValues key, after a section's or item's path ("staff.$extra",
// "lessons[0].$extra"; "$extra" for the file's top), of the entries there
// the form has no field for, each as the school wrote it: its lines from the
// key on, the first key at column 0. The saved file carries them unchanged.
inline constexpr std::string_view kExtraEntries = "$extra";

// The FormValues key, right after a field's or an item's path
// ("staff$written", "lessons[1]$written", "staff.total$written"), of a value
// the school wrote in a shape its field does not take (`staff: 12`, a list
// item that is one text), as she wrote it: from the key (or the item's dash)
// on, at column 0. The saved file carries it unchanged in the field's place,
// in place of the field.
inline constexpr std::string_view kWrittenEntry = "$written";

// The school's own whole-line comments in the opened file (not the blank
// form's, which init writes again): in the values JSON, each level's
// "$comments" object holds the lines above each of its keys, "-" those above
// the item's own dash, "$end" (at the top) those after the last entry. As
// FormValues, under the path with "$comment" after it ("staff.total$comment",
// "lessons[1]$comment", "$end$comment"), each written above its entry, at
// its indent, by the saved form.
inline constexpr std::string_view kCommentsKey = "$comments";
inline constexpr std::string_view kCommentEntry = "$comment";

// The line above the entries the saved form keeps for the form has no field.
inline constexpr std::string_view kExtrasHeader = "# Không có trong biểu mẫu; giữ nguyên như trong tệp đã mở:";

// The same form with the school's values in place of the blank ones, list
// items written out: what the school's page saves. The identity is the
// values' (school.code, school.name), the plan the plan's.
std::string filled_form(const Plan& plan, const RosterEntry& school, const Office& office, const FormValues& values);

// The JSON Schema file the form's first line points editors to.
std::string schema_file_name(const Plan& plan);

}  // namespace baocao
