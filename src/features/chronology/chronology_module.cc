// R20: the child's chronology, as one feature module (features/feature_list.h).
#include <memory>

#include "features/chronology/chronology_api.h"
#include "features/chronology/chronology_pages.h"
#include "features/chronology/chronology_service.h"
#include "features/feature_module.h"

namespace childrecord::features::chronology {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<ChronologyService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "chronology"};
  AddEndpoints(module, ChronologyApiEndpoints(context, *service), service);
  AddEndpoints(module, ChronologyPageEndpoints(context, *service), service);
  module.openapi_schemas = ChronologyOpenApiSchemas();
  return module;
}

}  // namespace childrecord::features::chronology
