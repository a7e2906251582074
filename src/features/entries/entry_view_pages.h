#pragma once

#include <vector>

#include "features/entries/entry_service.h"
#include "features/feature_module.h"

namespace childrecord {

// An entry's own page and its amendment: /entries/{id} shows the entry
// with all its details (R18/R19/R27), who recorded it and who was involved (R26), the late mark
// (R28), R31 marks, "Amended" and every version newest first (R29/R30); ?record=<child id> opens
// it from a brother's or sister's record it was shared with (R32). /entries/{id}/amend makes a
// new version with a reason; an edit made meanwhile by someone else is shown, never overwritten.
// Handlers borrow `context` and `entries`, which outlive them.
std::vector<FeatureEndpoint> EntryViewPageEndpoints(AppContext& context, EntryService& entries);

}  // namespace childrecord
