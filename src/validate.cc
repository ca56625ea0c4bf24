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

std::vector<CheckedFile> read_batch(const ValidateRequest& r, std::size_t start, std::size_t end, std::size_t* bytes) {
  std::vector<std::optional<Submission>> slots(end - start);
  parallel_for(slots.size(), r.jobs, [&](std::size_t i) {
    const std::string& path = r.files[start + i];
    std::string err;
    std::optional<std::string> text = read_input(path, r.style.lang, &err);
    slots[i].emplace(read_submission(path == "-" ? "<stdin>" : path, std::move(text), err, *r.plan, r.style.lang));
  });
  std::vector<CheckedFile> batch;
  batch.reserve(slots.size());
  for (std::optional<Submission>& s : slots) {
    *bytes += s->source ? s->source->text().size() : 0;
    batch.push_back({std::move(*s), {}});
  }
  return batch;
}

}  // namespace

bool validate_files(const ValidateRequest& request, const std::function<void(const CheckedFile&)>& each,
                    std::string* problems) {
  const Plan& plan = *request.plan;
  // A province's roster is megabytes of YAML; files need it only for their
  // last step, so it is read meanwhile (with -j 1, before them).
  std::string roster_problems;
  std::future<std::optional<Office>> roster;
  if (!request.office_file.empty()) {
    roster = std::async(std::launch::async,
                        [&] { return load_office(request.office_file, plan, request.office_style, &roster_problems); });
    if (request.jobs <= 1) roster.wait();  // -j 1 means one thread at work, the roster's included
  }
  std::optional<Office> office;
  bool roster_known = !roster.valid();
  std::vector<std::vector<CheckedFile>> held;  // read, waiting for the roster
  std::size_t held_bytes = 0;
  auto hand_back = [&](std::vector<CheckedFile>& batch) {
    parallel_for(batch.size(), request.jobs, [&](std::size_t i) {
      Submission& s = batch[i].submission;
      finish_submission(s, plan, office ? &*office : nullptr);
      if (request.format_text)
        batch[i].text = format_diagnostics(s.path, s.source ? &*s.source : nullptr, s.diags, request.style);
    });
    for (const CheckedFile& f : batch) each(f);
  };
  const std::size_t n = request.files.size(), step = kBatchPerJob * std::max(1u, request.jobs);
  for (std::size_t start = 0; start < n || !held.empty(); start += step) {
    if (start < n) held.push_back(read_batch(request, start, std::min(n, start + step), &held_bytes));
    bool last = start + step >= n;
    if (!roster_known &&
        (last || held_bytes > kHeldBytes || roster.wait_for(std::chrono::seconds(0)) == std::future_status::ready)) {
      office = roster.get();
      roster_known = true;
      *problems = roster_problems;
      if (!office) return false;
    }
    if (!roster_known) continue;
    for (std::vector<CheckedFile>& batch : held) hand_back(batch);
    held.clear();
    held_bytes = 0;
  }
  return true;
}

}  // namespace baocao
