// Runs fn(i) for i in [0, n) on up to `jobs` threads. Each index is done
// exactly once; callers store results by index, so output order never
// depends on the thread count.
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace baocao {

// An exception thrown by fn on any thread stops the others taking new work
// and is rethrown here after they have finished: the first one wins.
template <typename Fn>
void parallel_for(std::size_t n, unsigned jobs, Fn fn) {
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(std::min<std::size_t>(n, 256))));
  if (jobs <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr first;
  std::mutex first_mutex;
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < jobs; ++t)
    pool.emplace_back([&] {
      try {
        for (std::size_t i = next++; i < n; i = next++) fn(i);
      } catch (...) {
        next = n;
        std::lock_guard<std::mutex> lock(first_mutex);
        if (!first) first = std::current_exception();
      }
    });
  for (std::thread& t : pool) t.join();
  if (first) std::rethrow_exception(first);
}

inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace baocao
