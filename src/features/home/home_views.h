#pragma once

#include <cstdint>
#include <string>

#include "core/fields.h"

namespace childrecord {

// R40 and SPEC §4: what the home page ("My work") reads (home_repository.h). Plain data; instants
// are RFC 3339 UTC text as stored. Pure.

// A child on a home list: the practitioner's own records (with the latest home visit), or the
// records opened today.
struct HomeChild {
  std::string id;
  std::string full_name;
  std::string date_of_birth;  // "YYYY-MM-DD" or empty
  std::string team_name;
  std::string opened_at;
  std::string last_visit_at;  // empty when no visit is recorded
};
const fields::Description<HomeChild>& Describe(const HomeChild*);

// An entry recorded late (R28): whose record, what kind, when it happened and when it was written.
struct HomeLateEntry {
  std::string id;
  std::string child_id;
  std::string child_name;
  std::string kind;
  std::string occurred_at;
  std::string recorded_at;
  std::string author_name;
};
const fields::Description<HomeLateEntry>& Describe(const HomeLateEntry*);

// One team's open records and how many of them have no allocated worker (R40, for managers).
struct TeamRecordCount {
  std::string team_id;
  std::string team_name;
  int64_t open_records = 0;
  int64_t unallocated = 0;
};
const fields::Description<TeamRecordCount>& Describe(const TeamRecordCount*);

}  // namespace childrecord
