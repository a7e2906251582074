// The people around the child (R3, R5, R7, R13) as one feature module (features/feature_list.h):
// the People tab and its forms, and the API. Their events are projected with the record's own
// tables (record/people_projection.h), because a visit's key changes (R18) write them too.
#include <memory>

#include "features/feature_module.h"
#include "features/people/people_api.h"
#include "features/people/people_pages.h"
#include "features/people/people_service.h"

namespace childrecord::features::people {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<PeopleService>(context.store, context.tenant.id, context.records);
  FeatureModule module{.name = "people"};
  for (auto& endpoints : {PeopleApiEndpoints(context, *service), PeopleTabEndpoints(context, *service),
                          PeopleFormEndpoints(context, *service)}) {
    for (const FeatureEndpoint& e : endpoints) {
      module.endpoints.push_back({e.method, e.pattern, e.action,
                                  [service, handler = e.handler](Request& request) { return handler(request); },
                                  e.openapi});
    }
  }
  AttachOpenApi(module, PeopleOpenApi());
  return module;
}

}  // namespace childrecord::features::people
