// The OpenAPI schemas of the children's API (children_api.cc): a listed child, a child's record
// and a referral that opens one.
#include "api/openapi.h"
#include "core/fields.h"
#include "features/children/children_api.h"
#include "features/children/children_views.h"

namespace childrecord {
namespace {

// A listed child: ChildListItem's description (children_views.cc). A child the reader may open
// only with a reason is listed by id and name alone (access "reason_required").
Json ChildListItemSchema() {
  Json schema = fields::OpenApiSchema<ChildListItem>("A child's record as listed");
  schema["properties"]["access"] = {
      {"type", "string"},
      {"enum", {"full", "reason_required"}},
      {"description", "reason_required: open it with X-Access-Reason; only id and full_name are given"}};
  schema["required"] = {"id", "full_name", "access"};
  return schema;
}

// The record's own members beyond its listing (ChildRecord's description, and the referral it was
// opened on); features add theirs (ChildMember, api/openapi.h AddChildMember).
Json ChildRecordSchema() {
  const Json text = {{"type", "string"}};
  Json schema = fields::OpenApiSchema<ChildRecord>("");
  schema["properties"]["referral"] = {
      {"type", "object"},
      {"properties", {{"received_on", {{"type", "string"}, {"format", "date"}}}, {"source", text}, {"reason", text}}}};
  return schema;
}

}  // namespace

Json ChildOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  return Json{
      {"ChildListItem", ChildListItemSchema()},
      {"Child", {{"allOf", {Ref("ChildListItem"), ChildRecordSchema()}}}},
      {"OpenRecord",
       {{"type", "object"},
        {"required", {"full_name", "team_id", "referral"}},
        {"properties",
         {{"full_name", text},
          {"date_of_birth", {{"type", "string"}, {"format", "date"}}},
          {"team_id", text},
          {"allocated_worker_id", text},
          {"referral",
           {{"type", "object"},
            {"required", {"received_on", "source", "reason"}},
            {"properties",
             {{"received_on", {{"type", "string"}, {"format", "date"}}}, {"source", text}, {"reason", text}}}}}}}}}};
}

}  // namespace childrecord
