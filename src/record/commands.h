#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"

namespace childrecord {

// Turning what a person submitted into an event payload, or a validation error naming the
// field to fix. Pure: existence checks against the store (does the team exist?) are the
// caller's (features/children/children_service.h).

// R1: accepting a referral opens the child's record. `input` fields: full_name (required),
// date_of_birth ("YYYY-MM-DD", optional, not in the future), team_id (required),
// allocated_worker_id (optional), referral: {received_on (date, required, not in the future),
// source (required), reason (required)}.
Result<Json> BuildRecordOpened(const Json& input, const std::string& child_id, TimePoint now);

// The kinds of entry the foundation accepts (each kind's own required fields are in features/entries).
const std::vector<std::string>& EntryKinds();
// "phone_call" -> "Phone call".
std::string EntryKindLabel(const std::string& kind);

// An entry on a child's record. `input`: kind (one of EntryKinds), occurred_at (RFC 3339, not in
// the future), title (required), body (required), significant (optional boolean).
// `practitioner_id` is who was involved (R26); the journal's actor is who recorded it.
// `language_confirmation` (R34: the object the caller made after checking the entry's language,
// when offensive words were confirmed) is kept when present.
Result<Json> BuildEntryRecorded(const Json& input, const std::string& child_id, const std::string& entry_id,
                                const std::string& practitioner_id, TimePoint now);

// What an amendment reads of the entry as it stands; the entries feature fills it from its
// EntryView (features/entries/entry_views.h), which record/ may not include.
struct EntryAsItStands {
  std::string id;
  int64_t version = 1;  // the current version
  std::string title;
  std::string body;
  Json details = nullptr;  // the kind's details as they stand (the latest version that changed them)
};

// R29/R30: an amendment makes a new version of an entry; the earlier text stays. `input`:
// reason (required: why it changed), title and/or body (the new text; at least one must differ),
// expected_version (optional: the version the person was looking at; a different current
// version is kConflict, so a second concurrent edit is told instead of overwriting), details
// (optional: the kind's details with changed answers, checked by the kind's rules; kept in the new
// version when they differ from current.details). `current` is the entry as it stands. Builds the entry.amended payload (version = current + 1).
Result<Json> BuildEntryAmended(const Json& input, const EntryAsItStands& current);

}  // namespace childrecord
