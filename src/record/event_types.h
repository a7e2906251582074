#pragma once

namespace childrecord::events {

// The journal's event types that the record needs without any feature: a tenant's first event
// and its teams, which the accounts' and every feature's rows refer to. Each feature declares its
// own in src/features/<name>/<name>_events.h, in this namespace, and projects them in its
// <name>_events.cc (record/projection.h FeatureEvents).
//
// A type, once written to a journal, keeps its meaning forever: change the shape of a payload by
// adding a new type, never by editing an old one.

// A tenant's first event, written by the store when it creates the tenant (store/store.cc):
// {name}. Projects nothing: the tenants row is written with it.
inline constexpr char kTenantInitialised[] = "tenant.initialised";
// A team of the authority (SPEC §4: a record's team and its managers may read it; R40):
// {team_id, name}. Projected into `teams` (record/projection.cc).
inline constexpr char kTeamCreated[] = "team.created";

}  // namespace childrecord::events
