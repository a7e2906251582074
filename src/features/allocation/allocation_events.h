#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R40: a team manager (or senior manager) allocates the record to a worker of its team, moves it
// to another, or leaves it with none (allocation_rules.h BuildChildAllocated):
// {child_id, worker_id|null, previous_worker_id|null, reason|null}; the event's actor decided it.
inline constexpr char kChildAllocated[] = "child.allocated";

// R20, R40: the record moves to another team with a transfer summary (team_move_rules.h
// BuildTeamChanged): {child_id, from_team_id, to_team_id, previous_worker_id|null,
// transfer_summary, reason|null}. It leaves its worker: the new team's manager allocates it.
inline constexpr char kChildTeamChanged[] = "child.team_changed";

}  // namespace childrecord::events

namespace childrecord::features::allocation {

// The projected table of allocations (migration 0022_allocation.sql): one row per child.allocated,
// the record's allocation history. A row with a previous worker is when that worker's allocation
// ended, which is what their read access for 30 days after runs from (R40).
inline constexpr char kAllocationsTable[] = "child_allocations";

// child.allocated → children.allocated_worker_id and a child_allocations row; child.team_changed →
// children.team_id, no allocated worker, and a child_allocations row carrying the move. Pure;
// kInternal for a malformed payload.
Result<std::vector<Mutation>> ProjectAllocationEvent(const JournalEvent& event);

}  // namespace childrecord::features::allocation
