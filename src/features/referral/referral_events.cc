// The referral feature's part of the journal: none of its own. Accepting a referral writes the
// children feature's child.record_opened (and the identity feature's child.identity_changed for an
// NHS number given with it), or the closure feature's child.record_reopened. Part of the pure rules
// library.
#include "record/projection.h"

namespace childrecord::features::referral {

FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::referral
