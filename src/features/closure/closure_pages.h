#pragma once

#include <vector>

#include "features/closure/closure_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R1 in the browser:
//   /children/{id}/close    the manager's "Close this record" form (date, why, closing summary)
//   /children/{id}/reopen   "Reopen this record" on a new referral (one record per child)
// A refused form keeps what was typed. The Overview shows how the record was closed and links to
// these forms (features/children/children_pages.cc). The handlers borrow `context` and `closures`, which outlive
// them.
std::vector<FeatureEndpoint> ClosurePageEndpoints(AppContext& context, ClosureService& closures);

}  // namespace childrecord
