#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::events {

// R17: a copy of all or part of the record sent to an adoption agency (transfer_rules.h):
// {transfer_id, child_id, agency, agency_contact|null, sent_on, method, parts, entries_from|null,
// entries_to|null, reason}.
inline constexpr char kChildRecordTransferred[] = "child.record_transferred";

}  // namespace childrecord::events

namespace childrecord::features::transfer {

// The projected table of the written records of transfers (migration 0013_record_transfers.sql).
inline constexpr char kTransfersTable[] = "record_transfers";

// child.record_transferred → one record_transfers row. Pure; kInternal for a malformed payload.
Result<std::vector<Mutation>> ProjectTransferEvent(const JournalEvent& event);

}  // namespace childrecord::features::transfer
