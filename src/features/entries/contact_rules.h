#pragma once

#include <string>

#include "core/canonical_json.h"
#include "core/result.h"

namespace childrecord {

// R21: every other contact (conversations, phone calls, meetings, letters, emails) records who was
// there, the date, what was discussed, actions and decisions, by whom, and why. The policy:
// "who was there or seen, the date, the relevant discussions, actions or decisions taken and by
// whom, and the reasons for decisions"; "Records of decisions must show who has made the decision
// and the reason for the decision". Pure.

// The kinds of entry that are such a contact and have the contact's own form.
bool IsContactKind(const std::string& kind);

// How many decisions the form offers at once (fixed rows need no JavaScript; more go in the text).
inline constexpr int kContactDecisionRows = 2;

// `input.contact`, when given (the API may leave it out for an older client; the form always sends
// it):
//   who_was_there   required non-empty list of {person_id} or {name, role?} (as a visit's)
//   discussed       required: what was discussed (the entry's body; taken from `body` when absent)
//   actions         optional text: the actions agreed, who will do them and by when
//   decisions       optional list of {decision, decided_by, reasons}, all three required in each
// Every problem at once, errors naming "contact.<field>" ("contact.decisions[1].reasons").
// Fragment: {"contact": {...cleaned fields}}, or an empty object when `contact` is absent.
Result<Json> BuildContactDetails(const Json& input);

// R21 with R29/R30: a contact's actions and decisions amended: `answers` holds actions and
// decisions as above; returns `details` with them in place of the old ones (who was there and
// what was discussed are kept). Every problem at once.
Result<Json> AmendContactAnswers(const Json& details, const Json& answers);

}  // namespace childrecord
