#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R20: a practitioner starts a Child and Family Assessment (assessment_rules.h
// BuildAssessmentStarted): {assessment_id, child_id, started_on, due_on, referral_received_on,
// working_days}; the event's actor started it. The chronology lists it as "Assessment started".
inline constexpr char kAssessmentStarted[] = "assessment.started";
// A version of the assessment, saved as a draft (BuildAssessmentSaved): {assessment_id, child_id,
// version, content: {developmental_needs, parenting_capacity, family_environment, views: [{whose,
// person_id, name, words, agrees, support, support_other}], analysis, outcome, recommendation}}.
// Every version is kept (the journal, and one assessment_versions row each).
inline constexpr char kAssessmentSaved[] = "assessment.saved";
// Completed: sent to a manager to authorise (BuildAssessmentCompleted): {assessment_id, child_id,
// version}.
inline constexpr char kAssessmentCompleted[] = "assessment.completed";
// R27: a manager returns it to the practitioner with reasons: {assessment_id, child_id, version,
// reasons}.
inline constexpr char kAssessmentReturned[] = "assessment.returned";
// R23, R27: a manager authorises it with reasons (BuildAssessmentDecision): {assessment_id,
// child_id, version, authorised_on, outcome, outcome_label, reasons}; the event's actor decided.
// The chronology lists it as "Assessment authorised: <outcome_label>". Nothing changes it after.
inline constexpr char kAssessmentAuthorised[] = "assessment.authorised";

}  // namespace childrecord::events

namespace childrecord::features::assessment {

// The projected tables (migration 0027_assessment.sql): one row per assessment (its latest state)
// and one per saved version.
inline constexpr char kAssessmentsTable[] = "assessments";
inline constexpr char kVersionsTable[] = "assessment_versions";

// The assessment events → the assessments row and the versions' rows. Pure; kInternal for a
// malformed payload.
Result<std::vector<Mutation>> ProjectAssessmentEvent(const JournalEvent& event);

}  // namespace childrecord::features::assessment
