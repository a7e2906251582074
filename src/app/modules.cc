#include "app/modules.h"

#include "features/feature_list.h"

namespace childrecord {

#define CHILDRECORD_DECLARE_MODULE(name)      \
  namespace features::name {                  \
  FeatureModule Module(AppContext& context);  \
  }
CHILDRECORD_FEATURES(CHILDRECORD_DECLARE_MODULE)
#undef CHILDRECORD_DECLARE_MODULE

std::vector<FeatureModule> BuildFeatureModules(AppContext& context) {
  std::vector<FeatureModule> modules;
#define CHILDRECORD_BUILD_MODULE(name) modules.push_back(features::name::Module(context));
  CHILDRECORD_FEATURES(CHILDRECORD_BUILD_MODULE)
#undef CHILDRECORD_BUILD_MODULE
  return modules;
}

}  // namespace childrecord
