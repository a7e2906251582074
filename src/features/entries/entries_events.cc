// Entries' events (entry.recorded, entry.amended and the shares with brothers' and sisters'
// records) are projected with the record's own tables (record/projection.cc): the record's
// Overview, its Entries tab, search and other features all read them.
#include "record/projection.h"

namespace childrecord::features::entries {

// The feature's part of the journal (record/projection.h FeatureEvents): none of its own.
FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::entries
