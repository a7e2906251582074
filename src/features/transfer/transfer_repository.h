#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "features/transfer/transfer_views.h"
#include "store/store.h"

namespace childrecord {

// R17 in the database: the record_transfers table projected from child.record_transferred
// (transfer_events.cc). Reads only; transfers are written by appending the event.
// Thread safe: each call takes its own connection from the store's pool. Borrows `store`.
class TransferRepository {
 public:
  explicit TransferRepository(Store& store) : store_(store) {}

  // The child's transfers, newest first (by when they were recorded). Uses the index
  // record_transfers_child.
  Result<std::vector<TransferView>> List(const std::string& tenant_id, const std::string& child_id);
  // One transfer, by its primary key; kNotFound if none.
  Result<TransferView> Get(const std::string& tenant_id, const std::string& transfer_id);

 private:
  Store& store_;
};

}  // namespace childrecord
