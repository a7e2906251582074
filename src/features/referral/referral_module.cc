// R1: the First Contact Team accepts a referral in the pages, having first been shown the records
// that may be the same child, as one feature module (features/feature_list.h).
#include <memory>

#include "features/feature_module.h"
#include "features/referral/referral_pages.h"
#include "features/referral/referral_service.h"

namespace childrecord::features::referral {

FeatureModule Module(AppContext& context) {
  // The services live as long as the handlers that hold them (the application's lifetime).
  auto service = std::make_shared<ReferralService>(context.store, context.tenant.id, context.record_access);
  FeatureModule module{.name = "referral"};
  AddEndpoints(module, ReferralPageEndpoints(context, *service), service);
  module.overview_sections = ReferralOverviewSections();
  return module;
}

}  // namespace childrecord::features::referral
