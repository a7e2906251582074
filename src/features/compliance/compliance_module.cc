// R20, R24, R25, R28: what each record is missing or has out of date, on its Overview, on its
// team's page and in the API, as one feature module (features/feature_list.h).
#include <memory>

#include "features/compliance/compliance_api.h"
#include "features/compliance/compliance_pages.h"
#include "features/compliance/compliance_service.h"
#include "features/feature_module.h"

namespace childrecord::features::compliance {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<ComplianceService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "compliance"};
  AddEndpoints(module, ComplianceApiEndpoints(context, *service), service);
  AddEndpoints(module, CompliancePageEndpoints(context, *service), service);
  module.openapi_schemas = ComplianceOpenApiSchemas();
  module.overview_sections = ComplianceOverviewSections(service);
  return module;
}

}  // namespace childrecord::features::compliance
