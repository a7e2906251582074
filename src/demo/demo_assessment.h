#pragma once

// The demo's Child and Family Assessments (R20, R23, R27, R37, R38): a realistic mix over the
// authority — most records have one authorised by their team manager with reasons, some are in
// progress, some wait for a manager, some are overdue, and some records have none yet.

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/time_format.h"
#include "demo/demo_plan.h"

namespace childrecord::demo {

// What the demo knows of a record when it opens it.
struct DemoAssessmentFacts {
  std::string child_id;
  std::string child_first;
  std::string child_name;
  std::string parent_id;  // a person linked to the record, whose views are recorded; may be empty
  std::string parent_name;
  std::string parent_first;
  Date referral_received_on{};
  std::chrono::sys_days opened{};
  const Staff* worker = nullptr;   // the allocated practitioner, who writes it
  const Staff* manager = nullptr;  // the team manager, who authorises it; may be null
  TimePoint end{};                 // the demo's "now": nothing is planned at or after it
  uint64_t seed = 0;
};

// Adds the record's assessment batches (started, versions saved, completed, authorised) to
// `batches`, numbering them from `next_order`. Deterministic for a seed and record.
void PlanAssessments(std::vector<Batch>& batches, int64_t& next_order, const DemoAssessmentFacts& facts);

}  // namespace childrecord::demo
