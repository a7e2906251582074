#include "features/entries/visit_rules.h"

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "core/time_format.h"
#include "features/entries/contact_rules.h"
#include "features/entries/information_marks_rules.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {


// The visit's London date from input.occurred_at (RFC 3339, not in the future).
Result<Date> VisitDate(const Json& input, TimePoint now) {
  CR_ASSIGN_OR_RETURN(std::string text,
                      Text(input, "occurred_at", "occurred_at", "Enter the date and time of the visit", 64));
  auto when = ParseRfc3339(text);
  if (!when) return Error::Validation("occurred_at", "Enter the date and time of the visit, like 2026-11-24T10:30:00Z");
  if (*when > now + kClockSkew) return Error::Validation("occurred_at", "The visit cannot be in the future");
  return LondonDate(*when);
}

Result<Json> Section(const Json& input, const std::string& name, const std::string& what) {
  if (Missing(input, name) || !input.at(name).is_object()) {
    return Error::Validation(name, "Fill in the details of the " + what);
  }
  return input.at(name);
}

// {person_id} or {name, role?}; errors name `path`.name.
Result<Json> PersonRef(const Json& item, const std::string& path, const std::string& missing_message) {
  if (!item.is_object()) return Error::Validation(path, missing_message);
  CR_ASSIGN_OR_RETURN(std::string person_id, OptionalText(item, "person_id", Join(path, "person_id"), 64));
  if (!person_id.empty()) return Json{{"person_id", person_id}};
  CR_ASSIGN_OR_RETURN(std::string name, Text(item, "name", Join(path, "name"), missing_message, 200));
  CR_ASSIGN_OR_RETURN(std::string role, OptionalText(item, "role", Join(path, "role"), 200));
  return Json{{"name", name}, {"role", OptText(role)}};
}

}  // namespace

