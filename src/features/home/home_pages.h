#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/home/home_service.h"

namespace childrecord {

// R40 and SPEC §4 in the pages:
//   GET /home   "My work": the signed-in person's own lists, by role (the page everyone lands on
//               after signing in; "/" sends them here)
// The handler borrows `context` and `home`, which outlive it.
std::vector<FeatureEndpoint> HomePageEndpoints(AppContext& context, HomeService& home);

}  // namespace childrecord
