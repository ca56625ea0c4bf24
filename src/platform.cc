#include "platform.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <thread>
#include <random>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#include <windows.h>
#include <shellapi.h>
#else
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;
#endif

namespace baocao::platform {

namespace fs = std::filesystem;

// The path's bytes are UTF-8 on every system (char8_t under C++20): on
// Windows the path converts them to its UTF-16, elsewhere it keeps them.
fs::path fs_path(const std::string& utf8) {
  return fs::path(std::u8string_view(reinterpret_cast<const char8_t*>(utf8.data()), utf8.size()));
}

std::string utf8_path(const fs::path& p) {
  std::u8string s = p.u8string();
  return std::string(s.begin(), s.end());
}

bool is_directory(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(fs_path(path), ec);
}

bool exists(const std::string& path) {
  std::error_code ec;
  return fs::exists(fs_path(path), ec);
}

#ifdef _WIN32

namespace {

std::wstring wide(const std::string& s) {
  if (s.empty()) return {};
  int n = MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), nullptr, 0);
  std::wstring w(static_cast<std::size_t>(n), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, s.data(), static_cast<int>(s.size()), w.data(), n);
  return w;
}

std::string narrow(const wchar_t* w, int len = -1) {
  int n = WideCharToMultiByte(CP_UTF8, 0, w, len, nullptr, 0, nullptr, nullptr);
  if (n <= 0) return {};
  std::string s(static_cast<std::size_t>(n), '\0');
  WideCharToMultiByte(CP_UTF8, 0, w, len, s.data(), n, nullptr, nullptr);
  if (len < 0) s.pop_back();  // the terminating NUL counted by n
  return s;
}

// The system's own sentence for a Windows error code, in its language.
std::string windows_error(DWORD code) {
  wchar_t* buf = nullptr;
  DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                           nullptr, code, 0, reinterpret_cast<wchar_t*>(&buf), 0, nullptr);
  std::string s = n ? narrow(buf, static_cast<int>(n)) : "Windows error " + std::to_string(code);
  if (buf) LocalFree(buf);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ' || s.back() == '.')) s.pop_back();
  return s;
}

UINT saved_output_cp = 0, saved_input_cp = 0;

void restore_console_code_pages() {
  SetConsoleOutputCP(saved_output_cp);
  SetConsoleCP(saved_input_cp);
}

HANDLE as_handle(std::intptr_t h) { return reinterpret_cast<HANDLE>(h); }

}  // namespace

std::vector<std::string> arguments(int, char**) {
  int n = 0;
  wchar_t** w = CommandLineToArgvW(GetCommandLineW(), &n);
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(narrow(w[i]));
  LocalFree(w);
  return out;
}

void setup_standard_streams() {
  _setmode(_fileno(stdin), _O_BINARY);
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);
  saved_output_cp = GetConsoleOutputCP();
  saved_input_cp = GetConsoleCP();
  if (saved_output_cp != 0 && saved_output_cp != CP_UTF8) {  // 0: no console
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
    std::atexit(restore_console_code_pages);
  }
}

void keep_freed_memory() {}  // nothing is asked of the Windows heap

bool terminal_supports_color(std::FILE* stream) {
  int fd = _fileno(stream);
  if (fd < 0 || !_isatty(fd)) return false;
  HANDLE h = reinterpret_cast<HANDLE>(_get_osfhandle(fd));
  DWORD mode = 0;
  if (!GetConsoleMode(h, &mode)) return false;  // a serial device, say
  if (mode & ENABLE_VIRTUAL_TERMINAL_PROCESSING) return true;
  return SetConsoleMode(h, mode | ENABLE_VIRTUAL_TERMINAL_PROCESSING) != 0;  // fails before Windows 10
}

bool console_closes_at_exit() {
  DWORD ids[2];
  return GetConsoleProcessList(ids, 2) == 1;
}

std::string native_separators(std::string path) {
  for (char& c : path)
    if (c == '/') c = '\\';
  return path;
}

std::FILE* open_for_reading(const std::string& path) { return _wfopen(wide(path).c_str(), L"rb"); }

std::optional<std::uint64_t> regular_file_size(std::FILE* f) {
  struct _stat64 st;
  if (_fstat64(_fileno(f), &st) != 0 || !(st.st_mode & _S_IFREG)) return std::nullopt;
  return static_cast<std::uint64_t>(st.st_size);
}