Result<Json> BuildVisitDetails(const Json& input, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_ASSIGN_OR_RETURN(Date visit_date, VisitDate(input, now));
  CR_ASSIGN_OR_RETURN(Json v, Section(input, "visit", "visit"));
  Json out = Json::object();

  CR_ASSIGN_OR_RETURN(std::string place, Text(v, "place", "visit.place", "Say where the visit took place", 1000));
  out["place"] = place;

  if (Missing(v, "who_was_there") || !v.at("who_was_there").is_array() || v.at("who_was_there").empty()) {
    return Error::Validation("visit.who_was_there", "Say who was there");
  }
  Json who = Json::array();
  const Json& list = v.at("who_was_there");
  for (size_t i = 0; i < list.size(); ++i) {
    CR_ASSIGN_OR_RETURN(Json ref,
                        PersonRef(list[i], Index("visit.who_was_there", i), "Choose the person or write their name"));
    who.push_back(std::move(ref));
  }
  out["who_was_there"] = who;

  CR_ASSIGN_OR_RETURN(std::string purpose, Text(v, "purpose", "visit.purpose", "Say why the visit took place", 5000));
  out["purpose"] = purpose;

  CR_ASSIGN_OR_RETURN(bool interpreter,
                      Bool(v, "interpreter_used", "visit.interpreter_used", "Say whether an interpreter was used"));
  out["interpreter_used"] = interpreter;
  CR_ASSIGN_OR_RETURN(std::string language, Text(v, "interpreter_language", "visit.interpreter_language",
                                                 "Say which language the interpreter used", 100, interpreter));
  out["interpreter_language"] = interpreter ? OptText(language) : Json(nullptr);

  CR_ASSIGN_OR_RETURN(bool seen, Bool(v, "child_seen", "visit.child_seen", "Say whether you saw the child"));
  out["child_seen"] = seen;
  if (seen) {
    CR_ASSIGN_OR_RETURN(bool alone,
                        Bool(v, "seen_alone", "visit.seen_alone", "Say whether you saw the child on their own"));
    out["seen_alone"] = alone;
    CR_ASSIGN_OR_RETURN(std::string why, Text(v, "seen_alone_reason", "visit.seen_alone_reason",
                                              "You saw the child but not on their own. Say why", 5000, !alone));
    out["seen_alone_reason"] = alone ? Json(nullptr) : Json(why);
    out["child_not_seen_reason"] = nullptr;
  } else {
    CR_ASSIGN_OR_RETURN(std::string why, Text(v, "child_not_seen_reason", "visit.child_not_seen_reason",
                                              "You did not see the child. Say why", 5000));
    out["seen_alone"] = nullptr;
    out["seen_alone_reason"] = nullptr;
    out["child_not_seen_reason"] = why;
  }

  CR_ASSIGN_OR_RETURN(std::string discussed, Text(v, "discussed_and_seen", "visit.discussed_and_seen",
                                                  "Write what was talked about and what you saw", kMaxLongText));
  out["discussed_and_seen"] = discussed;
  for (const char* name : {"worries", "what_helps", "parents_said", "parents_behaviour"}) {
    CR_ASSIGN_OR_RETURN(std::string text, OptionalText(v, name, Join("visit", name), kMaxLongText));
    out[name] = OptText(text);
  }
  CR_ASSIGN_OR_RETURN(std::string words,
                      Text(v, "childs_words", "visit.childs_words",
                           "Write what the child said, in their own words, or what their behaviour might be telling us",
                           kMaxLongText, seen));
  out["childs_words"] = OptText(words);

  Json changes = Json::array();
  if (!Missing(v, "key_changes")) {
    const Json& kc = v.at("key_changes");
    if (!kc.is_array()) return Error::Validation("visit.key_changes", "List who moved in or out of the home");
    for (size_t i = 0; i < kc.size(); ++i) {
      const std::string at = Index("visit.key_changes", i);
      if (!kc[i].is_object()) return Error::Validation(at, "Say who moved in or out, and when");
      CR_ASSIGN_OR_RETURN(std::string change, Choice(kc[i], "change", Join(at, "change"), {"moved_in", "moved_out"},
                                                     "Say whether they moved in or moved out"));
      CR_ASSIGN_OR_RETURN(Json who_moved, PersonRef(kc[i], at, "Choose the person or write their name"));
      CR_ASSIGN_OR_RETURN(Date on, RequiredDate(kc[i], "on", Join(at, "on"), "the date they moved", visit_date,
                                                "The move must be on or before the date of the visit"));
      who_moved["change"] = change;
      who_moved["on"] = FormatIsoDate(on);
      changes.push_back(std::move(who_moved));
    }
  }
  out["key_changes"] = changes;

  if (Missing(v, "analysis") || !v.at("analysis").is_object()) {
    return Error::Validation("visit.analysis",
                             "Write your analysis: what is worrying, what is helping and what needs to happen");
  }
  const Json& a = v.at("analysis");
  CR_ASSIGN_OR_RETURN(std::string worrying, Text(a, "worrying", "visit.analysis.worrying",
                                                 "Write what is worrying, or that nothing is", kMaxLongText));
  CR_ASSIGN_OR_RETURN(std::string helping, Text(a, "helping", "visit.analysis.helping",
                                                "Write what is helping to reduce the worries", kMaxLongText));
  CR_ASSIGN_OR_RETURN(std::string needs, Text(a, "needs_to_happen", "visit.analysis.needs_to_happen",
                                              "Write what needs to happen next", kMaxLongText));
  out["analysis"] = {{"worrying", worrying}, {"helping", helping}, {"needs_to_happen", needs}};
  return Json{{"visit", std::move(out)}, {"household_changes", std::move(changes)}};
}

Result<Json> BuildUnsuccessfulVisitDetails(const Json& input, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_ASSIGN_OR_RETURN(Date visit_date, VisitDate(input, now));
  CR_ASSIGN_OR_RETURN(Json u, Section(input, "unsuccessful_visit", "visit"));
  const std::string p = "unsuccessful_visit";
  CR_ASSIGN_OR_RETURN(std::string place, Text(u, "place", Join(p, "place"), "Say where you went", 1000));
  CR_ASSIGN_OR_RETURN(std::string happened, Text(u, "what_happened", Join(p, "what_happened"),
                                                 "Say what happened, for example 'no-one was home'", kMaxLongText));
  CR_ASSIGN_OR_RETURN(std::string next, Text(u, "what_happens_next", Join(p, "what_happens_next"),
                                             "Say what happens next", kMaxLongText));
  CR_ASSIGN_OR_RETURN(Date next_on,
                      RequiredDate(u, "next_visit_on", Join(p, "next_visit_on"), "the date of the next visit"));
  if (std::chrono::sys_days(next_on) < std::chrono::sys_days(visit_date)) {
    return Error::Validation(Join(p, "next_visit_on"), "The next visit must be on or after the date of this visit");
  }
  return Json{{"unsuccessful_visit",
               {{"place", place},
                {"what_happened", happened},
                {"what_happens_next", next},
                {"next_visit_on", FormatIsoDate(next_on)}}}};
}

