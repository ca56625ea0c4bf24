#include "roster_loader.h"

#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>

namespace baocao {

TEST_CASE("the roster is there once loaded, and waiting for it blocks until then") {
  std::atomic<bool> go{false};
  RosterLoader loader([&](std::string*) {
    while (!go) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    Office o;
    RosterEntry e;
    e.code = "MN-CK";
    o.add_school(e);
    return std::optional<Office>(std::move(o));
  });
  CHECK(loader.ready() == nullptr);
  CHECK_FALSE(loader.failed());
  go = true;
  const Office* o = loader.wait();
  REQUIRE(o);
  CHECK(o->find("MN-CK"));
  CHECK(loader.ready() == o);
}

TEST_CASE("a roster that fails to load gives its reasons, an exception included") {
  RosterLoader bad([](std::string* problems) {
    *problems = "baocao.yaml: lỗi\n";
    return std::optional<Office>();
  });
  CHECK(bad.wait() == nullptr);
  CHECK(bad.failed());
  CHECK(bad.problems() == "baocao.yaml: lỗi\n");
  RosterLoader thrown([](std::string*) -> std::optional<Office> { throw std::runtime_error("hết bộ nhớ"); });
  CHECK(thrown.wait() == nullptr);
  CHECK(thrown.problems() == "baocao: hết bộ nhớ\n");
}

}  // namespace baocao
