#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "features/chronology/chronology_repository.h"
#include "features/chronology/chronology_views.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R20: the child's chronology — the use cases. Every call on a record decides access through
// RecordAccess::Authorize (so it is logged): reading is reading the case notes (kReadEntries, the
// chronology quotes them), adding and noting impacts is recording on the record (kRecordEntry).
// Thread safe; borrows `store` and `record_access`, which must outlive it.
class ChronologyService {
 public:
  ChronologyService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), items_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access) {}

  // The most a page holds, and the page the court's PDF reads at a time.
  static constexpr int64_t kPageSize = 100;

  // A page of the chronology (`limit` at most kPageSize) after `cursor`.
  Result<Page<ChronologyItem>> List(const Principal& who, const std::string& child_id, const ChronologyFilter& filter,
                                    const std::string& cursor, int64_t limit = kPageSize,
                                    const AccessContext& access = {});
  // Adds an item by hand (chronology_rules.h BuildChronologyItemAdded; every error at once): its reference.
  Result<std::string> Add(const Principal& who, const std::string& child_id, const Json& input,
                          const AccessContext& access = {});
  // Promotes one of the child's entries to the chronology (R20 "promote from any entry"): as Add,
  // with the entry as its source (kNotFound for an entry not on this record).
  Result<std::string> Promote(const Principal& who, const std::string& child_id, const std::string& entry_id,
                              const Json& input, const AccessContext& access = {});
  // Writes the impact on the child of the item `ref` (generated or added); kNotFound for a reference
  // that is not one of the record's items.
  Status NoteImpact(const Principal& who, const std::string& child_id, const std::string& ref, const Json& input,
                    const AccessContext& access = {});
  // The entry an item would be promoted from (for pre-filling the form), read as reading the entries.
  Result<ChronologyRepository::EntryFacts> EntryToPromote(const Principal& who, const std::string& child_id,
                                                          const std::string& entry_id,
                                                          const AccessContext& access = {});

  // The court's PDF of the whole chronology, oldest first (chronology_pdf.h). A read of the whole
  // record, logged as such. Streams: one page of items at a time.
  struct Pdf {
    std::string bytes;
    std::string filename;  // "chronology-<name>.pdf", ASCII
    int64_t events = 0;
  };
  Result<Pdf> CourtPdf(const Principal& who, const std::string& child_id, const AccessContext& access = {});

  // For other features (the Case Note Summary's due rule, R25): the generated items of the record
  // dated on or after `since`'s London date that count as a significant change — moves in and out
  // of the home, living arrangements and legal status, orders, significant entries (and plans when
  // their source is added). Decides and logs nothing: the caller has already been allowed to read
  // the record. Oldest first.
  Result<std::vector<ChronologyItem>> SignificantChangesSince(const std::string& child_id, TimePoint since);

 private:
  Store& store_;
  ChronologyRepository items_;
  const std::string tenant_id_;
  RecordAccess& record_access_;
};

}  // namespace childrecord
