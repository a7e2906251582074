#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "core/time_format.h"

namespace childrecord {

// R17: "When adoption is the plan: transfer of a copy of all or part of the record to another
// adoption agency, with a written record of the transfer." The transfer itself happens outside the
// system (secure email, courier...); what is recorded here is the written record of it: who it went
// to, when, how, which parts of the record and why. The copy that was sent can be produced again
// from the record as it stood when the transfer was recorded (service TransferCopy).

// How the copy was sent, and the parts of the record a copy can hold (in the order a copy shows them).
const std::vector<std::string>& TransferMethods();
const std::vector<std::string>& TransferParts();
// "Secure email", "Identity"... for pages.
std::string TransferMethodLabel(const std::string& method);
std::string TransferPartLabel(const std::string& part);

// Who records a transfer: team manager, senior manager or records officer (a decision taken with the
// adoption agency, not by the allocated worker alone).
bool MayRecordTransfer(const std::string& role);

// R17: whether an entry was part of the copy sent: it happened between `from` and `to` (London
// dates, when given) and was on the record when the copy was sent: written up by the end of
// `sent_on` and before the transfer was recorded. An entry written later was not sent, however
// early it happened.
bool EntryWasSent(TimePoint occurred_at, TimePoint recorded_at, Date sent_on, TimePoint transfer_recorded_at,
                  std::optional<Date> from, std::optional<Date> to);

// Validates a transfer and builds the child.record_transferred payload. `input`:
//   agency          required: the adoption agency's name
//   agency_contact  optional: who at the agency received it
//   sent_on         "YYYY-MM-DD", required, not in the future
//   method          one of TransferMethods()
//   parts           non-empty list of TransferParts(), no duplicates (errors name "parts[i]")
//   entries_from, entries_to  optional dates, from <= to; only when parts holds "entries"
//   reason          required: why ("Adoption is the plan: the child is to be placed through ...")
// Payload: {transfer_id, child_id, agency, agency_contact|null, sent_on, method, parts (in
// TransferParts() order), entries_from|null, entries_to|null, reason}. Pure.
Result<Json> BuildRecordTransferred(const Json& input, const std::string& child_id, const std::string& transfer_id,
                                    TimePoint now);

}  // namespace childrecord
