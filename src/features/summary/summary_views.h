#pragma once

#include <cstdint>
#include <string>

#include "core/fields.h"

namespace childrecord {

// R25: the Case Note Summary as the summary feature reads it (summary_repository.h). Plain data;
// instants are RFC 3339 UTC text as stored.

// One version of the summary. Every version is kept (SPEC §2 principle 1); the latest is current.
struct SummaryVersion {
  std::string child_id;
  int64_t version = 0;
  std::string pen_picture;
  std::string worries;
  std::string what_helps;
  std::string safety_plan;
  std::string contingency_plan;  // empty when none was written
  std::string key_people;        // canonical JSON [{person_id, safety|null, note|null}]: ids, not copies
  std::string recorded_by;       // the user's id
  std::string recorded_by_name;
  std::string recorded_at;
};
// SummaryVersion's one description (summary_views.cc): its SQL columns, JSON and the OpenAPI
// schema "CaseNoteSummaryVersion".
const fields::Description<SummaryVersion>& Describe(const SummaryVersion*);

// An entry recorded by the Emergency Duty Team on a record allocated to a worker (R25 out of hours:
// what the duty worker recorded reaches the allocated worker the next morning).
struct OutOfHoursEntry {
  std::string entry_id;
  std::string child_id;
  std::string child_name;
  std::string title;
  std::string recorded_at;
  std::string recorded_by_name;
};
const fields::Description<OutOfHoursEntry>& Describe(const OutOfHoursEntry*);

}  // namespace childrecord
