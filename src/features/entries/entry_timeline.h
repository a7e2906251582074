#pragma once

#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "features/entries/entry_details.h"
#include "features/entries/entry_views.h"

namespace childrecord {

// R32: the tag on an entry shared from a brother's or sister's record ("Shared from Amy Smith's
// record", or "Shared from another record" when that record is restricted to others); "" on the
// entry's own record.
std::string SharedFromText(const EntryView& entry);

// The entries of a timeline (web/templates/entries/entry_timeline.mustache) for the record pages,
// as listed on `record_id`'s record (each links to its page; R32 shared ones say where they came
// from). Each shows its current text once, with its details (R18 who was there named from `people`).
Json EntryTimelineJson(const std::vector<EntryView>& entries, const std::string& record_id = "",
                       const PeopleNames& people = {});

}  // namespace childrecord
