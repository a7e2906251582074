#pragma once

namespace childrecord::events {

// The journal's event types. A type, once written to a journal, keeps its meaning forever:
// change the shape of a payload by adding a new type, never by editing an old one.
inline constexpr char kTenantInitialised[] = "tenant.initialised";
inline constexpr char kTeamCreated[] = "team.created";
inline constexpr char kUserAdded[] = "user.added";
inline constexpr char kChildRecordOpened[] = "child.record_opened";
inline constexpr char kPersonAdded[] = "person.added";
inline constexpr char kChildPersonLinked[] = "child.person_linked";
inline constexpr char kEntryRecorded[] = "entry.recorded";

}  // namespace childrecord::events
