// The OpenAPI description of the entries API (entry_api.cc).
#include <algorithm>

#include "api/openapi.h"
#include "core/fields.h"
#include "features/entries/entry_api.h"
#include "features/entries/entry_views.h"

namespace childrecord::features::entries {
namespace {

// An entry as the API answers it: EntryView's description (entry_views.cc) and R32's sharing,
// which is worked out after the read.
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

// A described type's schema with `optional` left out of its required list (answers required only
// with another answer, which the rules check: a visit's seen_alone only when the child was seen).
template <class T>
Json SchemaOf(const std::string& description, const std::vector<std::string>& optional = {}) {
  Json schema = fields::OpenApiSchema<T>(description);
  if (schema.contains("required")) {
    Json required = Json::array();
    for (const auto& name : schema["required"]) {
      if (std::find(optional.begin(), optional.end(), name.get<std::string>()) == optional.end()) required.push_back(name);
    }
    if (required.empty()) {
      schema.erase("required");  // OpenAPI 3.0: a required list is never empty
    } else {
      schema["required"] = required;
    }
  }
  return schema;
}

// The entries' schemas: an entry, its versions (R29, R30), a new entry and an amendment.
Json EntrySchemas() {
  const Json text = {{"type", "string"}};
  const Json text_or_null = {{"type", "string"}, {"nullable", true}};
  const Json flag = {{"type", "boolean"}};
  return Json{
      {"Entry", EntrySchema()},
      {"AmendEntry",
       {{"type", "object"},
        {"required", {"reason"}},
        {"properties",
         {{"reason", text},
          {"title", text},
          {"body", text},
          {"expected_version", {{"type", "integer"}}},
          {"visit", Ref("VisitAnswers")},
          {"contact", Ref("ContactAnswers")}}}}},
      {"VisitAnswers", SchemaOf<VisitAnswers>("R18 with R29/R30: a visit's answers, amended with the text "
                                              "(every problem at once, errors naming visit.<field>)",
                                              {"seen_alone"})},
      {"Contact", SchemaOf<ContactDetails>("R21: a phone call's, conversation's, meeting's, letter's or email's "
                                           "details (kinds phone_call, conversation, meeting, letter, email)",
                                           {"decisions"})},
      {"ContactAnswers", SchemaOf<ContactAnswers>("R21 with R29/R30: a contact's actions and decisions, amended "
                                                  "with the text (they replace the old ones)",
                                                  {"decisions"})},
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
          {"contact", Ref("Contact")},
          {"sections", {{"type", "array"}, {"description", "R31 marked sections"}}},
          {"shared_with",
           {{"type", "array"},
            {"items", text},
            {"description",
             "R32: ids of brothers' and sisters' records the entry also belongs to; each "
             "must be a sibling's record the caller may record on (else 422 naming "
             "shared_with[i])"}}}}}}}};
}

}  // namespace

Json EntryOpenApi() {
  const Json id = Param("id", "path", "identifier", true);
  const Json cursor = Param("cursor", "query", "the `next` of the previous page", false);
  const Json limit = Param("limit", "query", "page size, 1 to 200 (default 50)", false);
  Json doc = Json::object();
  doc["paths"] = Json{
      {"/api/v1/children/{id}/entries",
           {{"get",
             {{"summary", "Entries on the record, newest first"},
              {"parameters", {id, cursor, limit}},
              {"responses", Ok("Entries", ListOf("Entry"))}}},
            {"post",
             {{"summary", "Record an entry (R15, R21, R26, R28)"},
              {"parameters", {id}},
              {"requestBody", Body("NewEntry")},
              {"responses", Ok("The entry as recorded", Ref("Entry"), 201, {400, 401, 404, 413, 422})}}}}},
      {"/api/v1/entries/{id}/versions",
           {{"get",
             {{"summary", "Every version of an entry, oldest first (R29, R30)"},
              {"parameters", {id, Param("record", "query", "the record the entry is read from (R32)", false)}},
              {"responses", Ok("Versions", ListOf("EntryVersion"))}}},
            {"post",
             {{"summary", "Amend an entry: a new version with the reason; 409 when expected_version is stale"},
              {"parameters", {id}},
              {"requestBody", Body("AmendEntry")},
              {"responses", Ok("The entry as amended", Ref("Entry"), 201, {400, 401, 403, 404, 409, 422})}}}}},
      {"/api/v1/entries/{id}",
           {{"get",
             {{"summary", "One entry; ?record= reads it from a brother's or sister's record it was shared with (R32)"},
              {"parameters", {id, Param("record", "query", "the record the entry is read from (R32)", false)}},
              {"responses", Ok("The entry", Ref("Entry"))}}}}}};
  doc["components"]["schemas"] = EntrySchemas();
  return doc;
}

}  // namespace childrecord::features::entries
