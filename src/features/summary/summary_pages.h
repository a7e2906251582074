#pragma once

#include <memory>
#include <vector>

#include "features/feature_module.h"
#include "features/summary/summary_service.h"

namespace childrecord {

// R25 in the pages:
//   GET      /children/{id}/summary        the record's Summary tab: the current Case Note Summary,
//                                          whether it is due and why, and every earlier version
//   GET/POST /children/{id}/summary/edit   "Update the case note summary" (a RecordForm)
//   GET      /children/{id}/out-of-hours   the Emergency Duty Team's one page: readable on a phone,
//                                          printable without the navigation
// The handlers borrow `context` and `summaries`, which outlive them.
std::vector<FeatureEndpoint> SummaryPageEndpoints(AppContext& context, SummaryService& summaries);

// The record's Overview: "Case note summary due" above everything when it is due (with the
// reason and the date it became due), and a row among the child's details.
std::vector<OverviewSection> SummaryOverviewSections(std::shared_ptr<SummaryService> summaries);

}  // namespace childrecord
