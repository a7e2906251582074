// R24, R20: the child's plan and its reviews, as one feature module (features/feature_list.h).
#include <memory>
#include <stdexcept>

#include "data/calendar_data.h"
#include "features/feature_module.h"
#include "features/plan/plan_api.h"
#include "features/plan/plan_overview.h"
#include "features/plan/plan_pages.h"
#include "features/plan/plan_service.h"

namespace childrecord::features::plan {

FeatureModule Module(AppContext& context) {
  // England's working days, read once at start (R24: a child in care's first review within 20
  // working days). Without the council's file (a test application with no data folder) only
  // weekends are non-working days, and the log says so.
  // The council's bank holidays (R24's 20 working days): a file that cannot be read stops the
  // start, naming it, as it does for the assessment's timescale (docs/operations.md).
  auto read = ReadWorkingDayCalendar(context.config.data_dir);
  if (!read.ok()) throw std::runtime_error(read.error().message);
  std::shared_ptr<const WorkingDayCalendar> calendar = *read;
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service = std::make_shared<PlanService>(context.store, context.tenant.id, context.record_access, calendar);
  FeatureModule module{.name = "plan"};
  AddEndpoints(module, PlanApiEndpoints(context, *service), service);
  AddEndpoints(module, PlanPageEndpoints(context, *service), service);
  module.openapi_schemas = PlanOpenApiSchemas();
  module.overview_sections = PlanOverviewSections(service);
  return module;
}

}  // namespace childrecord::features::plan
