#pragma once

#include <string>

#include "core/fields.h"

namespace childrecord {

// A child's record as the children feature reads it (child_repository.h): as listed, and as
// opened, which is what the other features' pages and Overview sections are given
// (service/app_context.h names ChildRecord without its fields). Plain data, no behaviour;
// instants are RFC 3339 UTC text as stored.

struct ChildListItem {
  std::string id;
  std::string full_name;
  std::string date_of_birth;  // "YYYY-MM-DD" or empty
  std::string local_child_id;
  std::string status;
  std::string team_name;
  std::string allocated_worker_name;
  std::string opened_at;
  std::string last_entry_at;  // empty when nothing recorded yet
  std::string team_id;
  std::string allocated_worker_id;  // empty when unallocated
  std::string name_key;             // the folded name the list is ordered by (its page cursor)
  // Set by ChildrenService::SearchChildren for a list item the reader may not open without a stated reason: such
  // an item carries only id and full_name, every other field empty.
  bool reason_required = false;
};

// Which records a children list holds (R40's caseload): every record the viewer may see, or
// only those allocated to one worker, or only one team's. Both set: allocated to the worker and
// in the team.
struct ChildListScope {
  std::string worker_id;  // when set, only records allocated to this worker
  std::string team_id;    // when set, only records of this team
};

// ChildListItem's one description (children_views.cc): the children list's SQL columns
// (child_repository.cc), the API's JSON of a listed child and the OpenAPI schema "ChildListItem"
// (children_openapi.cc).
const fields::Description<ChildListItem>& Describe(const ChildListItem*);

struct ChildRecord {
  ChildListItem summary;
  std::string team_id;
  std::string allocated_worker_id;
  std::string referral_received_on;
  std::string referral_source;
  std::string referral_reason;
};

// The record's own fields beyond its summary (children_views.cc), read after ChildListItem's
// columns; the API spells the referral as one object, so those fields are described as internal.
const fields::Description<ChildRecord>& Describe(const ChildRecord*);

}  // namespace childrecord
