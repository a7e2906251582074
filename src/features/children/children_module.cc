// The children's records as one feature module (features/feature_list.h): opening a record (R1,
// children_events.cc, the row every other feature reads) and the record's Overview.
#include "features/children/children_pages.h"
#include "features/feature_module.h"

namespace childrecord::features::children {

FeatureModule Module(AppContext& context) {
  FeatureModule module{.name = "children"};
  AddEndpoints(module, ChildPageEndpoints(context));
  return module;
}

}  // namespace childrecord::features::children
