#pragma once

namespace childrecord::events {

// One entry on a child's record (record/commands.h BuildEntryRecorded; R26: practitioner_id is who
// was involved, the event's actor who recorded it): {entry_id, child_id, kind, occurred_at,
// practitioner_id, title, body, significant, details?, shared_with?, language_confirmation?}.
// details: the kind's own (R18, R19, R6/R27, R31; features/entries/visit_rules.h); shared_with:
// R32, the brothers' and sisters' records it also belongs to; language_confirmation: R34.
// Projected into `entries`, its first `entry_versions` row and one `entry_shares` row per shared
// record (entries_events.cc; docs/journal-format.md "Entry payloads").
inline constexpr char kEntryRecorded[] = "entry.recorded";
// R29, R30: a new version of an entry, the earlier ones kept (record/commands.h BuildEntryAmended):
// {entry_id, version (the previous + 1), title, body, reason}.
inline constexpr char kEntryAmended[] = "entry.amended";

}  // namespace childrecord::events
