#pragma once

namespace childrecord::events {

// A record restricted to named people, or the restriction lifted (SPEC §4, restricted records):
// {"child_id", "restricted": bool, "named_user_ids": [...], "reason"}. Projected into the children
// table's restricted and restricted_to columns, which every access decision reads.
inline constexpr char kChildAccessRestricted[] = "child.access_restricted";

}  // namespace childrecord::events
