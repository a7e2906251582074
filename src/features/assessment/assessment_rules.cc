#include "features/assessment/assessment_rules.h"

#include <algorithm>

#include "core/field_errors.h"
#include "core/time_format.h"
#include "features/assessment/assessment_events.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {

const char* LabelOf(const std::vector<AssessmentOutcome>& list, const std::string& code) {
  for (const auto& o : list) {
    if (code == o.code) return o.label;
  }
  return nullptr;
}

std::vector<std::string> Codes(const std::vector<AssessmentOutcome>& list) {
  std::vector<std::string> out;
  for (const auto& o : list) out.emplace_back(o.code);
  return out;
}

bool Blank(const Json& content, const std::string& name) {
  auto it = content.find(name);
  return it == content.end() || !it->is_string() || Trim(it->get<std::string>()).empty();
}

Status NotWritable(const AssessmentState& state) {
  if (state.status == kAuthorised) {
    auto on = ParseIsoDate(state.authorised_on);
    return Error::Conflict("This assessment was authorised" + (on ? " on " + FormatUkDate(*on) : std::string()) +
                           " and cannot be changed. Start a new assessment instead. Nothing was changed");
  }
  if (state.status == kWaitingForManager) {
    return Error::Conflict(
        "This assessment is waiting for a manager to authorise it. It can be changed again if the manager "
        "returns it. Nothing was changed");
  }
  return Status::Ok();
}

// One view (R23, R37, R38): whose, their words, whether they agree, the support they had.
Json ReadView(const Json& view, const std::string& path, const AssessmentRecord& record, FieldErrors& errors) {
  if (!view.is_object()) {
    errors.Add(Error::Validation(path, "Each view must say whose it is, their words and whether they agree"));
    return nullptr;
  }
  Json out = Json::object();
  auto whose = Text(view, "whose", Join(path, "whose"), "Choose whose views these are");
  if (errors.Check(whose)) {
    if (*whose == "child") {
      out["whose"] = "child";
      out["person_id"] = nullptr;
      out["name"] = record.child_name;
    } else if (auto person = record.people.find(*whose); person != record.people.end()) {
      out["whose"] = "person";
      out["person_id"] = person->first;
      out["name"] = person->second;
    } else {
      errors.Add(Error::Validation(Join(path, "whose"),
                                   "Choose the child or one of the people on the record as whose views these are"));
    }
  }
  auto words = Text(view, "words", Join(path, "words"), "Write their views in their own words", kMaxLongText);
  if (errors.Check(words)) out["words"] = *words;
  auto agrees = Choice(view, "agrees", Join(path, "agrees"), {"yes", "no", "partly"},
                       "Say whether they agree with the assessment: yes, no or partly");
  if (errors.Check(agrees)) out["agrees"] = *agrees;
  // R38: the support they had to share their views; none is an answer too (an empty list).
  Json supports = Json::array();
  bool other = false;
  if (auto s = view.find("support"); s != view.end() && !s->is_null()) {
    if (!s->is_array()) {
      errors.Add(Error::Validation(Join(path, "support"), "The support must be a list"));
    } else {
      for (const Json& code : *s) {
        if (!code.is_string() || !LabelOf(ViewSupports(), code.get<std::string>())) {
          errors.Add(Error::Validation(Join(path, "support"),
                                       "Choose the support from the list: advocate, signer, interpreter or other"));
          continue;
        }
        if (std::find(supports.begin(), supports.end(), code) == supports.end()) supports.push_back(code);
        other = other || code == "other";
      }
    }
  }
  out["support"] = supports;
  auto support_other = OptionalText(view, "support_other", Join(path, "support_other"));
  if (errors.Check(support_other)) {
    if (other && support_other->empty()) {
      errors.Add(Error::Validation(Join(path, "support_other"), "Say what other support they had"));
    }
    out["support_other"] = other ? OptText(*support_other) : Json(nullptr);
  }
  return out;
}

}  // namespace

const std::vector<AssessmentSection>& AssessmentSections() {
  static const std::vector<AssessmentSection> sections = {
      {"developmental_needs", "The child’s developmental needs",
       "Their health, education, feelings and behaviour, identity, family and social relationships, how they "
       "present themselves and how well they look after themselves."},
      {"parenting_capacity", "How the parents or carers meet the child’s needs",
       "Basic care, keeping the child safe, warmth, encouragement, guidance and boundaries, and stability."},
      {"family_environment", "Family and environment",
       "The family’s history and how it works, the wider family, housing, work and income, how the family "
       "fits into its community, and the help around it."},
      {"analysis", "Analysis",
       "What is worrying, what is going well and helps, and what needs to happen to make life better for the "
       "child."},
  };
  return sections;
}

