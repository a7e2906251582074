#pragma once

#include <string>

#include "core/canonical_json.h"
#include "core/result.h"
#include "http/request.h"
#include "store/store.h"

namespace childrecord {

// The use cases of the child's record: checks who may do what, validates with the pure rules
// in src/record, checks references against the store, and appends the events. HTTP handlers
// and the CLI call these; they hold no rules of their own. Thread safe.
class RecordService {
 public:
  RecordService(Store& store, std::string tenant_id) : store_(store), tenant_id_(std::move(tenant_id)) {}

  // R1: a First Contact user (or a manager or admin) accepts a referral; the record opens.
  Result<ChildRecord> OpenRecord(const Principal& who, const Json& input);

  // Records an entry on a child's record (R15, R21, R26, R28).
  Result<EntryView> RecordEntry(const Principal& who, const std::string& child_id, const Json& input);

  Result<Page<ChildListItem>> SearchChildren(const Principal& who, const std::string& query, int limit,
                                             const std::string& cursor);
  Result<ChildRecord> GetChild(const Principal& who, const std::string& child_id);
  Result<std::vector<LinkedPerson>> ListPeople(const Principal& who, const std::string& child_id);
  Result<Page<EntryView>> ListEntries(const Principal& who, const std::string& child_id, int limit,
                                      const std::string& cursor);
  Result<EntryView> GetEntry(const Principal& who, const std::string& entry_id);

 private:
  Store& store_;
  std::string tenant_id_;
};

}  // namespace childrecord
