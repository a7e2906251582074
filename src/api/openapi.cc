// The OpenAPI 3 description of /api/v1: the shared schema (errors) and this document's own route;
// each feature adds its operations and schemas (features/<name>/), the children's "Child" and the
// entries' "Entry" among them.
#include "api/openapi.h"

#include <cctype>
#include <map>

#include "api/openapi_areas.h"

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
  // "Child" (features/children/children_openapi.cc) is allOf [ChildListItem, the record's own
  // members]; features add to the second.
  document["components"]["schemas"]["Child"]["allOf"][1]["properties"][name] = schema;
}

const Json& OpenApiDocument() {
  static const Json* document = [] {
    const Json text = {{"type", "string"}};
    const Json text_or_null = {{"type", "string"}, {"nullable", true}};
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
                    {"field", text_or_null}}}}}}}}}}}}},
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
