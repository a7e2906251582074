// The child's identity (R2) and where they live with their legal status (R4, R8), as one feature
// module (features/feature_list.h).
#include <memory>

#include "features/feature_module.h"
#include "features/identity/identity_api.h"
#include "features/identity/identity_pages.h"
#include "features/identity/identity_service.h"
#include "features/identity/living_pages.h"

namespace childrecord::features::identity {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<IdentityService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "identity"};
  AddEndpoints(module, IdentityApiEndpoints(context, *service), service);
  AddEndpoints(module, IdentityPageEndpoints(context, *service), service);
  AddEndpoints(module, LivingPageEndpoints(context, *service), service);
  AttachOpenApi(module, IdentityOpenApi());
  module.overview_sections.push_back(LivingOverviewSection(service));
  return module;
}

}  // namespace childrecord::features::identity
