#pragma once

#include <string>
#include <vector>

#include "core/clock.h"

namespace childrecord {

// What the store and auth/ return and decide with: the tenant, its teams and accounts, a page of a
// collection and who may see a record. Plain data, no behaviour; instants are RFC 3339 UTC text as
// stored. What a feature reads is in the feature's own views (features/<name>/*_views.h).

struct Tenant {
  std::string id;
  std::string name;
};

struct Team {
  std::string id;
  std::string name;
};

struct UserAccount {
  std::string tenant_id;
  std::string id;
  std::string username;
  std::string full_name;
  std::string role;
  std::string team_id;  // empty when not in a team
  bool active = true;
  std::string training_completed_on;  // R53 data-protection training, "YYYY-MM-DD"; empty if never
};

// A page of a collection; `next` is an opaque cursor for the following page, or empty.
template <typename T>
struct Page {
  std::vector<T> items;
  std::string next;
};

// R40: a worker a record is reallocated from keeps read access to it (overview, people, entries;
// never writing) for this long after their allocation ended, so the work can be handed over.
inline constexpr std::chrono::hours kPreviousWorkerReadAccess{24 * 30};

// What the record says about who may see it (auth/access_policy.h decides with it).
struct ChildAccessFacts {
  std::string child_id;
  std::string team_id;
  std::string allocated_worker_id;
  bool restricted = false;
  std::vector<std::string> named_user_ids;  // who may see a restricted record
  // R40: the workers the record was reallocated from lately, each with when their allocation
  // ended (from the allocations the journal projects), and the instant these facts were read at:
  // auth/access_policy.h decides from both whether a previous worker may still read the record.
  struct PreviousWorker {
    std::string user_id;
    TimePoint ended_at;
  };
  std::vector<PreviousWorker> previous_workers = {};
  TimePoint as_of = {};
};

}  // namespace childrecord
