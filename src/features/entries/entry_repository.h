#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "features/entries/entry_views.h"
#include "record/read_models.h"
#include "store/store.h"

namespace childrecord {

// A child's entries, their own and those shared from a brother's or sister's record (R32), and
// every version of an entry (R29, R30).
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`, which
// must outlive it; cheap to make.
class EntryRepository {
 public:
  explicit EntryRepository(Store& store) : store_(store) {}

  // Entries newest first.
  Result<Page<EntryView>> ListEntries(const std::string& tenant_id, const std::string& child_id, int limit,
                                      const std::string& cursor);
  Result<EntryView> GetEntry(const std::string& tenant_id, const std::string& entry_id);
  // Every version of an entry, oldest first (R29/R30).
  Result<std::vector<EntryVersionView>> ListEntryVersions(const std::string& tenant_id, const std::string& entry_id);

 private:
  Store& store_;
};

}  // namespace childrecord
