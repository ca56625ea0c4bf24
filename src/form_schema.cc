#include "form_schema.h"

#include <algorithm>

#include "form.h"
#include "json_writer.h"

namespace baocao {

namespace {

// What the reader accepts for yes and no (scalar.cc, parse_bool), in the
// spellings an editor should offer; YAML 1.1 editors read yes/no as booleans.
const char* const kYesWords[] = {"có", "Có", "CÓ", "yes", "Yes", "YES", "true", "True", "TRUE"};
const char* const kNoWords[] = {"không", "Không", "KHÔNG", "no", "No", "NO", "false", "False", "FALSE"};

// Both orders the reader takes (scalar.cc, parse_date): 2024-04-03, 3/4/2024.
constexpr const char* kDatePattern = "^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$";

class SchemaWriter {
 public:
  SchemaWriter(const Plan& plan, Lang lang) : plan_(plan), form_(plan.form()), lang_(lang) {}

  std::string write() {
    w_.begin_object();
    w_.key("$schema").value("http://json-schema.org/draft-07/schema#");
    w_.key("title").value(say(lang_, "Báo cáo của trường — {} ({})", "School report — {} ({})",
                              plan_.title.in(lang_), plan_.id));
    mapping_body(-1, false);
    w_.end_object();
    return w_.str();
  }

 private:
  void describe(const FormField& f) {
    std::string text(f.label.in(lang_));
    if (lang_ == Lang::vi && !f.comment.empty()) text = form_comment(f, plan_.abbrev);
    w_.key("description").value(text);
  }

  // "type", "properties", "required" and the flag-dependent rules of a
  // mapping whose fields are the children of `parent`.
  void mapping_body(int parent, bool nullable) {
    if (nullable) w_.key("type").begin_array().value("object").value("null").end_array();
    else w_.key("type").value("object");
    w_.key("additionalProperties").value(false);
    w_.key("properties").begin_object();
    std::vector<std::string_view> required;
    // The fields each rule requires (a flag, or a code field's codes), by
    // rule, in the form's order; a rule is named by its first field.
    std::vector<std::pair<const FormField*, std::vector<std::string_view>>> when;
    for (const FormField* c : form_.children(parent)) {
      w_.key(c->key).begin_object();
      field(*c);
      w_.end_object();
      if (c->need == Need::required) required.push_back(c->key);
      if (c->need != Need::when_flag) continue;
      auto group = std::find_if(when.begin(), when.end(), [&](const auto& g) {
        return g.first->when == c->when && g.first->when_any == c->when_any;
      });
      if (group == when.end()) group = when.insert(when.end(), {c, {}});
      group->second.push_back(c->key);
    }
    w_.end_object();
    if (!required.empty()) {
      w_.key("required").begin_array();
      for (std::string_view k : required) w_.value(k);
      w_.end_array();
    }
    // One rule is this mapping's if/then; several rules need one each.
    if (when.size() == 1) when_rule(*when[0].first, when[0].second);
    if (when.size() > 1) {
      w_.key("allOf").begin_array();
      for (const auto& [rule, keys] : when) {
        w_.begin_object();
        when_rule(*rule, keys);
        w_.end_object();
      }
      w_.end_array();
    }
  }

  // If the flag is yes (or the code field holds one of the codes), then the
  // fields it requires are there and not empty.
  void when_rule(const FormField& dependent, const std::vector<std::string_view>& keys) {
    const FormField& on = *form_.field(dependent.when);
    w_.key("if").begin_object().key("properties").begin_object().key(on.key).begin_object();
    if (dependent.when_any.empty()) {
      w_.key("enum").begin_array().value(true);
      for (const char* y : kYesWords) w_.value(y);
      w_.end_array();
    } else {
      // The code or its Vietnamese label, the spellings codes_of offers.
      if (on.kind == FieldKind::codes) w_.key("contains").begin_object();
      w_.key("enum").begin_array();
      const Vocabulary& v = plan_.vocabulary(on.vocabulary);
      for (const std::string& code : dependent.when_any) {
        w_.value(code);
        if (const Term* t = v.find(code)) w_.value(t->vi);
      }
      w_.end_array();
      if (on.kind == FieldKind::codes) w_.end_object();
    }
    w_.end_object().end_object();
    w_.key("required").begin_array().value(on.key).end_array().end_object();
    w_.key("then").begin_object().key("required").begin_array();
    for (std::string_view k : keys) w_.value(k);
    w_.end_array().key("properties").begin_object();
    for (std::string_view k : keys)
      w_.key(k).begin_object().key("not").begin_object().key("type").value("null").end_object().end_object();
    w_.end_object().end_object();
  }

  void codes_of(const FormField& f) {
    w_.key("anyOf").begin_array();
    for (const Term& t : plan_.vocabulary(f.vocabulary).terms()) {
      w_.begin_object().key("const").value(t.code).key("description").value(lang_ == Lang::en ? t.en : t.vi).end_object();
      w_.begin_object().key("const").value(t.vi).key("description").value(t.code).end_object();
    }
    w_.end_array();
  }

  void field(const FormField& f) {
    describe(f);
    const bool required = f.need == Need::required;
    const int index = static_cast<int>(form_.index(f));
    switch (f.kind) {
      case FieldKind::section:
        mapping_body(index, !required);
        return;
      case FieldKind::list:
        w_.key("type").begin_array().value("array").value("null").end_array();
        w_.key("items").begin_object();
        mapping_body(index, false);
        w_.end_object();
        return;
      case FieldKind::text:
        if (f.plan_id) {
          w_.key("const").value(plan_.id);
          return;
        }
        // Any scalar is read as text (a plan number may look like a number).
        w_.key("type").begin_array().value("string").value("number").value("boolean");
        if (!required) w_.value("null");
        w_.end_array();
        if (required) w_.key("pattern").value("\\S");  // not blank
        return;
      case FieldKind::count:
        w_.key("type").begin_array().value("integer");
        if (!required) w_.value("null");
        w_.end_array();
        w_.key("minimum").value(f.min).key("maximum").value(f.max);
        return;
      case FieldKind::date:
        w_.key("type").begin_array().value("string");
        if (!required) w_.value("null");
        w_.end_array();
        w_.key("pattern").value(kDatePattern);
        return;
      case FieldKind::flag:
        w_.key("enum").begin_array().value(true).value(false);
        for (const char* y : kYesWords) w_.value(y);
        for (const char* n : kNoWords) w_.value(n);
        if (!required) w_.null();
        w_.end_array();
        return;
      case FieldKind::phone:
        w_.key("type").begin_array().value("string").value("integer").value("null").end_array();
        w_.key("pattern").value("^[+]?[0-9 .-]{9,16}$");
        return;
      case FieldKind::code:
        codes_of(f);
        return;
      case FieldKind::codes:
        w_.key("type").begin_array().value("array");
        if (!required) w_.value("null");
        w_.end_array();
        if (f.non_empty) w_.key("minItems").value(1);
        w_.key("items").begin_object();
        codes_of(f);
        w_.end_object();
        return;
    }
  }

  const Plan& plan_;
  const Form& form_;
  Lang lang_;
  JsonWriter w_;
};

}  // namespace

std::string form_schema(const Plan& plan, Lang lang) { return SchemaWriter(plan, lang).write(); }

}  // namespace baocao
