#pragma once

#include <cstdint>
#include <string>

#include "core/result.h"
#include "features/chronology/chronology_sources.h"
#include "features/chronology/chronology_views.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// R20 in the database: the chronology as the sources (chronology_sources.h) give it, merged into one
// order and paged by keyset, with the practitioners' impact notes (chronology_impacts). Reads only;
// items and notes are added by appending events (chronology_events.h). Thread safe: each call takes
// its own connection from the store's pool. Borrows `store`, which must outlive it; cheap to make.
class ChronologyRepository {
 public:
  explicit ChronologyRepository(Store& store) : store_(store) {}

  // A page of at most `limit` items after `cursor` (a `next` of an earlier page with the same
  // filter; kBadRequest "cursor" for any other), in the filter's order. Every query is by child
  // through an index, and none reads more than `limit` + 1 rows of a source that can grow large, so
  // a page of a chronology of thousands costs what a page of a short one does.
  Result<Page<ChronologyItem>> List(const std::string& tenant_id, const std::string& child_id,
                                    const ChronologyFilter& filter, const std::string& cursor, int64_t limit);

  // Whether `ref` names an item of the child's chronology (by its table's key); kNotFound otherwise.
  Status CheckItem(const std::string& tenant_id, const std::string& child_id, const std::string& ref);

  // The entry's child, title and when it happened, for promoting it (kNotFound when it is not the
  // child's entry).
  struct EntryFacts {
    std::string title = {};
    std::string occurred_at = {};
  };
  Result<EntryFacts> Entry(const std::string& tenant_id, const std::string& child_id, const std::string& entry_id);

 private:
  Store& store_;
};

}  // namespace childrecord
