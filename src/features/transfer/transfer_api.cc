#include "features/transfer/transfer_api.h"

#include "api/api_support.h"
#include "features/documents/document_api.h"
#include "features/identity/identity_api.h"
#include "api/openapi.h"
#include "features/people/people_api.h"
#include "features/transfer/transfer_rules.h"
#include "http/error_response.h"

namespace childrecord {

Json TransferJson(const TransferView& t) { return fields::ToJson(t); }

Json TransferCopyJson(const TransferCopy& copy) {
  const ChildListItem& c = copy.child.summary;
  Json out{{"transfer", TransferJson(copy.transfer)},
           {"child", {{"id", c.id}, {"full_name", c.full_name}, {"date_of_birth", c.date_of_birth}}}};
  for (const std::string& part : copy.parts) {
    if (part == "overview") {
      out["overview"] = {{"status", c.status},
                         {"referral",
                          {{"received_on", copy.child.referral_received_on},
                           {"source", copy.child.referral_source},
                           {"reason", copy.child.referral_reason}}}};
    } else if (part == "identity" && copy.identity) {
      const ChildIdentityRow& i = *copy.identity;
      Json history = Json::array();
      for (const auto& h : copy.identity_history) {
        Json changes = Json::parse(h.changes, nullptr, false);
        history.push_back({{"effective_from", h.effective_from},
                           {"reason", NullIfEmpty(h.reason)},
                           {"changes", changes.is_discarded() ? Json::object() : changes},
                           {"recorded_at", LondonTime(h.recorded_at)},
                           {"recorded_by", h.recorded_by_name}});
      }
      out["identity"] = {
          {"full_name", i.full_name},
          {"other_names", i.other_names.empty() ? Json::array() : Json::parse(i.other_names, nullptr, false)},
          {"date_of_birth", NullIfEmpty(i.date_of_birth)},
          {"nhs_number", NullIfEmpty(i.nhs_number)},
          {"upn", NullIfEmpty(i.upn)},
          {"local_child_id", NullIfEmpty(i.local_child_id)},
          {"history", history}};
    } else if (part == "people") {
      Json people = Json::array();
      for (const auto& p : copy.people) people.push_back(LinkedPersonJson(p));
      out["people"] = people;
    } else if (part == "living") {
      Json living = Json::array();
      for (const auto& a : copy.living) living.push_back(features::identity::LivingArrangementJson(a));
      out["living"] = living;
    } else if (part == "entries") {
      Json entries = Json::array();
      for (const auto& e : copy.entries) {
        entries.push_back({{"id", e.id},
                           {"kind", e.kind},
                           {"occurred_at", LondonTime(e.occurred_at)},
                           {"recorded_at", LondonTime(e.recorded_at)},
                           {"recorded_by", e.recorded_by_name},
                           {"title", e.title},
                           {"body", e.body},
                           {"late", e.late},
                           {"version", e.version}});
      }
      out["entries"] = entries;
    } else if (part == "documents") {
      Json documents = Json::array();
      for (const auto& d : copy.documents) documents.push_back(DocumentJson(d));
      out["documents"] = documents;
    }
  }
  return out;
}

std::vector<FeatureEndpoint> TransferApiEndpoints(AppContext& context, TransferService& transfers) {
  const Json id = Param("id", "path", "identifier", true);
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/api/v1/children/{id}/transfers", AccessAction::kReadOverview,
                 WithToken(context,
                           [&transfers](Request& request, const Principal& who) {
                             auto list = transfers.List(who, request.PathParam("id"), AccessContextOf(request));
                             if (!list.ok()) return ApiErrorResponse(list.error());
                             Json items = Json::array();
                             for (const auto& t : *list) items.push_back(TransferJson(t));
                             return Response::Json(Json{{"items", items}}.dump());
                           }),
                 {{"summary", "R17: transfers of this record to adoption agencies, newest first"},
                  {"parameters", {id}},
                  {"responses", Ok("Transfers", ListOf("Transfer"))}}});
  // Recording a transfer is decided as reading the entries (the copy is of them) and then by role
  // (MayRecordTransfer): records officers, who handle transfers (SPEC §4), state a reason.
  out.push_back({"POST", "/api/v1/children/{id}/transfers", AccessAction::kReadEntries,
                 WithToken(context,
                           [&transfers](Request& request, const Principal& who) {
                             auto body = JsonBody(request);
                             if (!body.ok()) return ApiErrorResponse(body.error());
                             auto transfer =
                                 transfers.Record(who, request.PathParam("id"), *body, AccessContextOf(request));
                             if (!transfer.ok()) return ApiErrorResponse(transfer.error());
                             return Response::Json(TransferJson(*transfer).dump(), 201);
                           }),
                 {{"summary",
                   "R17: record a transfer of a copy of the record to an adoption agency (team manager, senior "
                   "manager, records officer)"},
                  {"parameters", {id}},
                  {"requestBody", Body("NewTransfer")},
                  {"responses", Ok("The transfer", Ref("Transfer"), 201, {400, 401, 403, 404, 422})}}});
  out.push_back({"GET", "/api/v1/transfers/{id}/copy", AccessAction::kReadEntries,
                 WithToken(context,
                           [&transfers](Request& request, const Principal& who) {
                             auto copy = transfers.GetCopy(who, request.PathParam("id"), AccessContextOf(request));
                             if (!copy.ok()) return ApiErrorResponse(copy.error());
                             return Response::Json(TransferCopyJson(*copy).dump());
                           }),
                 {{"summary", "R17: the copy of the record that was sent (every view is in the access log)"},
                  {"parameters", {id}},
                  {"responses", Ok("The copy", Ref("TransferCopy"))}}});
  return out;
}

Json TransferOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  const Json text_or_null = {{"type", "string"}, {"nullable", true}};
  const Json date = {{"type", "string"}, {"format", "date"}};
  const Json date_or_null = {{"type", "string"}, {"format", "date"}, {"nullable", true}};
  Json part_codes = Json::array();
  for (const std::string& part : TransferParts()) part_codes.push_back(part);
  Json method_codes = Json::array();
  for (const std::string& method : TransferMethods()) method_codes.push_back(method);
  const Json parts = {{"type", "array"}, {"items", {{"type", "string"}, {"enum", part_codes}}}};
  const Json method = {{"type", "string"}, {"enum", method_codes}};
  Json schemas = Json::object();
  schemas["NewTransfer"] = {
      {"type", "object"},
      {"required", {"agency", "sent_on", "method", "parts", "reason"}},
      {"properties",
       {{"agency", text}, {"agency_contact", text_or_null}, {"sent_on", date}, {"method", method}, {"parts", parts},
        {"entries_from", date_or_null}, {"entries_to", date_or_null}, {"reason", text}}}};
  schemas["Transfer"] = fields::OpenApiSchema<TransferView>(
      "The written record of a transfer of a copy of the record to an adoption agency (R17)");
  schemas["TransferCopy"] = {
      {"type", "object"},
      {"description",
       "The copy sent: the transfer, the child, and only the parts sent (overview, identity, people, living, "
       "entries in range recorded at or before the transfer, documents as a list)"},
      {"properties", {{"transfer", Ref("Transfer")}, {"child", {{"type", "object"}}}}}};
  return schemas;
}

}  // namespace childrecord
