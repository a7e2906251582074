#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "demo/demo_notes.h"
#include "demo/demo_plan.h"

namespace childrecord::demo {

// R25: the Case Note Summaries of one family's records, written by their worker through the pure
// builder (features/summary/summary_rules.h BuildSummaryVersion), so they are what the API would
// write. Key people are chosen from the people linked to the record in `batches` from
// `family_from` on, where the family's planning began (ids, never copies; only the family's own
// batches are read, so planning an authority stays linear in its size). `variant` spreads the records over what the due
// rule reports on the demo's last day:
//   0  no summary yet (due since the record opened);
//   1  one written about 4 months ago (due: 3 months have passed);
//   2  one written 5 weeks ago, then the Emergency Duty Team recorded a significant event in the
//      last days (due: a significant change; and it shows on the worker's home page);
//   3+ up to date: a first version months ago and a second in the last 6 weeks.
// Appends batches in time order's terms (each at its own instant) and raises `next_order`.
// Returns how many entries it recorded (the duty worker's), for the demo's count of entries.
int PlanSummaries(std::vector<Batch>& batches, size_t family_from, int64_t& next_order, const std::string& child_id,
                  const NoteContext& ctx, const std::string& worker_id, const std::string& duty_worker_id,
                  TimePoint opened, TimePoint end, int variant);

}  // namespace childrecord::demo
