// The compliance feature journals nothing: its findings are computed when read (SPEC §2 principle
// 3, soft rules are never stored).
#include "record/projection.h"

namespace childrecord::features::compliance {

FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::compliance
