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
  std::vector<std::string> named;        // files named as such, not found in a folder
};

// A directory is searched recursively for *.yaml / *.yml in sorted order,
// skipping hidden entries and baocao.yaml, and for the documents a school may
// send instead (Word, Excel, PDF, zip, CSV: is_document_name), which the
// check then names; a file named on the command line
// is taken whatever its name. Directory links are not followed (no loops).
// A file reached twice is listed once.
InputFiles find_input_files(const std::vector<std::string>& paths, Lang lang);

// For each file, the office file it belongs to: baocao.yaml in its folder or
// the nearest folder above; "" when there is none ("-" has none). A folder
// that holds several offices is checked office by office.
std::vector<std::string> nearest_office_files(const std::vector<std::string>& files);

}  // namespace baocao
