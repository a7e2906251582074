// EntryShareRepository: brothers' and sisters' records and the entries shared with them (R32).
#include "features/entries/entry_share_repository.h"

#include <algorithm>
#include <map>
#include <optional>

#include "features/people/child_person_link_rows.h"
#include "features/people/sibling_rules.h"

namespace childrecord {

// A record shared with, read by the columns its description names (store/described_rows.h); the
// description gives only each field's column: the API spells a shared record's JSON itself.
const fields::Description<SharedRecord>& Describe(const SharedRecord*) {
  static const fields::Description<SharedRecord> description = {
      {"child_id", "s.child_id", &SharedRecord::child_id},
      {"full_name", "c.full_name", &SharedRecord::full_name},
  };
  return description;
}

namespace {

// The full name of a child's record, or nothing when there is no such record.
Result<std::optional<std::string>> FullNameOf(Connection& db, const std::string& tenant_id,
                                              const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db.Query("SELECT full_name FROM children WHERE tenant_id = ? AND id = ?", {tenant_id, child_id}));
  if (rows.empty()) return std::optional<std::string>();
  return std::optional<std::string>(AsText(rows[0][0]));
}

}  // namespace

Result<std::vector<SharedRecord>> EntryShareRepository::SiblingRecords(const std::string& tenant_id,
                                                                       const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  // Every link of every person linked to this child: enough for SiblingRecordsOf to find the
  // children who share a parent with them (the relationship rule itself stays in record/).
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<ChildPersonLink>() +
                                    " FROM child_people l WHERE l.tenant_id = ? AND l.person_id IN (SELECT m.person_id "
                                    "FROM child_people m WHERE m.tenant_id = ? AND m.child_id = ?)",
                                {tenant_id, tenant_id, child_id}));
  std::vector<ChildPersonLink> links;
  for (const auto& r : rows) links.push_back(ReadRow<ChildPersonLink>(r));
  std::vector<SharedRecord> out;
  for (const std::string& id : SiblingRecordsOf(child_id, links)) {
    CR_ASSIGN_OR_RETURN(std::optional<std::string> name, FullNameOf(*db, tenant_id, id));
    if (name) out.push_back({id, std::move(*name)});
  }
  std::sort(out.begin(), out.end(), [](const SharedRecord& a, const SharedRecord& b) {
    return a.full_name != b.full_name ? a.full_name < b.full_name : a.child_id < b.child_id;
  });
  return out;
}

Result<std::vector<SharedRecord>> EntryShareRepository::EntrySharedWith(const std::string& tenant_id,
                                                                        const std::string& entry_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows,
                      db->Query("SELECT " + fields::SelectList<SharedRecord>() +
                                    " FROM entry_shares s LEFT JOIN children c ON "
                                    "c.tenant_id = s.tenant_id AND c.id = s.child_id WHERE s.tenant_id = ? AND "
                                    "s.entry_id = ? ORDER BY c.full_name, s.child_id",
                                {tenant_id, entry_id}));
  std::vector<SharedRecord> out;
  for (const auto& r : rows) out.push_back(ReadRow<SharedRecord>(r));
  return out;
}

Result<bool> EntryShareRepository::EntrySharedWithRecord(const std::string& tenant_id, const std::string& entry_id,
                                                         const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT 1 FROM entry_shares WHERE tenant_id = ? AND entry_id = ? AND "
                                              "child_id = ?",
                                              {tenant_id, entry_id, child_id}));
  return !rows.empty();
}

Status EntryShareRepository::MarkSharedFrom(const std::string& tenant_id, const std::string& child_id,
                                            std::vector<EntryView>& entries) {
  std::map<std::string, std::string> names;  // the records they were written on
  for (const EntryView& e : entries) {
    if (e.child_id != child_id) names[e.child_id];
  }
  if (names.empty()) return Status::Ok();
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  for (auto& [id, name] : names) {
    CR_ASSIGN_OR_RETURN(std::optional<std::string> found, FullNameOf(*db, tenant_id, id));
    name = found.value_or("");
  }
  for (EntryView& e : entries) {
    if (e.child_id == child_id) continue;
    e.shared_from_child_id = e.child_id;
    e.shared_from_name = names[e.child_id];
  }
  return Status::Ok();
}

}  // namespace childrecord
