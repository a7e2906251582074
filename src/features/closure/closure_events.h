#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R1: involvement has ended; the record stays readable (closure_rules.h BuildRecordClosed):
// {child_id, closed_on, reason, closing_summary|null}.
inline constexpr char kChildRecordClosed[] = "child.record_closed";
// One record per child: a new referral reopens a closed record (closure_rules.h
// BuildRecordReopened): {child_id, referral: {received_on, source, reason}}.
inline constexpr char kChildRecordReopened[] = "child.record_reopened";

}  // namespace childrecord::events

namespace childrecord::features::closure {

// The projected table of closures (migration 0012_record_closures.sql): one row per closure, so a
// record reopened and closed again has one for each involvement.
inline constexpr char kClosuresTable[] = "record_closures";

// child.record_closed → a record_closures row and the child's status "closed";
// child.record_reopened → the child's status "open" with the new referral. Pure; kInternal for a
// malformed payload.
Result<std::vector<Mutation>> ProjectClosureEvent(const JournalEvent& event);

}  // namespace childrecord::features::closure
