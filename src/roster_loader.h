// The office file read on a thread of its own while compile reads the
// schools' files: a province's roster is megabytes of YAML, and a file
// needs it only for the last step of its check.
#pragma once
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "office.h"

namespace baocao {

class RosterLoader {
 public:
  // `load` returns the office, or nothing with the reasons in its argument.
  // An exception from it counts as a failed load, its message the reason.
  explicit RosterLoader(std::function<std::optional<Office>(std::string* problems)> load);
  ~RosterLoader();
  RosterLoader(const RosterLoader&) = delete;
  RosterLoader& operator=(const RosterLoader&) = delete;

  const Office* ready() const;  // the office once loaded; never blocks
  bool failed() const;          // the load is over and gave no office
  const Office* wait();         // blocks until the load is over; null when it failed
  const std::string& problems() const { return problems_; }  // after wait()

 private:
  enum State { loading, loaded, broken };
  std::optional<Office> office_;
  std::string problems_;
  std::atomic<int> state_{loading};
  std::mutex mutex_;
  std::condition_variable done_;
  std::thread thread_;
};

}  // namespace baocao
