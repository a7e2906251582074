// The genogram feature's part of the journal: none. Part of the pure rules library.
// R20: the genogram is derived at read time from the people feature's tables, never stored.
#include "record/projection.h"

namespace childrecord::features::genogram {

FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::genogram
