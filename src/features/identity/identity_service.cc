// IdentityService: the child's identity (R2) and living arrangements (R4, R8).
#include "features/identity/identity_service.h"

#include <algorithm>

#include "features/documents/document_repository.h"
#include "features/identity/identity_events.h"
#include "features/identity/identity_repository.h"
#include "features/identity/identity_rules.h"
#include "features/people/household_rules.h"

namespace childrecord {
namespace {

// The payload a projected identity change came from (the shape IdentityAsAt reads).
Json IdentityPayload(const IdentityChangeView& change) {
  Json changes = Json::parse(change.changes, nullptr, false);
  return Json{{"child_id", change.child_id},
              {"effective_from", change.effective_from},
              {"reason", change.reason.empty() ? Json(nullptr) : Json(change.reason)},
              {"changes", changes.is_discarded() ? Json::object() : changes}};
}

Json LivingPayload(const LivingArrangementView& a) { return Json{{"id", a.id}, {"effective_from", a.effective_from}}; }

}  // namespace

Identity IdentityOn(const std::vector<IdentityChangeView>& history, const ChildIdentityRow& row, Date as_at) {
  std::vector<Json> payloads;
  for (const auto& change : history) payloads.push_back(IdentityPayload(change));
  Identity identity = IdentityAsAt(payloads, as_at);
  auto opened = [&](const char* field, const std::string& value) {
    if (value.empty() || identity.details.count(field)) return;
    identity.details[field] = IdentityDetail{Json(value), Json(nullptr), ""};
  };
  opened("full_name", row.opened_full_name);
  opened("date_of_birth", row.opened_date_of_birth);
  opened("local_child_id", row.opened_local_child_id);
  return identity;
}

Result<IdentityAnswer> IdentityService::ChangeIdentity(const Principal& who, const std::string& child_id,
                                                       const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "identity change"));
  const TimePoint now = store_.clock().Now();
  CR_ASSIGN_OR_RETURN(Json payload, BuildIdentityChanged(input, child_id, now));
  // The record always has a local child id (it is how the council finds the child): it can be
  // replaced but not removed.
  if (payload["changes"].contains("local_child_id") && payload["changes"]["local_child_id"]["value"].is_null()) {
    return Error::Validation("changes.local_child_id.value", "Enter the new local child id (it cannot be removed)");
  }
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kIdentityChanged, std::move(payload)}}));
  CR_ASSIGN_OR_RETURN(ChildIdentityRow row, IdentityRepository(store_).ChildIdentity(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(auto history, IdentityRepository(store_).IdentityHistory(tenant_id_, child_id));
  const Date today = LondonDate(now);
  return IdentityAnswer{child_id, today, IdentityOn(history, row, today), std::move(history)};
}

Result<IdentityAnswer> IdentityService::GetIdentity(const Principal& who, const std::string& child_id, Date as_at,
                                                    const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadOverview, access, "identity"));
  CR_ASSIGN_OR_RETURN(ChildIdentityRow row, IdentityRepository(store_).ChildIdentity(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(auto history, IdentityRepository(store_).IdentityHistory(tenant_id_, child_id));
  return IdentityAnswer{child_id, as_at, IdentityOn(history, row, as_at), std::move(history)};
}

Result<LivingAnswer> IdentityService::RecordLivingArrangement(const Principal& who, const std::string& child_id,
                                                              const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "living arrangement"));
  CR_ASSIGN_OR_RETURN(Json payload, BuildLivingArrangement(input, child_id, store_.clock().Now()));
  // R8: the order named by its document must be a document on this child's record.
  if (payload["order"].is_object() && payload["order"].contains("document_id")) {
    auto document =
        DocumentRepository(store_).GetDocument(tenant_id_, payload["order"]["document_id"].get<std::string>());
    if (!document.ok() || document->child_id != child_id) {
      return Error::Validation("order.document_id", "Choose the order from this child's documents");
    }
  }
  CR_RETURN_IF_ERROR(
      store_.Append(tenant_id_, who.user.id, {{events::kLivingArrangementRecorded, std::move(payload)}}));
  return LivingOf(child_id);
}

Result<LivingAnswer> IdentityService::ListLivingArrangements(const Principal& who, const std::string& child_id,
                                                             const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kReadOverview, access, "living arrangements"));
  return LivingOf(child_id);
}

Result<LivingAnswer> IdentityService::LivingOf(const std::string& child_id) {
  CR_ASSIGN_OR_RETURN(auto recorded, IdentityRepository(store_).LivingArrangements(tenant_id_, child_id));
  std::vector<Json> payloads;
  for (const auto& a : recorded) payloads.push_back(LivingPayload(a));
  LivingAnswer answer{child_id, std::nullopt, {}};
  if (auto current = LivingArrangementAsAt(payloads, LondonDate(store_.clock().Now()))) {
    for (const auto& a : recorded) {
      if (a.id == (*current)["id"]) answer.current = a;
    }
  }
  // Newest first: the latest effective_from, and of two from the same date the later recorded.
  answer.history = std::move(recorded);
  std::stable_sort(answer.history.begin(), answer.history.end(),
                   [](const LivingArrangementView& a, const LivingArrangementView& b) {
                     return a.effective_from != b.effective_from ? a.effective_from > b.effective_from : a.id > b.id;
                   });
  return answer;
}

}  // namespace childrecord
