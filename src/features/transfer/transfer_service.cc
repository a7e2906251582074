#include "features/transfer/transfer_service.h"

#include <algorithm>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/children/child_repository.h"
#include "features/documents/document_repository.h"
#include "features/entries/entry_repository.h"
#include "features/identity/identity_repository.h"
#include "features/people/people_repository.h"
#include "features/transfer/transfer_events.h"
#include "features/transfer/transfer_rules.h"

namespace childrecord {

Result<TransferView> TransferService::Record(const Principal& who, const std::string& child_id, const Json& input,
                                             const AccessContext& access) {
  // Sending a copy reads the record (the copy is of its case notes), so it is decided as reading
  // entries: records officers, who handle transfers (SPEC §4), do so with a stated reason, logged.
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadEntries, access, "transfer"));
  if (!MayRecordTransfer(who.user.role)) {
    return Error::Forbidden(
        "Only a team manager, senior manager or records officer can record a transfer of the record to an adoption "
        "agency");
  }
  const std::string transfer_id = NewId();
  CR_ASSIGN_OR_RETURN(Json payload, BuildRecordTransferred(input, child_id, transfer_id, store_.clock().Now()));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kChildRecordTransferred, std::move(payload)}}));
  return transfers_.Get(tenant_id_, transfer_id);
}

Result<std::vector<TransferView>> TransferService::List(const Principal& who, const std::string& child_id,
                                                        const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadOverview, access, "transfers"));
  return transfers_.List(tenant_id_, child_id);
}

Result<TransferCopy> TransferService::GetCopy(const Principal& who, const std::string& transfer_id,
                                              const AccessContext& access) {
  auto transfer = transfers_.Get(tenant_id_, transfer_id);
  if (!transfer.ok()) return transfer.error();
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, transfer->child_id, AccessAction::kReadEntries, access,
                                              "transfer copy " + transfer_id));
  TransferCopy copy;
  copy.transfer = *transfer;
  const std::string& child_id = transfer->child_id;
  Json parts = Json::parse(transfer->parts, nullptr, false);
  if (parts.is_array()) {
    for (const Json& p : parts) {
      if (p.is_string()) copy.parts.push_back(p.get<std::string>());
    }
  }
  auto has = [&](const char* part) {
    return std::find(copy.parts.begin(), copy.parts.end(), part) != copy.parts.end();
  };
  CR_ASSIGN_OR_RETURN(copy.child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  if (has("identity")) {
    CR_ASSIGN_OR_RETURN(ChildIdentityRow row, IdentityRepository(store_).ChildIdentity(tenant_id_, child_id));
    copy.identity = std::move(row);
    CR_ASSIGN_OR_RETURN(copy.identity_history, IdentityRepository(store_).IdentityHistory(tenant_id_, child_id));
  }
  if (has("people")) {
    CR_ASSIGN_OR_RETURN(copy.people, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  }
  if (has("living")) {
    CR_ASSIGN_OR_RETURN(copy.living, IdentityRepository(store_).LivingArrangements(tenant_id_, child_id));
  }
  if (has("documents")) {
    CR_ASSIGN_OR_RETURN(copy.documents, DocumentRepository(store_).ListDocuments(tenant_id_, child_id));
  }
  if (has("entries")) {
    const auto from = ParseIsoDate(transfer->entries_from);
    const auto to = ParseIsoDate(transfer->entries_to);
    const auto sent_on = ParseIsoDate(transfer->sent_on);
    const auto transfer_recorded = ParseRfc3339(transfer->recorded_at);
    if (!sent_on || !transfer_recorded) return Error::Internal("The transfer's dates cannot be read");
    std::string cursor;
    do {
      CR_ASSIGN_OR_RETURN(Page<EntryView> page, EntryRepository(store_).ListEntries(tenant_id_, child_id, 200, cursor));
      for (EntryView& e : page.items) {
        // Only the child's own entries (not those shared from a brother's or sister's record).
        if (e.child_id != child_id || !e.shared_from_child_id.empty()) continue;
        auto occurred = ParseRfc3339(e.occurred_at);
        auto recorded = ParseRfc3339(e.recorded_at);
        if (!occurred || !recorded) continue;
        if (EntryWasSent(*occurred, *recorded, *sent_on, *transfer_recorded, from, to)) copy.entries.push_back(std::move(e));
      }
      cursor = page.next;
    } while (!cursor.empty());
    std::reverse(copy.entries.begin(), copy.entries.end());
  }
  return copy;
}

}  // namespace childrecord
