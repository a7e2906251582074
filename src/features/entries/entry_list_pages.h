#pragma once

#include <memory>
#include <vector>

#include "features/entries/entry_service.h"
#include "features/feature_module.h"

namespace childrecord::features::entries {

// The record's entries as pages show them, newest first: the Entries tab (GET /children/{id}/entries,
// every entry a page at a time) and the Overview's latest entries. Whoever may see a record's
// overview but not its case notes without a reason (the Emergency Duty Team) is asked why in their
// place. Handlers borrow `context` and `entries`, which outlive them.
std::vector<FeatureEndpoint> EntriesTabEndpoints(AppContext& context, EntryService& entries);

// The Overview's "Latest entries" (the five newest, and a link to the Entries tab), a section of
// the page of its own after the Overview's details (OverviewPlace::kAfterOverview). Holds `entries`.
OverviewSection LatestEntriesOverviewSection(std::shared_ptr<EntryService> entries);

}  // namespace childrecord::features::entries
