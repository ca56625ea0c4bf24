// Everything baocao asks of the operating system, for Linux and Windows:
// the rest of the code is plain C++ and sees only UTF-8 strings. On Windows
// paths, arguments and the console are UTF-16 underneath; they are
// converted here, so a file named `trường-liên-hòa.yaml` works whatever the
// machine's code page.
#pragma once
#include <ctime>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::platform {

// Program arguments as UTF-8 (on Windows taken from the wide command line,
// not from argv, which is in the ANSI code page).
std::vector<std::string> arguments(int argc, char** argv);

// Makes the standard streams binary (no "\r\n" for "\n" on Windows, so
// reports are byte for byte the same as on Linux) and the console UTF-8.
// The console's code pages are put back at exit.
void setup_standard_streams();

// Asks the C library to keep the memory a batch of files frees for the next
// batch, instead of handing it back to the system and faulting it in again
// page by page (glibc trims a heap's free top past 128 KB by default), and
// to free small blocks at once rather than gather them for a later sweep.
// Where the library has no such setting, nothing.
void keep_freed_memory();

// True when `stream` is a terminal that shows ANSI colour codes (on
// Windows, a console in which virtual-terminal processing could be turned on).
bool terminal_supports_color(std::FILE* stream);

// True on Windows when this process is the only one on its console, which
// then closes at exit: baocao.exe was double-clicked or had files dropped on
// it in Explorer rather than being run from a terminal.
bool console_closes_at_exit();

// Waits until Enter is pressed on the console (or standard input ends).
void wait_for_enter();

// The path, UTF-8, as a filesystem path and back.
std::filesystem::path fs_path(const std::string& utf8);
std::string utf8_path(const std::filesystem::path& p);

// The path as the user's system writes it: "\" between names on Windows.
std::string native_separators(std::string path);

bool is_directory(const std::string& path);
bool exists(const std::string& path);

// Opens a file to read in binary mode; nullptr with errno set on failure.
std::FILE* open_for_reading(const std::string& path);

// The size of an open regular file, or nothing for a pipe or a terminal.
std::optional<std::uint64_t> regular_file_size(std::FILE* f);

// A new file that did not exist before, for writing. Created with the
// permission bits of `like` when that file exists, else the usual ones for a
// new file (Windows has no such bits).
class NewFile {
 public:
  NewFile(const std::string& path, const std::string& like);
  NewFile(const NewFile&) = delete;
  NewFile& operator=(const NewFile&) = delete;
  ~NewFile();
  // "" when the file was created and set up, else why not; name_taken()
  // says whether a file of that name was in the way. A file made but not set
  // up is still there for the caller to remove.
  const std::string& error() const { return error_; }
  bool name_taken() const { return name_taken_; }
  std::string write(std::string_view data);  // "" or why it failed
  std::string flush_and_close();             // data on disk, then closed

 private:
  std::intptr_t handle_ = -1;
  std::string error_;
  bool name_taken_ = false;
};

// Renames `from` to `to`, replacing `to` if it exists, in one step that
// readers never see half done. "" or why it failed.
std::string rename_over(const std::string& from, const std::string& to);

void remove_file(const std::string& path);

// A new, empty folder of its own under the system's temporary folder, named
// `prefix` and a random part; its UTF-8 path, or nothing.
std::optional<std::string> make_temp_dir(const std::string& prefix);

// The calendar time `t` (read as UTC) in seconds since 1970.
std::time_t utc_time(std::tm t);

// The running program's own file, UTF-8; "" if the system won't say.
std::string executable_path();

// Whether `path` is a file this user may run.
bool is_executable(const std::string& path);

// Runs argv[0] (a path) with the rest as arguments, its input and output
// discarded, and waits for it. A program still running after `timeout` is
// killed with every process it started. Returns "" when it exited with
// status 0, else why not.
std::string run_program(const std::vector<std::string>& argv, std::chrono::milliseconds timeout);

}  // namespace baocao::platform
