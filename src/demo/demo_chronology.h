#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/clock.h"
#include "demo/demo_notes.h"
#include "demo/demo_plan.h"

namespace childrecord::demo {

// R20: what practitioners add to a demo child's chronology in the days after the record opens,
// built with the real rules (features/chronology/chronology_rules.h): items from the family's
// history with each date precision (about a year, before a month, a month, a day), each with its
// source; impact notes, on an added item and on the generated referral; and the first significant
// entry of the child's in `family_entries` promoted (the entries planned for the child's family:
// not the authority's, which would make planning it quadratic in its size). Nothing is written
// after `end`. Batches' order is the caller's to set.
std::vector<Batch> PlanChildChronology(const std::string& child_id, const NoteContext& ctx,
                                       const std::string& worker_id, TimePoint opened, TimePoint end,
                                       std::span<const PlannedEntry> family_entries);

}  // namespace childrecord::demo
