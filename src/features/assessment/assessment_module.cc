// R20, R23, R27, R37, R38: the Child and Family Assessment, as one feature module
// (features/feature_list.h).
#include <memory>
#include <stdexcept>

#include "data/calendar_data.h"
#include "features/assessment/assessment_api.h"
#include "features/assessment/assessment_pages.h"
#include "features/assessment/assessment_service.h"
#include "features/feature_module.h"

namespace childrecord::features::assessment {

FeatureModule Module(AppContext& context) {
  // England's working days, read once at start (R20's 45 working days); a council edits the file
  // and restarts the service.
  auto calendar = ReadWorkingDayCalendar(context.config.data_dir);
  if (!calendar.ok()) throw std::runtime_error(calendar.error().message);
  // The service lives as long as the handlers that hold it (the application's lifetime).
  auto service =
      std::make_shared<AssessmentService>(context.store, context.tenant.id, context.record_access, *calendar);
  FeatureModule module{.name = "assessment"};
  AddEndpoints(module, AssessmentApiEndpoints(context, *service), service);
  AddEndpoints(module, AssessmentPageEndpoints(context, *service), service);
  AddEndpoints(module, AssessmentFormEndpoints(context, *service), service);
  module.openapi_schemas = AssessmentOpenApiSchemas();
  module.overview_sections = AssessmentOverviewSections(service);
  return module;
}

}  // namespace childrecord::features::assessment
