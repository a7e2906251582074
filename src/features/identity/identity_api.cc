#include "features/identity/identity_api.h"

#include "api/api_support.h"
#include "core/time_format.h"
#include "features/people/household_rules.h"
#include "http/error_response.h"

namespace childrecord::features::identity {
namespace {

Json CodeLabel(const std::vector<LabelledCode>& list, const std::string& code) {
  const LabelledCode* found = FindCode(list, code);
  return found ? Json(found->label) : Json(code);
}

}  // namespace

Json IdentityAnswerJson(const IdentityAnswer& answer) {
  Json identity = Json::object();
  for (const auto& [field, detail] : answer.identity.details) {
    identity[field] = {{"value", detail.value},
                       {"evidence", detail.evidence},
                       // null: as the record was opened, before any dated change
                       {"effective_from", NullIfEmpty(detail.effective_from)}};
  }
  Json history = Json::array();
  for (const auto& change : answer.history) {
    Json changes = Json::parse(change.changes, nullptr, false);
    history.push_back({{"id", change.id},
                       {"effective_from", change.effective_from},
                       {"reason", NullIfEmpty(change.reason)},
                       {"changes", changes.is_discarded() ? Json::object() : changes},
                       {"recorded_at", LondonTime(change.recorded_at)},
                       {"recorded_by", change.recorded_by_name}});
  }
  return Json{{"child_id", answer.child_id},
              {"as_at", FormatIsoDate(answer.as_at)},
              {"identity", identity},
              {"history", history}};
}

Json LivingArrangementJson(const LivingArrangementView& a) {
  const LabelledCode* status = FindCode(LegalStatuses(), a.legal_status);
  Json order = nullptr;
  if (!a.order_made_on.empty() || !a.order_court.empty()) {
    order = {{"made_on", NullIfEmpty(a.order_made_on)},
             {"court", NullIfEmpty(a.order_court)},
             {"document_id", NullIfEmpty(a.order_document_id)}};
  }
  return Json{{"id", a.id},
              {"effective_from", a.effective_from},
              {"place_kind", a.place_kind},
              {"place_kind_label", CodeLabel(LivingPlaceKinds(), a.place_kind)},
              {"place", NullIfEmpty(a.place)},
              {"with_whom", NullIfEmpty(a.with_whom)},
              {"legal_status", a.legal_status},
              {"legal_status_label", status ? Json(status->label) : Json(a.legal_status)},
              {"legal_status_explanation", status ? Json(status->explanation) : Json(nullptr)},
              {"order", order},
              {"provider_name", NullIfEmpty(a.provider_name)},
              {"recorded_at", LondonTime(a.recorded_at)},
              {"recorded_by", a.recorded_by_name}};
}

Json LivingAnswerJson(const LivingAnswer& answer) {
  Json history = Json::array();
  for (const auto& a : answer.history) history.push_back(LivingArrangementJson(a));
  return Json{{"child_id", answer.child_id},
              {"current", answer.current ? LivingArrangementJson(*answer.current) : Json(nullptr)},
              {"history", history}};
}

std::vector<FeatureEndpoint> IdentityApiEndpoints(AppContext& context, IdentityService& identity) {
  std::vector<FeatureEndpoint> out;
  // R2: the identity as at a date (today when as_at is not given), with its dated history.
  out.push_back({"GET", "/api/v1/children/{id}/identity", AccessAction::kReadOverview,
                 WithToken(context, [&context, &identity](Request& request, const Principal& who) {
                   Date as_at = LondonDate(context.store.clock().Now());
                   if (const std::string text = request.Query("as_at"); !text.empty()) {
                     auto parsed = ParseIsoDate(text);
                     if (!parsed) {
                       return ApiErrorResponse(
                           Error::Validation("as_at", "Give the date to view as at as YYYY-MM-DD, like 2019-04-27"));
                     }
                     as_at = *parsed;
                   }
                   auto answer = identity.GetIdentity(who, request.PathParam("id"), as_at, AccessContextOf(request));
                   if (!answer.ok()) return ApiErrorResponse(answer.error());
                   return Response::Json(IdentityAnswerJson(*answer).dump());
                 })});
  out.push_back({"POST", "/api/v1/children/{id}/identity", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &identity](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   auto answer = identity.ChangeIdentity(who, request.PathParam("id"), *body, AccessContextOf(request));
                   if (!answer.ok()) return ApiErrorResponse(answer.error());
                   return Response::Json(IdentityAnswerJson(*answer).dump(), 201);
                 })});

  // R4/R8: where and with whom the child lives and their legal status, dated.
  out.push_back({"GET", "/api/v1/children/{id}/living-arrangements", AccessAction::kReadOverview,
                 WithToken(context, [&context, &identity](Request& request, const Principal& who) {
                   auto answer =
                       identity.ListLivingArrangements(who, request.PathParam("id"), AccessContextOf(request));
                   if (!answer.ok()) return ApiErrorResponse(answer.error());
                   return Response::Json(LivingAnswerJson(*answer).dump());
                 })});
  out.push_back({"POST", "/api/v1/children/{id}/living-arrangements", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &identity](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   auto answer =
                       identity.RecordLivingArrangement(who, request.PathParam("id"), *body, AccessContextOf(request));
                   if (!answer.ok()) return ApiErrorResponse(answer.error());
                   return Response::Json(LivingAnswerJson(*answer).dump(), 201);
                 })});
  return out;
}

}  // namespace childrecord::features::identity
