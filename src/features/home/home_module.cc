// R40 and SPEC §4: each role's home page ("My work"), as one feature module
// (features/feature_list.h).
#include <memory>

#include "features/feature_module.h"
#include "features/home/home_pages.h"
#include "features/home/home_service.h"

namespace childrecord::features::home {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<HomeService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "home"};
  AddEndpoints(module, HomePageEndpoints(context, *service), service);
  return module;
}

}  // namespace childrecord::features::home
