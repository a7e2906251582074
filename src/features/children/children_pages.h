#pragma once

#include <vector>

#include "features/children/children_service.h"
#include "features/feature_module.h"
#include "service/app_context.h"

namespace childrecord {

// The children's pages:
//   GET /children        the children list, searched by name (names only for records outside the
//                        reader's reach: opening one asks for a reason)
//   GET /children/{id}   the record's Overview tab (record_page.h has the tabs): the child and the
//                        people around them, with the features' sections (service/app_context.h
//                        OverviewSection), such as the latest entries (features/entries/entry_list_pages.h)
std::vector<FeatureEndpoint> ChildPageEndpoints(AppContext& context, ChildrenService& children);

}  // namespace childrecord
