// R1: closing a record when involvement ends and reopening it on a new referral, as one feature
// module (features/feature_list.h).
#include <memory>

#include "features/closure/closure_api.h"
#include "features/closure/closure_overview.h"
#include "features/closure/closure_pages.h"
#include "features/closure/closure_service.h"
#include "features/feature_module.h"

namespace childrecord::features::closure {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<ClosureService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "closure"};
  AddEndpoints(module, ClosureApiEndpoints(context, *service), service);
  AddEndpoints(module, ClosurePageEndpoints(context, *service), service);
  module.openapi_schemas = ClosureOpenApiSchemas();
  module.overview_sections = ClosureOverviewSections(service);
  module.child_members.push_back(ClosureChildMember(service));
  return module;
}

}  // namespace childrecord::features::closure
