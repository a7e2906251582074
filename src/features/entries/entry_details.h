#pragma once

#include <string>

#include "core/canonical_json.h"

namespace childrecord {

// An entry's kind-specific details (R18 visit, R19 unsuccessful visit, R6/R27 decision), as the
// record page shows them: [{"label", "value"}] in the policy's order, yes/no spelt out with the
// reasons beside them, dates UK style. Unknown or empty parts are left out. Pure.
Json EntryDetailRows(const std::string& details_json);

}  // namespace childrecord
