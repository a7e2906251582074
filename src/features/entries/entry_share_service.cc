// EntryService: brothers' and sisters' records and entries shared with them (R32).
#include <map>
#include <set>

#include "core/ids.h"
#include "features/entries/entry_repository.h"
#include "features/entries/entry_service.h"
#include "features/entries/entry_share_repository.h"
#include "features/people/sibling_rules.h"

namespace childrecord {

Result<Json> EntryService::CheckSharedWith(const Principal& who, const std::string& child_id, const Json& input,
                                           const AccessContext& access, const std::string& entry_id) {
  Json out = Json::array();
  if (!input.is_object()) return out;
  auto it = input.find("shared_with");
  if (it == input.end() || it->is_null()) return out;
  if (!it->is_array()) {
    return Error::Validation("shared_with", "Give the brothers' and sisters' records as a list of record ids");
  }
  std::vector<std::string> chosen;
  for (size_t i = 0; i < it->size(); ++i) {
    const Json& id = (*it)[i];
    if (!id.is_string()) {
      return Error::Validation("shared_with[" + std::to_string(i) + "]", "Each record must be given by its id");
    }
    chosen.push_back(id.get<std::string>());
  }
  if (chosen.empty()) return out;
  CR_ASSIGN_OR_RETURN(std::vector<SharedRecord> siblings,
                      EntryShareRepository(store_).SiblingRecords(tenant_id_, child_id));
  std::set<std::string> sibling_ids;
  for (const auto& s : siblings) sibling_ids.insert(s.child_id);
  CR_RETURN_IF_ERROR(CheckSharedWithSiblings(child_id, chosen, sibling_ids));
  for (size_t i = 0; i < chosen.size(); ++i) {
    // Sharing writes on the sibling's record, so it needs recording access there too (logged
    // against that record, with the entry's id).
    Status allowed =
        record_access_.Authorize(who, chosen[i], AccessAction::kRecordEntry, access, "shared entry " + entry_id);
    if (!allowed.ok()) {
      if (allowed.error().code == ErrorCode::kValidation) return allowed.error();
      return Error::Validation(
          "shared_with[" + std::to_string(i) + "]",
          "You cannot record on the record " + chosen[i] + ", so the entry cannot be shared with it");
    }
    out.push_back(chosen[i]);
  }
  return out;
}

Result<std::vector<SharedRecord>> EntryService::SiblingRecordsToShare(const Principal& who, const std::string& child_id,
                                                                      const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "sibling records"));
  CR_ASSIGN_OR_RETURN(std::vector<SharedRecord> siblings,
                      EntryShareRepository(store_).SiblingRecords(tenant_id_, child_id));
  std::vector<SharedRecord> out;
  for (auto& s : siblings) {
    CR_ASSIGN_OR_RETURN(ChildAccessFacts facts, store_.GetChildAccess(tenant_id_, s.child_id));
    // Only records the caller could record on without a reason: offering one that would then be
    // refused (or that is restricted from them) would be a trap, and would leak its name.
    if (DecideRecordAccess(who.user, AccessAction::kRecordEntry, facts, false) == AccessDecision::kAllowed) {
      out.push_back(std::move(s));
    }
  }
  return out;
}

Result<EntryView> EntryService::GetEntryOn(const Principal& who, const std::string& entry_id,
                                           const std::string& record_id, const AccessContext& access) {
  if (record_id.empty()) return GetEntry(who, entry_id, access);
  if (!IsWellFormedId(entry_id) || !IsWellFormedId(record_id)) {
    return Error::NotFound("There is no entry with that id");
  }
  CR_ASSIGN_OR_RETURN(EntryView entry, EntryRepository(store_).GetEntry(tenant_id_, entry_id));
  if (entry.child_id == record_id) return GetEntry(who, entry_id, access);
  // Opened from a brother's or sister's record: what that record's readers may see is exactly
  // what was shared with it, decided (and logged) on that record, not on the one it came from.
  CR_ASSIGN_OR_RETURN(bool shared, EntryShareRepository(store_).EntrySharedWithRecord(tenant_id_, entry_id, record_id));
  if (!shared) return Error::NotFound("There is no entry with that id on this record");
  Status allowed = record_access_.Authorize(who, record_id, AccessAction::kReadEntries, access, entry_id);
  if (!allowed.ok()) {
    if (allowed.error().code == ErrorCode::kNotFound) return Error::NotFound("There is no entry with that id");
    return allowed.error();
  }
  std::vector<EntryView> one{entry};
  CR_RETURN_IF_ERROR(EntryShareRepository(store_).MarkSharedFrom(tenant_id_, record_id, one));
  CR_RETURN_IF_ERROR(HideRestrictedSources(who, one));
  return one.front();
}

Result<bool> EntryService::MayKnowRecord(const Principal& who, const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(ChildAccessFacts facts, store_.GetChildAccess(tenant_id_, child_id));
  return MaySeeRestricted(who.user, facts);
}

Status EntryService::HideRestrictedSources(const Principal& who, std::vector<EntryView>& entries) {
  std::map<std::string, bool> known;  // per source record, asked once
  for (EntryView& e : entries) {
    if (e.shared_from_child_id.empty()) continue;
    auto it = known.find(e.shared_from_child_id);
    if (it == known.end()) {
      CR_ASSIGN_OR_RETURN(bool may, MayKnowRecord(who, e.shared_from_child_id));
      it = known.emplace(e.shared_from_child_id, may).first;
    }
    if (it->second) continue;
    e.shared_from_hidden = true;
    e.shared_from_name.clear();
    e.child_id.clear();
  }
  return Status::Ok();
}

Result<std::vector<EntryVersionView>> EntryService::ListEntryVersionsOn(const Principal& who,
                                                                        const std::string& entry_id,
                                                                        const std::string& record_id,
                                                                        const AccessContext& access) {
  CR_RETURN_IF_ERROR(GetEntryOn(who, entry_id, record_id, access));
  return EntryRepository(store_).ListEntryVersions(tenant_id_, entry_id);
}

Result<std::vector<SharedRecord>> EntryService::EntrySharedWith(const Principal& who, const std::string& entry_id,
                                                                const AccessContext& access) {
  CR_RETURN_IF_ERROR(GetEntry(who, entry_id, access));
  return EntryShareRepository(store_).EntrySharedWith(tenant_id_, entry_id);
}

Result<EntryService::EntryWithHistory> EntryService::GetEntryWithHistory(const Principal& who,
                                                                         const std::string& entry_id,
                                                                         const std::string& record_id,
                                                                         const AccessContext& access) {
  EntryWithHistory out;
  CR_ASSIGN_OR_RETURN(out.entry, GetEntryOn(who, entry_id, record_id, access));
  CR_ASSIGN_OR_RETURN(out.versions, EntryRepository(store_).ListEntryVersions(tenant_id_, entry_id));
  // A sibling's reader sees that the entry came from another record, not where else it went.
  if (out.entry.shared_from_child_id.empty()) {
    CR_ASSIGN_OR_RETURN(out.shared_with, EntryShareRepository(store_).EntrySharedWith(tenant_id_, entry_id));
    // Nor the name of a brother's or sister's record restricted to others.
    for (SharedRecord& s : out.shared_with) {
      CR_ASSIGN_OR_RETURN(bool may, MayKnowRecord(who, s.child_id));
      if (!may) s = SharedRecord{"", "another record"};
    }
  }
  return out;
}

}  // namespace childrecord
