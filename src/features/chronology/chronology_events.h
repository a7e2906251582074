#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R20: a practitioner adds an item to the child's chronology by hand, or promotes an entry to it
// (chronology_rules.h BuildChronologyItemAdded): {item_id, child_id, date: {precision, value},
// what_happened, source|null, impact|null, entry_id|null}; the event's actor added it.
inline constexpr char kChronologyItemAdded[] = "chronology.item_added";
// R20: a practitioner writes (or rewrites) the impact on the child of an item, generated or added
// (BuildChronologyImpactNoted): {child_id, source_ref, impact}. Every note stays in the journal;
// the table holds the one shown.
inline constexpr char kChronologyImpactNoted[] = "chronology.impact_noted";

}  // namespace childrecord::events

namespace childrecord::features::chronology {

// The projected tables (migration 0029_chronology.sql): the items added or promoted, and the impact
// notes keyed "<child_id>/<source_ref>".
inline constexpr char kItemsTable[] = "chronology_items";
inline constexpr char kImpactsTable[] = "chronology_impacts";

// chronology.item_added → a chronology_items row (and its impact note when it came with one);
// chronology.impact_noted → the item's impact note, replacing the one shown. Pure; kInternal for a
// malformed payload.
Result<std::vector<Mutation>> ProjectChronologyEvent(const JournalEvent& event);

}  // namespace childrecord::features::chronology
