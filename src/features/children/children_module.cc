// The children's records as one feature module (features/feature_list.h): opening a record (R1;
// children_events.cc, the row every other feature reads), finding children and reading one, the
// record's Overview and the tabs' frame (record_page.h) — the pages and the API.
#include <memory>

#include "features/children/children_api.h"
#include "features/children/children_pages.h"
#include "features/children/children_service.h"
#include "features/feature_module.h"

namespace childrecord::features::children {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<ChildrenService>(context);
  FeatureModule module{.name = "children"};
  AddEndpoints(module, ChildApiEndpoints(context, *service), service);
  AddEndpoints(module, ChildPageEndpoints(context, *service), service);
  module.openapi_schemas = ChildOpenApiSchemas();
  return module;
}

}  // namespace childrecord::features::children
