// The staff and teams of the authority (team.created, user.added and the account changes) are
// projected with the record's own tables (record/projection.cc): every other table joins them,
// and the journal's own checks are written against them. Accounts add no events of their own.
#include "record/projection.h"

namespace childrecord::features::accounts {

// The feature's part of the journal (record/projection.h FeatureEvents): none.
FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::accounts
