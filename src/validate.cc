#include "validate.h"

#include <chrono>
#include <future>
#include <optional>

#include "compile.h"
#include "file_reader.h"
#include "parallel.h"

namespace baocao {

namespace {

// Files read per thread before a batch is handed back.
constexpr std::size_t kBatchPerJob = 256;

// A batch's files by input order; each slot is filled by one worker thread.
using Batch = std::vector<std::optional<CheckedFile>>;

// The check's last step: the roster's and the plan's checks, then the text.
void finish_file(const ValidateRequest& r, CheckedFile& f, const Office* office) {
  Submission& s = f.submission;
  finish_submission(s, *r.plan, office);
  if (r.format_text) f.text = format_diagnostics(s.path, s.source ? &*s.source : nullptr, s.diags, r.style);
}

// Reads the files [start, end); when the roster is known (`finish`), each file
// is finished by the same thread at once, while its record is still in cache.
Batch check_batch(const ValidateRequest& r, std::size_t start, std::size_t end, bool finish, const Office* office) {
  Batch batch(end - start);
  parallel_for(batch.size(), r.jobs, [&](std::size_t i) {
    const std::string& path = r.files[start + i];
    std::string err;
    std::optional<std::string> text = read_input(path, r.style.lang, &err);
    batch[i] = CheckedFile{read_submission(path == "-" ? "<stdin>" : path, std::move(text), err, *r.plan, r.style.lang), {}};
    if (finish) finish_file(r, *batch[i], office);
  });
  return batch;
}

std::size_t text_bytes(const Batch& batch) {
  std::size_t bytes = 0;
  for (const std::optional<CheckedFile>& f : batch)
    bytes += f->submission.source ? f->submission.source->text().size() : 0;
  return bytes;
}

}  // namespace

bool validate_files(const ValidateRequest& request, const std::function<void(const CheckedFile&)>& each,
                    std::string* problems) {
  // A province's roster is megabytes of YAML; files need it only for their
  // last step, so it is read meanwhile (with -j 1, before them).
  std::string roster_problems;
  std::future<std::optional<Office>> roster;
  if (!request.office_file.empty()) {
    roster = std::async(std::launch::async, [&] {
      return load_office(request.office_file, *request.plan, request.office_style, &roster_problems);
    });
    if (request.jobs <= 1) roster.wait();  // -j 1 means one thread at work, the roster's included
  }
  std::optional<Office> office;
  bool roster_known = !roster.valid();
  std::vector<Batch> held;  // read, waiting for the roster
  std::size_t held_bytes = 0;
  auto hand_back = [&](Batch& batch) {
    for (const std::optional<CheckedFile>& f : batch) each(*f);
    // Freeing a batch's records is work too: on the workers, not on this thread alone.
    parallel_for(batch.size(), request.jobs, [&](std::size_t i) { batch[i].reset(); });
  };
  const std::size_t n = request.files.size(), step = kBatchPerJob * std::max(1u, request.jobs);
  for (std::size_t start = 0; start < n || !held.empty(); start += step) {
    if (start < n) {
      const std::size_t end = std::min(n, start + step);
      Batch batch = check_batch(request, start, end, roster_known, office ? &*office : nullptr);
      if (roster_known) {
        hand_back(batch);
        continue;
      }
      held_bytes += text_bytes(batch);
      held.push_back(std::move(batch));
    }
    bool last = start + step >= n;
    if (!roster_known &&
        (last || held_bytes > kHeldBytes || roster.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
      office = roster.get();
      roster_known = true;
      *problems = roster_problems;
      if (!office) return false;
    }
    if (!roster_known) continue;
    for (Batch& batch : held) {
      parallel_for(batch.size(), request.jobs,
                   [&](std::size_t i) { finish_file(request, *batch[i], office ? &*office : nullptr); });
      hand_back(batch);
    }
    held.clear();
    held_bytes = 0;
  }
  return true;
}

}  // namespace baocao
