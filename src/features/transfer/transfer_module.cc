// R17: transfer of a copy of the record to an adoption agency, as one feature module
// (features/feature_list.h).
#include <memory>

#include "features/feature_module.h"
#include "features/transfer/transfer_api.h"
#include "features/transfer/transfer_pages.h"
#include "features/transfer/transfer_service.h"

namespace childrecord::features::transfer {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<TransferService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "transfer"};
  AddEndpoints(module, TransferApiEndpoints(context, *service), service);
  AddEndpoints(module, TransferPageEndpoints(context, *service), service);
  module.openapi_schemas = TransferOpenApiSchemas();
  module.overview_sections.push_back({"transfer_overview", [service](const Principal& who, const AccessContext& access,
                                                                     const ChildRecord& child, Json& data) {
                                        return FillTransferOverview(*service, who, access, child, data);
                                      }});
  return module;
}

}  // namespace childrecord::features::transfer
