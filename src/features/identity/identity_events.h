#pragma once

#include <string>
#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R2: a dated change to the child's identity, each detail with how it was evidenced
// (identity_rules.h BuildIdentityChanged): {child_id, effective_from, reason|null,
// changes: {field: {value, evidence|null}}}.
inline constexpr char kIdentityChanged[] = "child.identity_changed";
// R4, R8: where and with whom the child lives, and their legal status, from a date
// (features/people/household_rules.h BuildLivingArrangement).
inline constexpr char kLivingArrangementRecorded[] = "child.living_arrangement_recorded";

}  // namespace childrecord::events

namespace childrecord::features::identity {

// The identity (R2) and living arrangements (R4, R8) in the journal. Pure, like Project(), which
// reaches them through Events().

// child.identity_changed: a row in identity_changes (id: the 12-digit journal position), and for
// each changed detail an update of children's current column guarded by <detail>_from
// (Mutation::unless_later), so children always shows the latest effective_from — the identity in
// force today, as effective_from is never in the future. A cleared local_child_id (which children
// cannot hold) leaves the column as it is; the service refuses such a change.
Result<std::vector<Mutation>> ProjectIdentityChanged(const JournalEvent& event);

// child.living_arrangement_recorded: a row in living_arrangements (id: the 12-digit journal
// position). Which arrangement is current is worked out on reading (LivingArrangementAsAt).
Result<std::vector<Mutation>> ProjectLivingArrangement(const JournalEvent& event);

// The identity columns a new child's row starts with (R2), from its child.record_opened columns
// (full_name, date_of_birth, local_child_id): the opened_* copies, and every other identity
// column and <detail>_from NULL. The child.record_opened projection (features/children) adds them.
Fields OpenedIdentityColumns(const Fields& opened);

// The key both histories use: the journal position as 12 digits, so ordering keys orders events.
std::string HistoryRowId(int64_t seq);

}  // namespace childrecord::features::identity
