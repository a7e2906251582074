#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/error.h"
#include "core/result.h"
#include "web/form_dates.h"

namespace childrecord {

// Pieces the entry forms share (entry_kind_pages.cc, entry_view_pages.cc). Pure.

// A field path of the rules ("visit.key_changes[0].on") as an HTML id ("visit-key_changes-0-on"),
// and as the key of its error message in template data ("error_visit_key_changes_0_on").
std::string FieldId(const std::string& path);
std::string ErrorKey(const std::string& id);

// Sets the value at a rules' field path ("visit.analysis.worrying", "sections[2].kind") in
// `root`, creating objects and array items on the way.
void SetAtPath(Json& root, const std::string& path, Json value);

// Every field error the rules in `check` would give, not only the first: each time the rules stop
// at a field, the error is noted and the field is filled with the first of `placeholders` that
// gets past it, then the rules run again. Stops at an error it cannot get past.
std::vector<Error> CollectFieldErrors(Json input, const std::function<Status(const Json&)>& check,
                                      const std::vector<Json>& placeholders);

}  // namespace childrecord
