// The search feature's part of the journal: none. Part of the pure rules library.
//
// The search index is not a projection. Each backend derives it from the projected tables
// `children` and `entries` by itself (migration 0010: SQLite FTS5 tables kept by triggers on
// those tables, PostgreSQL generated tsvector columns), so it is written in the same transaction
// as the projection that changed them and no projector, store hook or service writes it. It is
// therefore in no FeatureEvents table list: ProjectedTables() does not name it and verify
// neither reads nor compares it (docs/architecture.md "The search index").
#include "record/projection.h"

namespace childrecord::features::search {

FeatureEvents Events() { return FeatureEvents{{}, nullptr, {}}; }

}  // namespace childrecord::features::search
