#pragma once

#include <string>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"

namespace childrecord {

// The kinds of entry with their own required fields. Pure: these read the
// entry input (the same object BuildEntryRecorded in record/commands.h reads) and return a
// payload fragment for the caller to merge into the entry's payload, or
// Error::Validation(field path, plain message) naming exactly what to fix.

// R18: a visit. `input.occurred_at` (RFC 3339, the date of the visit; not in the future) and
// `input.visit`:
//   place                 required: where the visit took place
//   who_was_there         required non-empty list of {person_id} or {name, role?}
//   purpose               required: why the visit took place
//   interpreter_used      required yes/no; interpreter_language required when yes
//   child_seen            required yes/no; child_not_seen_reason required when no
//   seen_alone            required when the child was seen; seen_alone_reason required when the
//                         child was seen but not alone (the policy: "if they were seen alone (and
//                         if not why)") — the refusal names "visit.seen_alone_reason"
//   discussed_and_seen    required: what was discussed and what the practitioner saw
//   worries, what_helps   optional text (the analysis below is where both are required)
//   childs_words          required when the child was seen: their own words or what their
//                         behaviour might be telling us
//   parents_said, parents_behaviour   optional text (parents may not have been there)
//   key_changes           optional list of {change: "moved_in"|"moved_out", person_id or name,
//                         on: date, not after the visit}: someone moved in or out of the home
//   analysis              required {worrying, helping, needs_to_happen}, all three required
// Fragment: {"visit": {...cleaned fields}, "household_changes": [{change, person_id|name, on}]}
// — the household changes are for the caller to apply to the home history (household.h
// ApplyHomeMove) in the same transaction as the entry.
Result<Json> BuildVisitDetails(const Json& input, TimePoint now);

// R18 with R29/R30: a visit's answers amended: `answers` holds interpreter_used,
// interpreter_language, child_seen, child_not_seen_reason, seen_alone and seen_alone_reason, checked
// as BuildVisitDetails checks them (every problem at once, errors naming "visit.<field>").
// Returns `details` (the entry's current details, {"visit": {...}, ...}) with those answers in
// place of the old ones; the rest of the visit is kept as it was.
Result<Json> AmendVisitAnswers(const Json& details, const Json& answers);

// R19: an unsuccessful visit. `input.occurred_at` and `input.unsuccessful_visit`:
//   place (required), what_happened (required: "No-one was home"), what_happens_next (required),
//   next_visit_on (date, required, not before the date of this visit).
// Fragment: {"unsuccessful_visit": {...}}.
Result<Json> BuildUnsuccessfulVisitDetails(const Json& input, TimePoint now);

// Status::Ok for a role the access table lets record a decision (AccessAction::kRecordDecision:
// managers), otherwise Error::Forbidden with auth/access_policy.h's kOnlyManagersDecide.
Status CheckMayRecordDecision(const std::string& role);

// R6, R27: a management decision. Checks the role first (Forbidden), then `input.decision`:
//   decision (required), reasons (required), views_considered (optional text: R23, the views of
//   the child, parents and important people on the decision).
// Fragment: {"decision": {decision, reasons, views_considered|null, decided_by_role}}; who decided
// is the journal's actor (the recorder), which this check makes a manager.
Result<Json> BuildManagementDecisionDetails(const Json& input, const std::string& recorder_role);

// All of an entry's kind-specific details in one call: the kind's fragment above ("visit",
// "unsuccessful_visit", "management_decision", R21's contacts in contact_rules.h; other kinds have none) plus, when the input has
// `sections`, the R31-marked sections (information_marks_rules.h, errors "sections[2].kind").
// Returns an object with any of: visit, household_changes, unsuccessful_visit, decision, contact,
// sections.
Result<Json> BuildEntryDetails(const std::string& kind, const Json& input, const std::string& recorder_role,
                               TimePoint now);

}  // namespace childrecord
