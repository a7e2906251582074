// The home feature's part of the journal: none. The home page only reads (R40, SPEC §4). Part of
// the pure rules library.
#include "record/projection.h"

namespace childrecord::features::home {

FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::home