std::string AssessmentSectionLabel(const std::string& code) {
  for (const auto& s : AssessmentSections()) {
    if (code == s.code) return s.label;
  }
  if (code == "views") return "Views of the child, parents and important people";
  if (code == "outcome") return "Outcome";
  if (code == "recommendation") return "Recommendation and reasons";
  return code;
}

const std::vector<AssessmentOutcome>& AssessmentOutcomes() {
  static const std::vector<AssessmentOutcome> outcomes = {
      {"no_further_action", "No further involvement from children’s social care"},
      {"universal_services", "Support from universal services, such as school or the health visitor"},
      {"early_help", "Support from the Early Help service"},
      {"child_in_need", "A child in need plan, with support from children’s social care"},
      {"child_protection", "A child protection enquiry, because we are worried the child may be seriously harmed"},
      {"looked_after", "The child needs to be looked after by the council (in care)"},
  };
  return outcomes;
}

std::string AssessmentOutcomeLabel(const std::string& code) {
  const char* label = LabelOf(AssessmentOutcomes(), code);
  return label ? label : code;
}

const std::vector<AssessmentOutcome>& ViewSupports() {
  static const std::vector<AssessmentOutcome> supports = {
      {"advocate", "An advocate"},
      {"signer", "A signer"},
      {"interpreter", "An interpreter"},
      {"other", "Other support"},
  };
  return supports;
}

std::string ViewSupportLabel(const std::string& code) {
  const char* label = LabelOf(ViewSupports(), code);
  return label ? label : code;
}

std::string AgreementLabel(const std::string& code) {
  if (code == "yes") return "Agrees";
  if (code == "no") return "Does not agree";
  if (code == "partly") return "Partly agrees";
  return code;
}

Date AssessmentDueOn(const WorkingDayCalendar& calendar, Date referral_received_on) {
  return calendar.AddWorkingDays(referral_received_on, kAssessmentWorkingDays);
}

bool AssessmentOverdue(const std::string& status, const std::string& due_on, Date today) {
  if (status == kAuthorised) return false;
  auto due = ParseIsoDate(due_on);
  return due && today > *due;
}

bool AssessmentAuthorisedLate(const std::string& status, const std::string& due_on, const std::string& authorised_on) {
  auto due = ParseIsoDate(due_on);
  auto authorised = ParseIsoDate(authorised_on);
  return status == kAuthorised && due && authorised && *authorised > *due;
}

Result<Json> BuildAssessmentStarted(const Json& input, const std::string& assessment_id, const AssessmentRecord& record,
                                    const WorkingDayCalendar& calendar, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  if (record.closed) {
    return Error::Conflict("This record is closed: reopen it on a new referral before starting an assessment");
  }
  if (auto started = ParseIsoDate(record.unfinished_started_on)) {
    return Error::Conflict("The assessment started on " + FormatUkDate(*started) +
                           " is not authorised yet: finish that one before starting another");
  }
  auto referral = ParseIsoDate(record.referral_received_on);
  if (!referral) return Error::Internal("The record has no referral date");
  auto started = OptionalDate(input, "started_on", "started_on", "the date the assessment started", Today(now),
                              "The date the assessment started must be today or earlier");
  if (!started.ok()) return started.error();
  const Date on = started->value_or(Today(now));
  if (on < *referral) {
    return Error::Validation(
        "started_on", "The assessment cannot start before the referral was received (" + FormatUkDate(*referral) + ")");
  }
  return Json{
      {"assessment_id", assessment_id},         {"child_id", record.child_id},
      {"started_on", FormatIsoDate(on)},        {"referral_received_on", FormatIsoDate(*referral)},
      {"working_days", kAssessmentWorkingDays}, {"due_on", FormatIsoDate(AssessmentDueOn(calendar, *referral))}};
}

