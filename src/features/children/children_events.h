#pragma once

namespace childrecord::events {

// R1: the child's record, opened when a referral is accepted (record/commands.h BuildRecordOpened):
// {child_id, full_name, date_of_birth|null, team_id, allocated_worker_id|null,
//  referral: {received_on, source, reason}}. Starts the child's `children` row (children_events.cc).
inline constexpr char kChildRecordOpened[] = "child.record_opened";

}  // namespace childrecord::events
