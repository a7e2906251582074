// R25: the Case Note Summary and the out-of-hours view, as one feature module
// (features/feature_list.h).
#include <memory>

#include "features/feature_module.h"
#include "features/summary/summary_api.h"
#include "features/summary/summary_pages.h"
#include "features/summary/summary_service.h"

namespace childrecord::features::summary {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<SummaryService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "summary"};
  AddEndpoints(module, SummaryApiEndpoints(context, *service), service);
  AddEndpoints(module, SummaryPageEndpoints(context, *service), service);
  module.openapi_schemas = SummaryOpenApiSchemas();
  module.overview_sections = SummaryOverviewSections(service);
  return module;
}

}  // namespace childrecord::features::summary
