// Restricting a record to named people (SPEC §4) as one feature module (features/feature_list.h).
// Deciding access to a restricted record stays with every read (auth/access_policy.h,
// Store::GetChildAccess): the feature is how a manager sets or lifts the restriction.
#include <memory>

#include "features/feature_module.h"
#include "features/restriction/restriction_api.h"
#include "features/restriction/restriction_service.h"

namespace childrecord::features::restriction {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<RestrictionService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "restriction"};
  AddEndpoints(module, RestrictionApiEndpoints(context, *service), service);
  module.openapi_schemas = RestrictionOpenApiSchemas();
  return module;
}

}  // namespace childrecord::features::restriction
