#pragma once

// The demo's children's plans (R24): plans of each kind on about two records in three, with goals,
// actions (some past their date and not done), reviews held (one marking actions done and adding
// the next step) and, on some child protection plans, a review overdue; about one record in three
// has no plan. Built through the plan's own rules (features/plan/plan_rules.h), so every payload is
// one the server would have written. (demo_plan.h is the generator's plan of the whole authority,
// not this.)

#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "demo/demo_plan.h"

namespace childrecord::demo {

// Appends to `batches` the plan events of record number `ordinal` (the order records were
// planned in, so a seed gives the same plans), opened at `opened` and allocated to `worker`, for
// what happened before `end`. `next_order` numbers the batches as the generator does.
void AddRecordPlans(std::vector<Batch>& batches, int64_t& next_order, const std::string& child_id, const Staff& worker,
                    TimePoint opened, TimePoint end, int ordinal);

}  // namespace childrecord::demo
