// Expands the PATH arguments into the list of school files to read.
#pragma once
#include <string>
#include <vector>

#include "lang.h"

namespace baocao {

struct InputProblem {
  std::string path;
  std::string message;
};

struct InputFiles {
  std::vector<std::string> files;        // in the order to read them
  std::vector<InputProblem> problems;    // skipped entries, each said once
  std::vector<std::string> missing;      // PATH arguments that don't exist
};

// A directory is searched recursively for *.yaml / *.yml in sorted order,
// skipping hidden entries and baocao.yaml, and for the documents a school may
// send instead (Word, Excel, PDF, zip, CSV: is_document_name), which the
// check then names; a file named on the command line
// is taken whatever its name. Directory links are not followed (no loops).
// A file reached twice is listed once.
InputFiles find_input_files(const std::vector<std::string>& paths, Lang lang);

}  // namespace baocao
