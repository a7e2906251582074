#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/transfer/transfer_repository.h"
#include "features/transfer/transfer_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R17: transfer of a copy of the record to an adoption agency — the use cases. Every call
// decides access through RecordAccess::Authorize (so it is logged like any read of the record).
// Thread safe; borrows `store` and `record_access`, which must outlive it.
class TransferService {
 public:
  TransferService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), transfers_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // Records the written record of a copy sent to an adoption agency (BuildRecordTransferred; errors
  // name the field). kReadEntries on the record first, then only a team manager, senior manager or
  // records officer (MayRecordTransfer) may: others kForbidden.
  Result<TransferView> Record(const Principal& who, const std::string& child_id, const Json& input,
                              const AccessContext& access = {});
  // The child's transfers, newest first (kReadOverview).
  Result<std::vector<TransferView>> List(const Principal& who, const std::string& child_id,
                                         const AccessContext& access = {});
  // The copy that was sent, gathered again from the record: only the parts chosen, entries only
  // those of the child's own record within entries_from/to (by the London date they happened) and
  // recorded at or before the transfer was. kReadEntries on the child, logged as "transfer copy <id>".
  Result<TransferCopy> GetCopy(const Principal& who, const std::string& transfer_id, const AccessContext& access = {});

 private:
  Store& store_;
  TransferRepository transfers_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
