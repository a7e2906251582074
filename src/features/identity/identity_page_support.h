#pragma once

#include <string>

#include "core/result.h"
#include "features/children/children_views.h"
#include "http/request.h"
#include "service/app_context.h"

namespace childrecord::features::identity {

// What the identity and living-arrangement pages share (identity_pages.cc, living_pages.cc).

// A GOV.UK date input's three boxes as the builders read dates: "" when all are empty, the ISO
// date when they are numbers, otherwise text the builders refuse as not a real date (so the
// message and the field it names come from the one rule).
std::string DateFromParts(const std::string& day, const std::string& month, const std::string& year);

// The three boxes of a date input as typed (or as shown for a stored ISO date).
struct TypedDate {
  std::string day, month, year;
};
TypedDate PartsOf(const std::string& iso);

std::string ChildPath(const std::string& id);

// A refusal on a record page: outside the caseload, the record's own page asks why first.
Response Failed(AppContext& context, const Request& request, const Error& error);

// The child as these pages' templates show it: name and the links to the record's tabs.
Json ChildJson(const ChildRecord& child);

// The child for a form that changes the record: recording must be allowed (decided and logged).
Result<ChildRecord> ChildForChange(AppContext& context, const Request& request, const char* what);

}  // namespace childrecord::features::identity
