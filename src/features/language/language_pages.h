#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/language/language_service.h"

namespace childrecord::features::language {

// The language pages (R33-R35): POST /language-check (the entry forms' live check),
// /children/{id}/words-we-use (the record's words we use) and /team/language (the team's most
// frequent findings, for managers). Handlers borrow `context` and `language`, which outlive them.
std::vector<FeatureEndpoint> LanguagePageEndpoints(AppContext& context, LanguageService& language);

}  // namespace childrecord::features::language
