// The OpenAPI 3 description of /api/v1: the shared schemas (errors, the child, the entry) and this
// document's own route; each feature adds its operations (features/<name>/).
#include "api/openapi.h"

#include <cctype>
#include <map>

#include "api/openapi_areas.h"
#include "core/fields.h"
#include "record/read_models.h"

namespace childrecord {

Json Ref(const std::string& name) { return Json{{"$ref", "#/components/schemas/" + name}}; }

Json ErrorResponses(std::initializer_list<int> statuses) {
  static const std::map<int, std::string> kWhy = {{400, "Malformed request (not JSON, wrong content type, bad cursor)"},
                                                  {401, "No valid token"},
                                                  {403, "Not allowed"},
                                                  {404, "Not found"},
                                                  {409, "Changed by someone else since you read it"},
                                                  {413, "Body too large"},
                                                  {422, "Validation failed; error.field names the field"}};
  Json out = Json::object();
  for (int status : statuses) {
    out[std::to_string(status)] = {{"description", kWhy.at(status)},
                                   {"content", {{"application/json", {{"schema", Ref("Error")}}}}}};
  }
  return out;
}

Json Ok(const std::string& description, const Json& schema, int status, std::initializer_list<int> errors) {
  Json responses = ErrorResponses(errors);
  responses[std::to_string(status)] = {{"description", description},
                                       {"content", {{"application/json", {{"schema", schema}}}}}};
  return responses;
}

Json ListOf(const std::string& name) {
  return Json{{"type", "object"},
              {"required", {"items", "next"}},
              {"properties",
               {{"items", {{"type", "array"}, {"items", Ref(name)}}},
                {"next", {{"type", "string"}, {"nullable", true}, {"description", "cursor for the next page"}}}}}};
}

Json Param(const std::string& name, const std::string& in, const std::string& description, bool required) {
  return Json{{"name", name},
              {"in", in},
              {"required", required},
              {"description", description},
              {"schema", {{"type", "string"}}}};
}

Json Body(const std::string& schema) {
  return Json{{"required", true}, {"content", {{"application/json", {{"schema", Ref(schema)}}}}}};
}

std::string OpenApiVerb(const std::string& method) {
  std::string verb = method;
  for (char& c : verb) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return verb;
}

void AddOperation(Json& document, const std::string& method, const std::string& pattern, const Json& operation) {
  document["paths"][pattern][OpenApiVerb(method)] = operation;
}

void AddSchemas(Json& document, const Json& schemas) {
  for (const auto& [name, schema] : schemas.items()) document["components"]["schemas"][name] = schema;
}

void AddChildMember(Json& document, const std::string& name, const Json& schema) {
  // "Child" is allOf [ChildListItem, the record's own members]; features add to the second.
  document["components"]["schemas"]["Child"]["allOf"][1]["properties"][name] = schema;
}

namespace {

// A listed child: ChildListItem's description (record/read_models.cc). A child the reader may open
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
// opened on); features add theirs (AddChildMember).
Json ChildRecordSchema() {
  const Json text = {{"type", "string"}};
  Json schema = fields::OpenApiSchema<ChildRecord>("");
  schema["properties"]["referral"] = {
      {"type", "object"},
      {"properties", {{"received_on", {{"type", "string"}, {"format", "date"}}}, {"source", text}, {"reason", text}}}};
  return schema;
}

// An entry as the API answers it: EntryView's description (record/read_models.cc) and R32's
// sharing, which is worked out after the read.
Json EntrySchema() {
  const Json text_or_null = {{"type", "string"}, {"nullable", true}};
  Json schema = fields::OpenApiSchema<EntryView>("An entry on a child's record (R15, R21, R26, R28)");
  schema["properties"]["shared_from"] = {
      {"type", "object"},
      {"nullable", true},
      {"description",
       "R32: on a brother's or sister's record, the record the entry was written on (both null when "
       "that record is restricted to others than the reader)"},
      {"properties", {{"child_id", text_or_null}, {"full_name", text_or_null}}}};
  schema["properties"]["shared_with"] = {
      {"type", "array"},
      {"items", {{"type", "string"}}},
      {"description", "R32 (answer to recording only): the sibling records it was also put on"}};
  return schema;
}

}  // namespace

const Json& OpenApiDocument() {
  static const Json* document = [] {
    const Json text = {{"type", "string"}};
    const Json text_or_null = {{"type", "string"}, {"nullable", true}};
    const Json flag = {{"type", "boolean"}};
    auto* doc = new Json{
        {"openapi", "3.0.3"},
        {"info",
         {{"title", "childrecord API"},
          {"version", "1"},
          {"description",
           "The electronic child's record. Times are RFC 3339 with the Europe/London offset. "
           "Every error body is {\"error\":{\"code\",\"message\",\"field\"}}."}}},
        {"components",
         {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
          {"schemas",
           {{"Error",
             {{"type", "object"},
              {"properties",
               {{"error",
                 {{"type", "object"},
                  {"properties",
                   {{"code",
                     {{"type", "string"},
                      {"enum",
                       {"validation", "not_found", "forbidden", "reason_required", "conflict", "unauthenticated",
                        "too_large", "bad_request", "unavailable", "internal"}}}},
                    {"message", text},
                    {"field", text_or_null}}}}}}}}},
            {"ChildListItem", ChildListItemSchema()},
            {"Child", {{"allOf", {Ref("ChildListItem"), ChildRecordSchema()}}}},
            {"Entry", EntrySchema()},
            {"AmendEntry",
             {{"type", "object"},
              {"required", {"reason"}},
              {"properties",
               {{"reason", text}, {"title", text}, {"body", text}, {"expected_version", {{"type", "integer"}}}}}}},
            {"EntryVersion",
             {{"type", "object"},
              {"properties",
               {{"version", {{"type", "integer"}}},
                {"title", text},
                {"body", text},
                {"reason", text_or_null},
                {"recorded_at", text},
                {"recorded_by", text}}}}},
            {"NewEntry",
             {{"type", "object"},
              {"required", {"kind", "occurred_at", "title", "body"}},
              {"properties",
               {{"kind", text},
                {"occurred_at", {{"type", "string"}, {"format", "date-time"}}},
                {"title", text},
                {"body", text},
                {"significant", flag},
                {"practitioner_id", text},
                {"visit", {{"type", "object"}, {"description", "R18 details (kind visit; docs/recording.md)"}}},
                {"unsuccessful_visit", {{"type", "object"}, {"description", "R19 details (kind unsuccessful_visit)"}}},
                {"decision", {{"type", "object"}, {"description", "R6/R27 details (kind management_decision)"}}},
                {"sections", {{"type", "array"}, {"description", "R31 marked sections"}}},
                {"shared_with",
                 {{"type", "array"},
                  {"items", text},
                  {"description",
                   "R32: ids of brothers' and sisters' records the entry also belongs to; each "
                   "must be a sibling's record the caller may record on (else 422 naming "
                   "shared_with[i])"}}}}}}}}}}},
        {"security", Json::array({Json{{"bearer", Json::array()}}})},
        {"paths",
         {{"/api/v1/openapi.json",
           {{"get",
             {{"summary", "This document"},
              {"security", Json::array()},
              {"responses", {{"200", {{"description", "OpenAPI 3 document"}}}}}}}}}}}};
    return doc;
  }();
  return *document;
}

}  // namespace childrecord
