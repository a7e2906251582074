// The access log's audit views (SPEC §4: "Audit views are for auditors and managers"; R40: the team
// manager reviews access with reason to their team's records), as one feature module
// (features/feature_list.h). Writing to the log is not here: every read of a record logs itself
// (RecordAccess::Authorize, Store::AppendAccessLog).
#include <memory>

#include "features/access_log/access_log_api.h"
#include "features/access_log/access_log_pages.h"
#include "features/access_log/access_log_service.h"
#include "features/feature_module.h"

namespace childrecord::features::access_log {

FeatureModule Module(AppContext& context) {
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<AccessLogService>(context.store, context.tenant.id);
  FeatureModule module{.name = "access_log"};
  AddEndpoints(module, AccessLogApiEndpoints(context, *service), service);
  AddEndpoints(module, AccessLogPageEndpoints(context, *service), service);
  return module;
}

}  // namespace childrecord::features::access_log
