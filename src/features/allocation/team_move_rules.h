#pragma once

#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/result.h"
#include "features/allocation/allocation_rules.h"

namespace childrecord {

// R20, R40: a record moves to another team (the family moved across the authority, or the work
// moves from assessment to long-term support) with a transfer summary, so the new team starts from
// what the old one knew: what was worked on, what is worrying, what is planned and who is involved.
// The move is the old team's manager's decision (or a senior manager's: MayAllocate); the record
// leaves its worker behind and joins the new team's unallocated list for that team's manager to
// allocate. Journaled as child.team_changed (allocation_events.h). Pure: no I/O.

// What a refusal to one who may not move the record says.
inline constexpr char kOnlyManagersMoveTeams[] =
    "Only the team manager of the record’s team or a senior manager can move it to another team";

// Validates a move and builds the child.team_changed payload. `input`:
//   team_id           required: the team the record moves to (one of `teams`, not its own team)
//   transfer_summary  required (R20): what the new team needs to know, at most 200,000 characters
//   reason            optional: why it moves, at most 2,000 characters
// Every problem at once: no team chosen, a team that does not exist, the record's own team, no
// transfer summary, a reason too long, a closed record (field "team_id": reopen it first).
// Payload: {child_id, from_team_id, to_team_id, previous_worker_id|null, transfer_summary, reason|null}.
Result<Json> BuildTeamChanged(const Json& input, const std::string& child_id, const AllocationState& state,
                              const std::vector<Team>& teams);

}  // namespace childrecord
