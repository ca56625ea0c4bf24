// One school on an office's roster (baocao.yaml `schools`): what a
// requirement may ask of the school it is checking (its level, commune,
// areas), apart from the office file that lists it.
#pragma once
#include <string>
#include <vector>

namespace baocao {

struct RosterEntry {
  std::string code, name, level, commune;
  std::vector<std::string> areas;
};

}  // namespace baocao
