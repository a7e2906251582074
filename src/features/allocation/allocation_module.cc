// R40: a team manager allocates and reallocates their team's records, as one feature module
// (features/feature_list.h).
#include <memory>

#include "features/allocation/allocation_api.h"
#include "features/allocation/allocation_pages.h"
#include "features/allocation/allocation_service.h"
#include "features/feature_module.h"

namespace childrecord::features::allocation {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<AllocationService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "allocation"};
  AddEndpoints(module, AllocationApiEndpoints(context, *service), service);
  AddEndpoints(module, AllocationPageEndpoints(context, *service), service);
  module.openapi_schemas = AllocationOpenApiSchemas();
  module.overview_sections = AllocationOverviewSections(service);
  return module;
}

}  // namespace childrecord::features::allocation
