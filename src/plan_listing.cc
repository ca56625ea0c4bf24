#include "plan_listing.h"

#include "json_writer.h"

namespace baocao {

std::string plan_text(const Plan& plan, Lang lang) {
  std::string out = fmt::format("{} ({})\n", plan.title.in(lang), plan.id);
  out += say(lang, "Thời gian: {} – {}\n\n", "Period: {} – {}\n\n", plan.from.vi(), plan.to.vi());
  for (const Requirement& q : plan.requirements) {
    out += say(lang, "{} (mục {}): {}\n", "{} (clause {}): {}\n", q.id, q.clause, q.text.in(lang));
    out += say(lang, "    đạt khi: {}\n", "    met when: {}\n", q.met_text().in(lang));
    if (!q.roster_field.empty())
      out += say(lang, "    chỉ đánh giá khi có danh sách trường ({})\n", "    evaluated only with a roster ({})\n",
                 q.roster_field);
  }
  return out;
}

std::string plan_json(const Plan& plan, Lang lang) {
  JsonWriter w;
  w.begin_object().key("plan").value(plan.id).key("title").value(plan.title.in(lang));
  w.key("period").begin_object().key("from").value(plan.from.iso()).key("to").value(plan.to.iso()).end_object();
  w.key("requirements").begin_array();
  for (const Requirement& q : plan.requirements) {
    w.begin_object().key("id").value(q.id).key("clause").value(q.clause).key("text").value(q.text.in(lang));
    w.key("met_when").value(q.met_text().in(lang));
    w.key("severity").value(q.severity == Severity::error ? "error" : "warning");
    w.key("needs_roster").value(!q.roster_field.empty()).end_object();
  }
  w.end_array().end_object();
  return w.str();
}

}  // namespace baocao
