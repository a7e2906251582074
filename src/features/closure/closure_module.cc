// R1: closing a record when involvement ends and reopening it on a new referral, as one feature
// module (features/feature_list.h).
#include <memory>

#include "features/closure/closure_api.h"
#include "features/closure/closure_pages.h"
#include "features/closure/closure_service.h"
#include "features/feature_module.h"

namespace childrecord::features::closure {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<ClosureService>(context.store, context.tenant.id, context.records);
  FeatureModule module{.name = "closure"};
  for (auto& endpoints : {ClosureApiEndpoints(context, *service), ClosurePageEndpoints(context, *service)}) {
    for (const FeatureEndpoint& e : endpoints) {
      module.endpoints.push_back({e.method, e.pattern, e.action,
                                  [service, handler = e.handler](Request& request) { return handler(request); },
                                  e.openapi});
    }
  }
  module.openapi_schemas = ClosureOpenApiSchemas();
  return module;
}

}  // namespace childrecord::features::closure
