#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "core/working_days.h"

namespace childrecord {

// R20: "The record holds ... a Child and Family Assessment." The assessment follows the
// Assessment Framework triangle (the child's developmental needs, the parents' capacity to meet
// them, family and environmental factors), gathers the views of the child, the parents and the
// child's important people in their own words and whether they agree (R23, R37), with the support
// each had to give them (R38), and ends with an analysis, an outcome and a recommendation with its
// reasons (R23). A practitioner writes it; a manager authorises it with reasons (R27), never its
// own author. Pure: no I/O. The events: assessment_events.h.

// The written sections, in the order of the task list.
struct AssessmentSection {
  const char* code;   // the member of the content and the field errors name: "developmental_needs"
  const char* label;  // "The child's developmental needs"
  const char* hint;   // what to write, in plain words
};
const std::vector<AssessmentSection>& AssessmentSections();
// The label of a section, or of "views" / "outcome" / "recommendation"; the code when unknown.
std::string AssessmentSectionLabel(const std::string& code);

// What the assessment concludes should happen (R23: the decision is clear). Plain words, no
// acronyms (R35).
struct AssessmentOutcome {
  const char* code;
  const char* label;
};
const std::vector<AssessmentOutcome>& AssessmentOutcomes();
std::string AssessmentOutcomeLabel(const std::string& code);

// R38: the support a person had to share their views.
const std::vector<AssessmentOutcome>& ViewSupports();
std::string ViewSupportLabel(const std::string& code);
// Whether they agree with the assessment: "yes", "no", "partly".
std::string AgreementLabel(const std::string& code);

// R20: the assessment is due 45 working days after the referral was received, counted with
// England's working days (core/working_days.h: weekends and the council's bank holidays).
inline constexpr int kAssessmentWorkingDays = 45;
Date AssessmentDueOn(const WorkingDayCalendar& calendar, Date referral_received_on);
// Overdue: not authorised and the due date has passed (`today` is after it).
bool AssessmentOverdue(const std::string& status, const std::string& due_on, Date today);
// Authorised, but after its due date: still a timescale missed, which the record says (R20).
bool AssessmentAuthorisedLate(const std::string& status, const std::string& due_on, const std::string& authorised_on);

// The assessment's statuses as stored.
inline constexpr char kInProgress[] = "in_progress";
inline constexpr char kWaitingForManager[] = "submitted";
inline constexpr char kAuthorised[] = "authorised";

// What the store says of one assessment, for the checks below.
struct AssessmentState {
  std::string id;
  std::string child_id;
  std::string status;                        // kInProgress, kWaitingForManager or kAuthorised
  int64_t version = 0;                       // the versions saved so far
  std::vector<std::string> author_ids = {};  // who started, saved or completed it (R27)
  Json content = Json::object();             // the latest version's content (BuildAssessmentSaved)
  std::string authorised_on = {};            // "YYYY-MM-DD" once authorised
};

// The record's facts an assessment is checked against.
struct AssessmentRecord {
  std::string child_id;
  std::string child_name;
  std::string referral_received_on;  // "YYYY-MM-DD"
  bool closed = false;
  // The people on the record whose views may be recorded: id -> name (R3, R5).
  std::map<std::string, std::string> people = {};
  // The started date of an assessment of this record that is not yet authorised; empty when none.
  std::string unfinished_started_on = {};
};

// Starting an assessment. `input`: started_on ("YYYY-MM-DD", optional: today when absent; not in
// the future, not before the referral). One at a time: an unfinished one is kConflict; a closed
// record is kConflict. Payload of assessment.started: {assessment_id, child_id, started_on, due_on,
// referral_received_on, working_days}.
Result<Json> BuildAssessmentStarted(const Json& input, const std::string& assessment_id, const AssessmentRecord& record,
                                    const WorkingDayCalendar& calendar, TimePoint now);

// Saving a version (drafts are saved as often as needed; every version is kept). `input` holds
// any of: the sections' text (AssessmentSections), "views" (the whole list: each {whose: "child" or
// a person's id on the record, words, agrees: yes|no|partly, support: [advocate|signer|interpreter|
// other], support_other: text, required with "other"}), "outcome" (AssessmentOutcomes), and
// "recommendation"; a member left out keeps the latest version's; "expected_version" (optional)
// refuses a save over a version someone else saved since (kConflict). Every error of the input at
// once, each naming its field ("views[1].words"). Authorised or waiting for a manager: kConflict.
// Payload of assessment.saved: {assessment_id, child_id, version, content}.
Result<Json> BuildAssessmentSaved(const Json& input, const AssessmentState& state, const AssessmentRecord& record);

// The sections a version is still missing before it can be completed, as field errors (one per
// missing section, each naming it): the triangle's three sections, the child's own view (R37),
// the analysis, the outcome and the recommendation (R23). Empty when complete.
std::vector<Error> MissingSections(const Json& content);

// Completing: sends the assessment to a manager to authorise. Every missing section at once
// (kValidation); not in progress: kConflict. Payload of assessment.completed: {assessment_id,
// child_id, version}.
Result<Json> BuildAssessmentCompleted(const AssessmentState& state);

// The manager's decision (R27): `input` {decision: "authorise" | "return", reasons: text}. The
// assessment's own author may not authorise it (kForbidden, saying so); only one waiting for a
// manager is decided (kConflict). Payloads: assessment.authorised {assessment_id, child_id,
// version, authorised_on, outcome, outcome_label, reasons}; assessment.returned {assessment_id,
// child_id, version, reasons}. Returns the event type and its payload.
struct AssessmentDecision {
  std::string type;
  Json payload;
};
Result<AssessmentDecision> BuildAssessmentDecision(const Json& input, const AssessmentState& state,
                                                   const std::string& manager_id, TimePoint now);
// What refusing the author's own authorisation says (R27).
inline constexpr char kNoSelfAuthorisation[] =
    "You wrote part of this assessment, so another manager must authorise it: a decision needs a second person";

}  // namespace childrecord
