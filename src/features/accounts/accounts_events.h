#pragma once

namespace childrecord::events {

// The staff of the authority and what decides which records they may read (SPEC §4: roles and
// record access; R40: a team's records are its manager's). Journaled as the person who made the
// change, so the record's audit trail shows who could see what, and when. Projected into `users`
// (accounts_events.cc), which reads join to name who recorded, or may read, a record.

// A new account: {user_id, username, full_name, role, team_id|null}. It starts active, with no
// training recorded.
inline constexpr char kUserAdded[] = "user.added";
// R44: the account is disabled (no more signing in), or enabled again: {user_id}.
inline constexpr char kUserDisabled[] = "user.disabled";
inline constexpr char kUserEnabled[] = "user.enabled";
// The account's role, which the access table reads: {user_id, role}.
inline constexpr char kUserRoleChanged[] = "user.role_changed";
// The account's team, whose records it may read: {user_id, team_id|null}.
inline constexpr char kUserTeamChanged[] = "user.team_changed";
// R53: the person completed data protection training: {user_id, completed_on: "YYYY-MM-DD"}.
inline constexpr char kUserTrainingRecorded[] = "user.training_recorded";

}  // namespace childrecord::events
