#pragma once

#include <vector>

#include "features/feature_module.h"
#include "service/app_context.h"

namespace childrecord {

// The child's record's Overview tab (web/record_page.h has the tabs):
//   GET /children/{id}   Overview: the child and the people around them, with the features'
//                        sections (service/app_context.h OverviewSection), such as the latest
//                        entries (features/entries/entry_list_pages.h)
std::vector<FeatureEndpoint> ChildPageEndpoints(AppContext& context);

}  // namespace childrecord
