// The report's header, title and basis; its closing: recipients and signature.
#include <fmt/format.h>

#include "report_sections.h"

namespace baocao {

namespace {

// A blank number is left for hand numbering: no-break spaces keep its room
// in HTML and Markdown alike.
constexpr const char* kBlankNumber = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

void add_basis(const ReportContext& c, mu::data& d) {
  const Plan& plan = *c.report.plan;
  d.set("plan_title", plan.title.in(c.report.lang));
  d.set("plan_id", plan.id);
  d.set("plan_abbrev", plan.abbrev);
  d.set("has_plan_number", !plan.doc_number.empty());
  d.set("plan_number", plan.doc_number);
  d.set("has_plan_date", plan.doc_date.has_value());
  if (plan.doc_date) d.set("plan_date", c.values.date(*plan.doc_date));
  d.set("has_plan_issuer", !plan.doc_issuer.vi.empty());
  d.set("plan_issuer", plan.doc_issuer.in(c.report.lang));
  std::vector<std::string> bases;
  for (const Text& t : plan.doc_bases)
    if (!t.vi.empty()) bases.push_back(t.in(c.report.lang));
  d.set("has_upper_basis", !bases.empty());
  d.set("upper_bases", text_list(bases));
  d.set("period_from", c.values.date(plan.from));
  d.set("period_to", c.values.date(plan.to));
}

}  // namespace

void add_header(const ReportContext& c, mu::data& d) {
  const Office& o = *c.report.office;
  d.set("parent", o.parent);
  d.set("office", o.name);
  d.set("office_in_text", o.name_in_text.empty() ? o.name : o.name_in_text);
  d.set("abbrev", o.abbrev);
  d.set("number", o.report_number.empty() ? std::string(kBlankNumber) : o.report_number);
  d.set("place", o.place);
  d.set("has_date", o.report_date.has_value());
  if (o.report_date) d.set("date", c.values.date(*o.report_date));
  d.set("subject", c.report.plan->subject.in(c.report.lang));
  add_basis(c, d);
}

void add_closing(const ReportContext& c, mu::data& d) {
  const Office& o = *c.report.office;
  std::vector<mu::data> recipients;
  for (std::size_t i = 0; i < o.recipients.size(); ++i) {
    mu::data r;
    r.set("text", o.recipients[i]);
    r.set("last", i + 1 == o.recipients.size());  // ends the list with "." instead of ";"
    recipients.push_back(std::move(r));
  }
  put(d, "recipients", list_of(std::move(recipients)));
  d.set("signer_title", o.signer_title);
  d.set("signer_name", o.signer_name);
}

}  // namespace baocao
