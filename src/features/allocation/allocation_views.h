#pragma once

#include <cstdint>
#include <string>

#include "core/fields.h"

namespace childrecord {

// R40: what the allocation feature reads (allocation_repository.h). Plain data; instants are
// RFC 3339 UTC text as stored.

// One allocation in the record's history: who it went to, from whom, why and who decided.
struct Allocation {
  std::string worker_id;  // empty: the record was left with no allocated worker
  std::string worker_name;
  std::string previous_worker_id;  // empty when the record had no worker before
  std::string previous_worker_name;
  std::string reason;        // empty when none was given
  std::string allocated_by;  // the deciding manager's id
  std::string allocated_by_name;
  std::string recorded_at;
  // R20: a move to another team (child.team_changed); all empty for an allocation in the team.
  std::string from_team_name;
  std::string to_team_name;
  std::string transfer_summary;
};
const fields::Description<Allocation>& Describe(const Allocation*);

// A worker of the record's team who can be allocated the record, with their caseload (the open
// records allocated to them), so the manager can share the work fairly.
struct TeamWorker {
  std::string id;
  std::string full_name;
  int64_t caseload = 0;
};
const fields::Description<TeamWorker>& Describe(const TeamWorker*);

// A record of the team with no allocated worker: the manager's to allocate.
struct UnallocatedChild {
  std::string id;
  std::string full_name;
  std::string date_of_birth;  // "YYYY-MM-DD" or empty
  std::string opened_at;
  std::string referral_received_on;
  std::string name_key;  // the list's order, for its page cursor (not shown)
};
const fields::Description<UnallocatedChild>& Describe(const UnallocatedChild*);

}  // namespace childrecord
