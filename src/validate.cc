#include "validate.h"

#include <chrono>
#include <future>
#include <optional>

#include "compile.h"
#include "file_reader.h"
#include "parallel.h"
#include "utf8.h"

namespace baocao {

namespace {

// Files read per thread before a batch is handed back.
constexpr std::size_t kBatchPerJob = 256;

// Files read while the roster still loads, by input order.
using HeldBatch = std::vector<std::optional<Submission>>;
// Files finished, by input order.
using Batch = std::vector<CheckedFile>;

Submission read_file(const ValidateRequest& r, std::size_t i) {
  const std::string& path = r.files[i];
  std::string err;
  std::optional<std::string> text = read_input(path, r.lang, &err);
  return read_submission(path == "-" ? "<stdin>" : path, std::move(text), err, *r.plan, r.lang);
}

// A plan file named on the command line is checked as a plan: its
// problems, located in it, stand for the school file's.
void check_plan_file(Submission& s) {
  Lang lang = s.diags.lang();
  Diagnostics diags(lang);
  std::optional<SourceFile> file;
  std::string io_error;
  load_plan(s.path, diags, file, &io_error);
  if (!io_error.empty())
    diags.error("E012", 0, 0, {}, io_error,
                say(lang, "kiểm tra tệp còn đó và có quyền đọc", "check that the file exists and is readable"));
  if (file) s.source = std::move(file);
  s.diags = std::move(diags);
}

// The check's last step, the roster's and the plan's checks, then the
// description; the submission is freed here, by the thread that holds it.
CheckedFile finish_file(const ValidateRequest& r, Submission s, const Office* office) {
  if (s.plan_file) {
    if (!r.named.count(s.path)) return CheckedFile{true, false, 0, 0, {}};
    check_plan_file(s);
    return CheckedFile{false, s.valid(), s.diags.error_count(), s.diags.warning_count(), r.describe(s)};
  }
  finish_submission(s, *r.plan, office);
  return CheckedFile{false, s.valid(), s.diags.error_count(), s.diags.warning_count(), r.describe(s)};
}

// Reads and finishes the files [start, end), each on one thread from its
// bytes to its description.
Batch check_batch(const ValidateRequest& r, std::size_t start, std::size_t end, const Office* office) {
  Batch batch(end - start);
  parallel_for(batch.size(), r.jobs,
               [&](std::size_t i) { batch[i] = finish_file(r, read_file(r, start + i), office); });
  return batch;
}

HeldBatch read_batch(const ValidateRequest& r, std::size_t start, std::size_t end) {
  HeldBatch batch(end - start);
  parallel_for(batch.size(), r.jobs, [&](std::size_t i) { batch[i] = read_file(r, start + i); });
  return batch;
}

Batch finish_batch(const ValidateRequest& r, HeldBatch& held, const Office* office) {
  Batch batch(held.size());
  parallel_for(batch.size(), r.jobs, [&](std::size_t i) {
    batch[i] = finish_file(r, std::move(*held[i]), office);
    held[i].reset();
  });
  return batch;
}

std::size_t text_bytes(const HeldBatch& batch) {
  std::size_t bytes = 0;
  for (const std::optional<Submission>& s : batch) bytes += s->source ? s->source->text().size() : 0;
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
      Diagnostics diags(request.office_style.lang);
      std::optional<SourceFile> file;
      std::string io_error;
      std::optional<Office> office = load_office(request.office_file, *request.plan, diags, file, &io_error);
      roster_problems =
          describe_office_problems(request.office_file, file, diags, io_error, !office, request.office_style);
      return office;
    });
    if (request.jobs <= 1) roster.wait();  // -j 1 means one thread at work, the roster's included
  }
  std::optional<Office> office;
  bool roster_known = !roster.valid();
  std::vector<HeldBatch> held;  // read, waiting for the roster
  std::size_t held_bytes = 0;
  auto hand_back = [&](const Batch& batch) {
    for (const CheckedFile& f : batch) each(f);
  };
  const std::size_t n = request.files.size(), step = kBatchPerJob * std::max(1u, request.jobs);
  for (std::size_t start = 0; start < n || !held.empty(); start += step) {
    if (start < n) {
      const std::size_t end = std::min(n, start + step);
      if (roster_known) {
        hand_back(check_batch(request, start, end, office ? &*office : nullptr));
        continue;
      }
      held.push_back(read_batch(request, start, end));
      held_bytes += text_bytes(held.back());
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
    for (HeldBatch& batch : held) hand_back(finish_batch(request, batch, office ? &*office : nullptr));
    held.clear();
    held_bytes = 0;
  }
  return true;
}

}  // namespace baocao
