#pragma once

#include <string>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"

namespace childrecord {

// R1: "One record per child, created when a referral is accepted; active until involvement ends;
// a closed record stays readable and is never deleted." Closing ends the involvement: the record
// is marked closed with the date, why and (R20) the closing summary. Nothing is removed and the
// record stays readable; late entries can still be added (a note written up after closure belongs
// on the record, marked late by R28 like any other).
//
// Who closes: a team manager or senior manager (it is a management decision, R6/R27), checked by
// the caller with CheckMayRecordDecision (features/entries/visit_rules.h).

// One record per child: a new referral for a child whose record is closed reopens that record
// (the earlier involvement, its referral and closure stay in the journal and on the record).
// The events: closure_events.h.

// What the record says now, for the checks below.
struct RecordState {
  std::string status;                // "open" or "closed"
  std::string referral_received_on;  // "YYYY-MM-DD"
  std::string closed_on;             // when closed
};

// Validates a closure and builds the child.record_closed payload. `input`:
//   closed_on        "YYYY-MM-DD", required: the day involvement ended; not in the future and not
//                    before the referral was received
//   reason           required: why involvement ended ("Needs met: family supported by Early Help")
//   closing_summary  required (R20: the record holds a closing summary when it is closed); a closure
//                    journaled before it was required may have none (null)
// An already closed record is kConflict (saying when it was closed).
// Payload: {child_id, closed_on, reason, closing_summary}.
Result<Json> BuildRecordClosed(const Json& input, const std::string& child_id, const RecordState& state, TimePoint now);

// Validates a reopening and builds the child.record_reopened payload. `input`: referral
// {received_on (date, required, not in the future and not before the record was closed), source
// (required), reason (required)} — the same referral that opens a record (BuildRecordOpened).
// An open record is kConflict (a new referral on an open record is recorded as an entry).
// Payload: {child_id, referral: {received_on, source, reason}}.
Result<Json> BuildRecordReopened(const Json& input, const std::string& child_id, const RecordState& state,
                                 TimePoint now);

}  // namespace childrecord