Status CheckMayRecordDecision(const std::string& role) {
  if (GrantFor(role, AccessAction::kRecordDecision) != Grant::kNo) return Status::Ok();
  return Error::Forbidden(kOnlyManagersDecide);
}

Result<Json> BuildManagementDecisionDetails(const Json& input, const std::string& recorder_role) {
  CR_RETURN_IF_ERROR(CheckMayRecordDecision(recorder_role));
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_ASSIGN_OR_RETURN(Json d, Section(input, "decision", "decision"));
  CR_ASSIGN_OR_RETURN(std::string decision,
                      Text(d, "decision", "decision.decision", "Write the decision", kMaxLongText));
  CR_ASSIGN_OR_RETURN(std::string reasons,
                      Text(d, "reasons", "decision.reasons", "Write the reasons for the decision", kMaxLongText));
  CR_ASSIGN_OR_RETURN(std::string views,
                      OptionalText(d, "views_considered", "decision.views_considered", kMaxLongText));
  return Json{{"decision",
               {{"decision", decision},
                {"reasons", reasons},
                {"views_considered", OptText(views)},
                {"decided_by_role", recorder_role}}}};
}

Result<Json> BuildEntryDetails(const std::string& kind, const Json& input, const std::string& recorder_role,
                               TimePoint now) {
  Json out = Json::object();
  if (kind == "visit") {
    CR_ASSIGN_OR_RETURN(out, BuildVisitDetails(input, now));
  } else if (kind == "unsuccessful_visit") {
    CR_ASSIGN_OR_RETURN(out, BuildUnsuccessfulVisitDetails(input, now));
  } else if (kind == "management_decision") {
    CR_ASSIGN_OR_RETURN(out, BuildManagementDecisionDetails(input, recorder_role));
  } else if (IsContactKind(kind)) {
    CR_ASSIGN_OR_RETURN(out, BuildContactDetails(input));
  }
  if (input.is_object() && !Missing(input, "sections")) {
    CR_ASSIGN_OR_RETURN(Json sections, BuildSections(input.at("sections")));
    out["sections"] = std::move(sections);
  }
  return out;
}

Result<Json> AmendVisitAnswers(const Json& details, const Json& answers) {
  if (!details.is_object() || !details.contains("visit") || !details["visit"].is_object()) {
    return Error::Validation("visit", "Only a visit's answers can be changed here");
  }
  if (!answers.is_object()) return Error::BadRequest("'visit' must be an object");
  FieldErrors errors;
  Json out = details;
  Json& v = out["visit"];
  auto interpreter =
      Bool(answers, "interpreter_used", "visit.interpreter_used", "Say whether an interpreter was used");
  if (errors.Check(interpreter)) {
    v["interpreter_used"] = *interpreter;
    auto language = Text(answers, "interpreter_language", "visit.interpreter_language",
                         "Say which language the interpreter used", 100, *interpreter);
    if (errors.Check(language)) v["interpreter_language"] = *interpreter ? OptText(*language) : Json(nullptr);
  }
  auto seen = Bool(answers, "child_seen", "visit.child_seen", "Say whether you saw the child");
  if (errors.Check(seen)) {
    v["child_seen"] = *seen;
    if (*seen) {
      auto alone = Bool(answers, "seen_alone", "visit.seen_alone", "Say whether you saw the child on their own");
      if (errors.Check(alone)) {
        v["seen_alone"] = *alone;
        auto why = Text(answers, "seen_alone_reason", "visit.seen_alone_reason",
                        "You saw the child but not on their own. Say why", 5000, !*alone);
        if (errors.Check(why)) v["seen_alone_reason"] = *alone ? Json(nullptr) : Json(*why);
      }
      v["child_not_seen_reason"] = nullptr;
    } else {
      auto why = Text(answers, "child_not_seen_reason", "visit.child_not_seen_reason",
                      "You did not see the child. Say why", 5000);
      if (errors.Check(why)) v["child_not_seen_reason"] = *why;
      v["seen_alone"] = nullptr;
      v["seen_alone_reason"] = nullptr;
    }
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return out;
}

}  // namespace childrecord
