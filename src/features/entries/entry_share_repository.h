#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/entries/entry_views.h"
#include "features/people/sibling_rules.h"
#include "store/store.h"

namespace childrecord {

// Reads of brothers' and sisters' records and the entries shared with them (R32).
// Written only by appending events (Store::Append). Thread safe: each call takes its own
// connection from the store's pool. Borrows `store`, which must outlive it; cheap to make.
class EntryShareRepository {
 public:
  explicit EntryShareRepository(Store& store) : store_(store) {}

  // The records of a child's brothers and sisters (features/people/sibling_rules.h SiblingRecordsOf over the
  // child_people links: children sharing a person linked as a parent), by name. Excludes the
  // child. Says nothing about who may see them.
  Result<std::vector<SharedRecord>> SiblingRecords(const std::string& tenant_id, const std::string& child_id);
  // The records an entry was shared with (entry_shares), by name; empty when none.
  Result<std::vector<SharedRecord>> EntrySharedWith(const std::string& tenant_id, const std::string& entry_id);
  // Whether the entry was shared with `child_id`'s record.
  Result<bool> EntrySharedWithRecord(const std::string& tenant_id, const std::string& entry_id,
                                     const std::string& child_id);
  // Fills shared_from_child_id/name on the entries of `entries` not written on `child_id`'s own
  // record (those listed there because they were shared with it).
  Status MarkSharedFrom(const std::string& tenant_id, const std::string& child_id, std::vector<EntryView>& entries);

 private:
  Store& store_;
};

}  // namespace childrecord
