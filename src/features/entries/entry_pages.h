#pragma once

#include <vector>

#include "features/entries/entry_service.h"
#include "features/feature_module.h"
#include "features/language/language_service.h"

namespace childrecord {

// Recording on the child's record from the browser: the entry form with language checking as
// you type (R33-R35; without JavaScript the findings appear on save), the record's "words we
// use", and the team's language view for managers.
// Handlers borrow `context`, `entries` and `language`, which outlive them.
std::vector<FeatureEndpoint> EntryPageEndpoints(AppContext& context, EntryService& entries, LanguageService& language);

}  // namespace childrecord
