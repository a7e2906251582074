#pragma once

#include <string>

#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R1: the child's record, opened when a referral is accepted (record/commands.h BuildRecordOpened):
// {child_id, full_name, date_of_birth|null, team_id, allocated_worker_id|null,
//  referral: {received_on, source, reason}}. Starts the child's `children` row (children_events.cc).
inline constexpr char kChildRecordOpened[] = "child.record_opened";

}  // namespace childrecord::events

namespace childrecord::features::children {

// R1, R20: the `record_referrals` row of a referral that opened (child.record_opened) or reopened
// (child.record_reopened, features/closure) the record of `child_id`: every referral is kept,
// while `children.referral_*` holds the latest. `referral` is the payload's {received_on, source,
// reason}. Pure.
Result<Mutation> ReferralRow(const JournalEvent& event, const std::string& child_id, const Json& referral,
                             bool reopened);

}  // namespace childrecord::features::children
