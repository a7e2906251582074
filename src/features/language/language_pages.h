#pragma once

#include <vector>

#include "features/feature_module.h"

namespace childrecord::features::language {

// The language pages (R33-R35): POST /language-check (the entry forms' live check),
// /children/{id}/words-we-use (the record's words we use) and /team/language (the team's most
// frequent findings, for managers). Handlers borrow `context`, which outlives them.
std::vector<FeatureEndpoint> LanguagePageEndpoints(AppContext& context);

}  // namespace childrecord::features::language
