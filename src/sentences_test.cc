#include "sentences.h"

#include <doctest/doctest.h>

#include "test_support.h"

using namespace baocao;

namespace {

struct Read {
  Diagnostics diags{Lang::en};
  std::string text;
  std::optional<Plan> plan;
  explicit Read(std::string t) : text(std::move(t)) { plan = read_plan(SourceFile("p.yaml", text), diags); }
  Location at(std::size_t i = 0) const { return SourceFile("p.yaml", text).location(diags.items().at(i).offset); }
};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a sentence renders as plain text over the figures, nothing escaped") {
  kainjow::mustache::data d;
  d.set("x", "<b> & ' \"");
  CHECK(render_sentence("A {{x}} B", d) == "A <b> & ' \" B");
}

TEST_CASE("a sentence naming no figure is a located mistake, with the near name") {
  const std::string v1 = test::builtin_plan().source;
  Read r(replaced(v1, "tổ chức {{activities.n}}", "tổ chức {{activites.n}}"));
  CHECK_FALSE(r.plan);
  REQUIRE(r.diags.items().size() >= 1);
  const Diagnostic& d = r.diags.items()[0];
  CHECK(d.code == "E107");
  CHECK(d.message.find("`activites`") != std::string::npos);
  CHECK(d.hint.find("`activities`") != std::string::npos);
  // At the name itself, inside the quoted text.
  std::size_t line_start = r.text.rfind('\n', r.text.find("{{activites.n}}")) + 1;
  CHECK(r.at().line == SourceFile("p.yaml", r.text).location(line_start).line);
  CHECK(r.text.substr(d.offset, d.length) == "activites");
}

TEST_CASE("a sentence that is not mustache, and a task naming no sentence, are located mistakes") {
  const std::string v1 = test::builtin_plan().source;
  Read broken(replaced(v1, "{{/plan_rate}}\"", "\""));
  CHECK_FALSE(broken.plan);
  REQUIRE(!broken.diags.items().empty());
  CHECK(broken.diags.items()[0].code == "E302");

  Read task(replaced(v1, "sentences: [plans_issued]", "sentences: [plan_issued]"));
  CHECK_FALSE(task.plan);
  REQUIRE(task.diags.items().size() == 1);
  CHECK(task.diags.items()[0].code == "E107");
  CHECK(task.diags.items()[0].key == "tasks[2].sentences[1]");
  CHECK(task.diags.items()[0].hint.find("`plans_issued`") != std::string::npos);
}

TEST_CASE("a task may write a sentence in place") {
  const std::string v1 = test::builtin_plan().source;
  Read r(replaced(v1, "sentences: [plans_issued]", "sentences: [plans_issued, {vi: 'Có {{plans_issued.n}} kế hoạch.'}]"));
  for (const Diagnostic& d : r.diags.items()) INFO(d.code, " ", d.message);
  REQUIRE(r.plan);
  CHECK(r.plan->tasks[1].sentences.size() == 2);
  CHECK(r.plan->tasks[1].sentences[1].text.vi == "Có {{plans_issued.n}} kế hoạch.");
}
