// Every feature's events (record/projection.h AllFeatureEvents). Part of the pure rules library.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "features/feature_list.h"
#include "record/projection.h"

namespace childrecord {

#define CHILDRECORD_DECLARE_EVENTS(name) \
  namespace features::name {             \
  FeatureEvents Events();                \
  }
CHILDRECORD_FEATURES(CHILDRECORD_DECLARE_EVENTS)
#undef CHILDRECORD_DECLARE_EVENTS

namespace {

struct ListedFeature {
  std::string_view name;
  FeatureEvents (*events)();
};

#define CHILDRECORD_LIST_EVENTS(name) ListedFeature{#name, &features::name::Events},
constexpr ListedFeature kListedFeatures[] = {CHILDRECORD_FEATURES(CHILDRECORD_LIST_EVENTS)};
#undef CHILDRECORD_LIST_EVENTS

// The features whose tables verify checks first, in this order, right after the record's own
// `teams`: the staff (`users`) and the entries (`entries`, `entry_versions`, `entry_shares`), which
// the other features' tables refer to. verify reports the first problem in ProjectedTables()
// order, so this keeps the report it gave when record/ projected these tables itself.
constexpr std::string_view kCheckedFirst[] = {"accounts", "entries"};

}  // namespace

const std::vector<FeatureEvents>& AllFeatureEvents() {
  static const auto* all = [] {
    auto* out = new std::vector<FeatureEvents>;
    for (std::string_view first : kCheckedFirst) {
      for (const ListedFeature& feature : kListedFeatures) {
        if (feature.name == first) out->push_back(feature.events());
      }
    }
    for (const ListedFeature& feature : kListedFeatures) {
      if (std::find(std::begin(kCheckedFirst), std::end(kCheckedFirst), feature.name) == std::end(kCheckedFirst)) {
        out->push_back(feature.events());
      }
    }
    return out;
  }();
  return *all;
}

}  // namespace childrecord
