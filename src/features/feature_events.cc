// Every feature's events, in the order of feature_list.h (record/projection.h AllFeatureEvents).
// Part of the pure rules library.
#include "features/feature_list.h"
#include "record/projection.h"

namespace childrecord {

#define CHILDRECORD_DECLARE_EVENTS(name) \
  namespace features::name {             \
  FeatureEvents Events();                \
  }
CHILDRECORD_FEATURES(CHILDRECORD_DECLARE_EVENTS)
#undef CHILDRECORD_DECLARE_EVENTS

const std::vector<FeatureEvents>& AllFeatureEvents() {
#define CHILDRECORD_LIST_EVENTS(name) features::name::Events(),
  static const auto* all = new std::vector<FeatureEvents>{CHILDRECORD_FEATURES(CHILDRECORD_LIST_EVENTS)};
#undef CHILDRECORD_LIST_EVENTS
  return *all;
}

}  // namespace childrecord
