#include "roster_loader.h"

#include <exception>

namespace baocao {

RosterLoader::RosterLoader(std::function<std::optional<Office>(std::string* problems)> load)
    : thread_([this, load = std::move(load)] {
        try {
          office_ = load(&problems_);
        } catch (const std::exception& e) {
          problems_ = std::string("baocao: ") + e.what() + "\n";
        }
        {
          std::lock_guard<std::mutex> lock(mutex_);
          state_.store(office_ ? loaded : broken, std::memory_order_release);
        }
        done_.notify_all();
      }) {}

RosterLoader::~RosterLoader() { thread_.join(); }

const Office* RosterLoader::ready() const {
  return state_.load(std::memory_order_acquire) == loaded ? &*office_ : nullptr;
}

bool RosterLoader::failed() const { return state_.load(std::memory_order_acquire) == broken; }

const Office* RosterLoader::wait() {
  std::unique_lock<std::mutex> lock(mutex_);
  done_.wait(lock, [&] { return state_.load(std::memory_order_acquire) != loading; });
  return ready();
}

}  // namespace baocao
