// The access log has no events of its own in the journal: its rows are a hash chain of their
// own (audit/access_log_entry.h), appended by Store::AppendAccessLog and walked by verify.
#include "record/projection.h"

namespace childrecord::features::access_log {

// The feature's part of the journal (record/projection.h FeatureEvents): none.
FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::access_log