NewFile::NewFile(const std::string& path, const std::string&) {
  HANDLE h = CreateFileW(wide(path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (h == INVALID_HANDLE_VALUE) {
    DWORD code = GetLastError();
    name_taken_ = code == ERROR_FILE_EXISTS || code == ERROR_ALREADY_EXISTS;
    error_ = windows_error(code);
    return;
  }
  handle_ = reinterpret_cast<std::intptr_t>(h);
}

NewFile::~NewFile() {
  if (handle_ != -1) CloseHandle(as_handle(handle_));
}

std::string NewFile::write(std::string_view data) {
  while (!data.empty()) {
    DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(data.size(), 1u << 30)), done = 0;
    if (!WriteFile(as_handle(handle_), data.data(), chunk, &done, nullptr)) return windows_error(GetLastError());
    data.remove_prefix(done);
  }
  return {};
}

std::string NewFile::flush_and_close() {
  std::string err;
  if (!FlushFileBuffers(as_handle(handle_))) err = windows_error(GetLastError());
  if (!CloseHandle(as_handle(handle_)) && err.empty()) err = windows_error(GetLastError());
  handle_ = -1;
  return err;
}

std::string rename_over(const std::string& from, const std::string& to) {
  if (MoveFileExW(wide(from).c_str(), wide(to).c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) return {};
  return windows_error(GetLastError());
}

void remove_file(const std::string& path) { DeleteFileW(wide(path).c_str()); }

std::time_t utc_time(std::tm t) { return ::_mkgmtime(&t); }

std::string executable_path() {
  std::vector<wchar_t> buf(MAX_PATH);
  for (;;) {
    DWORD n = GetModuleFileNameW(nullptr, buf.data(), static_cast<DWORD>(buf.size()));
    if (n == 0) return {};
    if (n < buf.size()) return narrow(buf.data(), static_cast<int>(n));
    buf.resize(buf.size() * 2);
  }
}

bool is_executable(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(fs_path(path), ec);
}

namespace {

// One argument as CommandLineToArgvW reads it back.
std::wstring quoted_argument(const std::wstring& a) {
  if (!a.empty() && a.find_first_of(L" \t\"") == std::wstring::npos) return a;
  std::wstring out = L"\"";
  std::size_t backslashes = 0;
  for (wchar_t c : a) {
    if (c == L'\\') {
      ++backslashes;
      continue;
    }
    out.append(c == L'"' ? backslashes * 2 + 1 : backslashes, L'\\');
    backslashes = 0;
    out += c;
  }
  out.append(backslashes * 2, L'\\');
  return out + L"\"";
}

}  // namespace

std::string run_program(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) {
  std::wstring command;
  for (const std::string& a : argv) command += (command.empty() ? L"" : L" ") + quoted_argument(wide(a));
  SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
  HANDLE nul = ::CreateFileW(L"NUL", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                             OPEN_EXISTING, 0, nullptr);
  STARTUPINFOW si{};
  si.cb = sizeof(si);
  si.dwFlags = STARTF_USESTDHANDLES;
  si.hStdInput = si.hStdOutput = si.hStdError = nul;
  PROCESS_INFORMATION pi{};
  // A job holds the program and every process it starts, so a timeout ends them all.
  HANDLE job = ::CreateJobObjectW(nullptr, nullptr);
  BOOL started = ::CreateProcessW(wide(argv[0]).c_str(), command.data(), nullptr, nullptr, TRUE,
                                  CREATE_SUSPENDED | CREATE_NO_WINDOW, nullptr, nullptr, &si, &pi);
  DWORD started_error = ::GetLastError();
  if (nul != INVALID_HANDLE_VALUE) ::CloseHandle(nul);
  if (!started) {
    if (job) ::CloseHandle(job);
    return argv[0] + ": " + windows_error(started_error);
  }
  if (job) ::AssignProcessToJobObject(job, pi.hProcess);
  ::ResumeThread(pi.hThread);
  ::CloseHandle(pi.hThread);
  std::string result;
  if (::WaitForSingleObject(pi.hProcess, static_cast<DWORD>(timeout.count())) == WAIT_TIMEOUT) {
    if (job) ::TerminateJobObject(job, 1);
    ::TerminateProcess(pi.hProcess, 1);
    ::WaitForSingleObject(pi.hProcess, INFINITE);
    result = fmt::format("{}: no answer after {} s", argv[0], timeout.count() / 1000);
  } else {
    DWORD code = 0;
    ::GetExitCodeProcess(pi.hProcess, &code);
    if (code != 0) result = fmt::format("{}: exit status {}", argv[0], code);
  }
  ::CloseHandle(pi.hProcess);
  if (job) ::CloseHandle(job);
  return result;
}

#else  // POSIX

std::vector<std::string> arguments(int argc, char** argv) { return std::vector<std::string>(argv, argv + argc); }

void setup_standard_streams() {}

void keep_freed_memory() {
#ifdef __GLIBC__
  // Setting either one also stops glibc moving its thresholds by itself.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);  // glibc's largest: a report's buffers come from the heap too
  // No fastbins: the template data's hundreds of thousands of small blocks,
  // freed into them, were all walked again by the next large free
  // (malloc_consolidate), 0.1-0.15 s at the end of a 20,000-school compile.
  // The per-thread cache in front of them serves the small blocks of the
  // file loop as before (the same instruction count).
  mallopt(M_MXFAST, 0);
#endif
}

bool terminal_supports_color(std::FILE* stream) { return ::isatty(::fileno(stream)); }

bool console_closes_at_exit() { return false; }

std::string native_separators(std::string path) { return path; }

std::FILE* open_for_reading(const std::string& path) { return std::fopen(path.c_str(), "rbe"); }

std::optional<std::uint64_t> regular_file_size(std::FILE* f) {
  struct stat st;
  if (::fstat(::fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(st.st_size);
}

NewFile::NewFile(const std::string& path, const std::string& like) {
  // The mode is set after creation with fchmod, which the umask does not
  // narrow: an existing report keeps exactly its bits.
  struct stat st;
  mode_t mode;
  if (::stat(like.c_str(), &st) == 0) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    name_taken_ = errno == EEXIST;
    error_ = std::strerror(errno);
    return;
  }
  handle_ = fd;
  if (::fchmod(fd, mode) != 0) error_ = std::strerror(errno);
}

NewFile::~NewFile() {
  if (handle_ != -1) ::close(static_cast<int>(handle_));
}

std::string NewFile::write(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(static_cast<int>(handle_), data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return std::strerror(errno);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return {};
}

std::string NewFile::flush_and_close() {
  std::string err;
  if (::fsync(static_cast<int>(handle_)) != 0) err = std::strerror(errno);
  if (::close(static_cast<int>(handle_)) != 0 && err.empty()) err = std::strerror(errno);
  handle_ = -1;
  return err;
}

std::string rename_over(const std::string& from, const std::string& to) {
  if (::rename(from.c_str(), to.c_str()) == 0) return {};
  return std::strerror(errno);
}

void remove_file(const std::string& path) { ::unlink(path.c_str()); }

std::time_t utc_time(std::tm t) { return ::timegm(&t); }

std::string executable_path() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

bool is_executable(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

std::string run_program(const std::vector<std::string>& argv, std::chrono::milliseconds timeout) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t files;
  posix_spawn_file_actions_init(&files);
  for (int fd : {0, 1, 2}) posix_spawn_file_actions_addopen(&files, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0);
  // Its own process group, so that a timeout ends the helpers it starts too.
  posix_spawnattr_t attr;
  posix_spawnattr_init(&attr);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  posix_spawnattr_setpgroup(&attr, 0);
  pid_t pid;
  int rc = posix_spawn(&pid, args[0], &files, &attr, args.data(), environ);
  posix_spawn_file_actions_destroy(&files);
  posix_spawnattr_destroy(&attr);
  if (rc != 0) return fmt::format("{}: {}", argv[0], std::strerror(rc));
  auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  for (;;) {
    pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) break;
    if (done < 0 && errno != EINTR) return fmt::format("{}: {}", argv[0], std::strerror(errno));
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(-pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      return fmt::format("{}: no answer after {} s", argv[0], timeout.count() / 1000);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  if (WIFEXITED(status)) return fmt::format("{}: exit status {}", argv[0], WEXITSTATUS(status));
  return fmt::format("{}: stopped by signal {}", argv[0], WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}


#endif

void wait_for_enter() {
  for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) {
  }
}

std::optional<std::string> make_temp_dir(const std::string& prefix) {
  std::error_code ec;
  fs::path base = fs::temp_directory_path(ec);
  if (ec) return std::nullopt;
  std::random_device random;
  for (int attempt = 0; attempt < 100; ++attempt) {
    fs::path dir = base / fs_path(fmt::format("{}-{:08x}", prefix, random()));
    if (fs::create_directory(dir, ec)) return utf8_path(dir);  // false: the name was taken
    if (ec) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace baocao::platform
