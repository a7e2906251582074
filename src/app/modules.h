#pragma once

#include <vector>

#include "features/feature_module.h"
#include "service/app_context.h"

namespace childrecord {

// Every feature module of src/features/feature_list.h, built over `context` (which must outlive
// them), in the list's order.
std::vector<FeatureModule> BuildFeatureModules(AppContext& context);

}  // namespace childrecord
