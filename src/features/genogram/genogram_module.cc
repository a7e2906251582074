// R20: the genogram (family tree) drawn from the people on the record, as one feature module
// (features/feature_list.h).
#include <memory>

#include "features/feature_module.h"
#include "features/genogram/genogram_api.h"
#include "features/genogram/genogram_pages.h"
#include "features/genogram/genogram_service.h"

namespace childrecord::features::genogram {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<GenogramService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "genogram"};
  AddEndpoints(module, GenogramApiEndpoints(context, *service), service);
  AddEndpoints(module, GenogramPageEndpoints(context, *service), service);
  return module;
}

}  // namespace childrecord::features::genogram
