// The people's events (person.added, child.person_linked, the link changes, family time, private
// providers) are projected with the record's own tables (record/people_projection.cc): opening a
// record and a visit's key changes (R18) write them as well as the People pages.
#include "record/projection.h"

namespace childrecord::features::people {

// The feature's part of the journal (record/projection.h FeatureEvents): none of its own.
FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::people