Result<Json> BuildAssessmentSaved(const Json& input, const AssessmentState& state, const AssessmentRecord& record) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_RETURN_IF_ERROR(NotWritable(state));
  if (auto expected = input.find("expected_version"); expected != input.end() && !expected->is_null()) {
    if (!expected->is_number_integer()) {
      return Error::Validation("expected_version", "The version must be a whole number");
    }
    if (expected->get<int64_t>() != state.version) {
      return Error::Conflict("Someone saved this assessment since you opened it (version " +
                             std::to_string(state.version) +
                             "). Open it again to see their changes; nothing was saved");
    }
  }
  FieldErrors errors;
  Json content = state.content.is_object() ? state.content : Json::object();
  for (const auto& s : AssessmentSections()) {
    if (!input.contains(s.code)) continue;
    auto text = OptionalText(input, s.code, s.code, kMaxLongText);
    if (errors.Check(text)) content[s.code] = OptText(*text);
  }
  if (input.contains("recommendation")) {
    auto text = OptionalText(input, "recommendation", "recommendation", kMaxLongText);
    if (errors.Check(text)) content["recommendation"] = OptText(*text);
  }
  if (input.contains("outcome")) {
    auto outcome = Choice(input, "outcome", "outcome", Codes(AssessmentOutcomes()), "Choose the outcome from the list",
                          /*required=*/false);
    if (errors.Check(outcome)) content["outcome"] = OptText(*outcome);
  }
  if (auto views = input.find("views"); views != input.end()) {
    if (views->is_null()) {
      content["views"] = Json::array();
    } else if (!views->is_array()) {
      errors.Add(Error::Validation("views", "The views must be a list"));
    } else {
      Json list = Json::array();
      for (size_t i = 0; i < views->size(); ++i) {
        Json view = ReadView((*views)[i], Index("views", i), record, errors);
        if (!view.is_null()) list.push_back(std::move(view));
      }
      content["views"] = std::move(list);
    }
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"assessment_id", state.id},
              {"child_id", state.child_id},
              {"version", state.version + 1},
              {"content", std::move(content)}};
}

std::vector<Error> MissingSections(const Json& content) {
  std::vector<Error> missing;
  auto need = [&](const std::string& code, const std::string& message) {
    if (Blank(content, code)) missing.push_back(Error::Validation(code, message));
  };
  need("developmental_needs", "Write about the child’s developmental needs");
  need("parenting_capacity", "Write about how the parents or carers meet the child’s needs");
  need("family_environment", "Write about the family and environment");
  // R37: the child's own views (or, for a child too young to say, what their behaviour tells us).
  bool child_view = false;
  if (auto views = content.find("views"); views != content.end() && views->is_array()) {
    for (const Json& v : *views) child_view = child_view || (v.is_object() && v.value("whose", "") == "child");
  }
  if (!child_view) {
    missing.push_back(
        Error::Validation("views", "Record the child’s views in their own words (or what their behaviour tells us)"));
  }
  need("analysis", "Write the analysis");
  need("outcome", "Choose the outcome of the assessment");
  need("recommendation", "Write the recommendation and the reasons for it");
  return missing;
}

Result<Json> BuildAssessmentCompleted(const AssessmentState& state) {
  CR_RETURN_IF_ERROR(NotWritable(state));
  std::vector<Error> missing = MissingSections(state.content);
  if (!missing.empty()) {
    FieldErrors errors;
    for (const Error& e : missing) errors.Add(e);
    return errors.ToStatus().error();
  }
  return Json{{"assessment_id", state.id}, {"child_id", state.child_id}, {"version", state.version}};
}

Result<AssessmentDecision> BuildAssessmentDecision(const Json& input, const AssessmentState& state,
                                                   const std::string& manager_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  if (state.status == kAuthorised) return NotWritable(state).error();
  if (state.status != kWaitingForManager) {
    return Error::Conflict(
        "This assessment has not been completed yet: the practitioner sends it for authorisation "
        "when every section is written");
  }
  // R27: a decision needs someone other than its author.
  if (std::find(state.author_ids.begin(), state.author_ids.end(), manager_id) != state.author_ids.end()) {
    return Error::Forbidden(kNoSelfAuthorisation);
  }
  FieldErrors errors;
  auto decision = Choice(input, "decision", "decision", {"authorise", "return"},
                         "Choose whether to authorise the assessment or return it to the practitioner");
  errors.Check(decision);
  auto reasons = Text(input, "reasons", "reasons", "Give the reasons for your decision", kMaxLongText);
  errors.Check(reasons);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  if (*decision == "return") {
    return AssessmentDecision{events::kAssessmentReturned, Json{{"assessment_id", state.id},
                                                                {"child_id", state.child_id},
                                                                {"version", state.version},
                                                                {"reasons", *reasons}}};
  }
  const Json chosen = state.content.value("outcome", Json(nullptr));
  const std::string outcome = chosen.is_string() ? chosen.get<std::string>() : std::string();
  return AssessmentDecision{events::kAssessmentAuthorised, Json{{"assessment_id", state.id},
                                                                {"child_id", state.child_id},
                                                                {"version", state.version},
                                                                {"authorised_on", FormatIsoDate(Today(now))},
                                                                {"outcome", outcome},
                                                                {"outcome_label", AssessmentOutcomeLabel(outcome)},
                                                                {"reasons", *reasons}}};
}

}  // namespace childrecord
