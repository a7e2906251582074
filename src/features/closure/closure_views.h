#pragma once

#include <string>

#include "core/fields.h"

namespace childrecord {

// R1: how involvement ended, for a closed record: what the Overview shows at the top and the API
// answers as the child's "closure".
struct RecordClosure {
  std::string closed_on;        // "YYYY-MM-DD"
  std::string reason;
  std::string closing_summary;  // R20; empty when none was written
  std::string closed_by;        // the user's id
  std::string closed_by_name;
  std::string recorded_at;      // UTC RFC 3339
};

// RecordClosure's one description (core/fields.h): its JSON, SQL columns and OpenAPI schema
// "RecordClosure" (closure_views.cc).
const fields::Description<RecordClosure>& Describe(const RecordClosure*);

}  // namespace childrecord
