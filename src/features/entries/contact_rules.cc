#include "features/entries/contact_rules.h"

#include "core/field_errors.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {


// R21 "by whom, and why": each decision names who made it and the reason, or is refused.
void CheckActionsAndDecisions(const Json& c, FieldErrors& errors, Json& out) {
  auto actions = OptionalText(c, "actions", "contact.actions", kMaxLongText);
  if (errors.Check(actions)) out["actions"] = OptText(*actions);
  Json decisions = Json::array();
  if (!Missing(c, "decisions")) {
    const Json& list = c.at("decisions");
    if (!list.is_array()) {
      errors.Add(Error::Validation("contact.decisions", "List the decisions made"));
    } else {
      for (size_t i = 0; i < list.size(); ++i) {
        const std::string at = Index("contact.decisions", i);
        if (!list[i].is_object()) {
          errors.Add(Error::Validation(at, "Write the decision, who made it and why"));
          continue;
        }
        auto decision = Text(list[i], "decision", Join(at, "decision"), "Write the decision", kMaxLongText);
        auto by = Text(list[i], "decided_by", Join(at, "decided_by"), "Say who made the decision", 200);
        auto reasons = Text(list[i], "reasons", Join(at, "reasons"), "Write why the decision was made", kMaxLongText);
        const bool decision_ok = errors.Check(decision), by_ok = errors.Check(by), reasons_ok = errors.Check(reasons);
        if (decision_ok && by_ok && reasons_ok) decisions.push_back({{"decision", *decision}, {"decided_by", *by}, {"reasons", *reasons}});
      }
    }
  }
  out["decisions"] = decisions;
}

}  // namespace

bool IsContactKind(const std::string& kind) {
  return kind == "phone_call" || kind == "conversation" || kind == "meeting" || kind == "letter" || kind == "email";
}

Result<Json> BuildContactDetails(const Json& input) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  if (Missing(input, "contact")) return Json::object();
  const Json& c = input.at("contact");
  if (!c.is_object()) return Error::Validation("contact", "Fill in who was there, what was discussed and decided");
  FieldErrors errors;
  Json out = Json::object();
  Json who = PeopleChosenOrNamed(c, "who_was_there", "contact.who_was_there", "Say who was there or who you spoke to",
                                 /*with_role=*/true, errors);
  if (!who.empty()) out["who_was_there"] = std::move(who);
  // What was discussed is the entry's body; an API client may send it there only.
  Json with_body = c;
  if (Missing(c, "discussed") && input.contains("body")) with_body["discussed"] = input.at("body");
  auto discussed = Text(with_body, "discussed", "contact.discussed", "Write what was discussed", kMaxLongText);
  if (errors.Check(discussed)) out["discussed"] = *discussed;
  CheckActionsAndDecisions(c, errors, out);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"contact", std::move(out)}};
}

Result<Json> AmendContactAnswers(const Json& details, const Json& answers) {
  if (!details.is_object() || !details.contains("contact") || !details["contact"].is_object()) {
    return Error::Validation("contact", "Only a contact's actions and decisions can be changed here");
  }
  if (!answers.is_object()) return Error::BadRequest("'contact' must be an object");
  FieldErrors errors;
  Json out = details;
  Json changed = Json::object();
  CheckActionsAndDecisions(answers, errors, changed);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  out["contact"]["actions"] = changed["actions"];
  out["contact"]["decisions"] = changed["decisions"];
  return out;
}

}  // namespace childrecord
