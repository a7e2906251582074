// The people around the child (R3, R5, R7, R13) as one feature module (features/feature_list.h):
// the People tab and its forms, and the API. Their events and tables are the feature's
// (people_events.cc); opening a record and a visit's key changes (R18) write them too.
#include <memory>

#include "features/feature_module.h"
#include "features/people/people_api.h"
#include "features/people/people_pages.h"
#include "features/people/people_service.h"

namespace childrecord::features::people {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<PeopleService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "people"};
  AddEndpoints(module, PeopleApiEndpoints(context, *service), service);
  AddEndpoints(module, PeopleTabEndpoints(context, *service), service);
  AddEndpoints(module, PeopleFormEndpoints(context, *service), service);
  AttachOpenApi(module, PeopleOpenApi());
  return module;
}

}  // namespace childrecord::features::people
