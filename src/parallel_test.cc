#include "parallel.h"

#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>

using namespace baocao;

TEST_CASE("every index is done once, whatever the thread count") {
  for (unsigned jobs : {1u, 2u, 7u}) {
    std::vector<std::atomic<int>> done(100);
    parallel_for(done.size(), jobs, [&](std::size_t i) { ++done[i]; });
    for (auto& d : done) CHECK(d == 1);
  }
}

TEST_CASE("an exception on a worker reaches the caller after the others stop") {
  for (unsigned jobs : {1u, 4u}) {
    std::atomic<int> after{0};
    CHECK_THROWS_WITH_AS(parallel_for(1000, jobs,
                                      [&](std::size_t i) {
                                        if (i == 10) throw std::runtime_error("tệp hỏng");
                                        // Long enough that the other threads can't run
                                        // out the list while the throw unwinds, which
                                        // takes milliseconds under wine.
                                        std::this_thread::sleep_for(std::chrono::milliseconds(2));
                                        if (i > 500) ++after;
                                      }),
                         "tệp hỏng", std::runtime_error);
    CHECK(after < 490);  // the others took no more work once it was thrown
  }
}
