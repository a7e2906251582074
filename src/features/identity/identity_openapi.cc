// The OpenAPI description of the child's identity and living arrangements (identity_api.cc).
#include "api/openapi.h"
#include "features/identity/identity_api.h"
#include "features/people/person_details_rules.h"

namespace childrecord::features::identity {

Json IdentityOpenApi() {
  Json doc = Json::object();
  const Json text = {{"type", "string"}};
  const Json text_or_null = {{"type", "string"}, {"nullable", true}};
  const Json date = {{"type", "string"}, {"format", "date"}};
  const Json id = Param("id", "path", "identifier", true);
  Json& schemas = doc["components"]["schemas"];
  schemas["Evidence"] = {{"type", "object"},
                         {"nullable", true},
                         {"description", "How a detail was checked (R2: 'where possible')"},
                         {"properties", {{"how", text}, {"by", text}, {"on", date}}}};
  schemas["IdentityDetail"] = {{"type", "object"},
                               {"properties",
                                {{"value",
                                  {{"description",
                                    "text; other_names: a list of text; sex: male, female, other or not_known; null "
                                    "when removed"}}},
                                 {"evidence", Ref("Evidence")},
                                 {"effective_from",
                                  {{"type", "string"},
                                   {"format", "date"},
                                   {"nullable", true},
                                   {"description", "null: as the record was opened"}}}}}};
  schemas["IdentityChange"] = {{"type", "object"},
                               {"properties",
                                {{"id", text},
                                 {"effective_from", date},
                                 {"reason", text_or_null},
                                 {"changes", {{"type", "object"}, {"additionalProperties", {{"type", "object"}}}}},
                                 {"recorded_at", text},
                                 {"recorded_by", text}}}};
  schemas["Identity"] = {
      {"type", "object"},
      {"properties",
       {{"child_id", text},
        {"as_at", date},
        {"identity",
         {{"type", "object"},
          {"description", "full_name, other_names, date_of_birth, sex, nhs_number, upn, local_child_id: those known"},
          {"additionalProperties", Ref("IdentityDetail")}}},
        {"history", {{"type", "array"}, {"items", Ref("IdentityChange")}, {"description", "oldest first"}}}}}};
  Json change_of = {{"type", "object"},
                    {"properties",
                     {{"value",
                       {{"description",
                         "the new value; null removes (not full_name, date_of_birth, "
                         "local_child_id)"}}},
                      {"evidence", text},
                      {"evidenced_by", text},
                      {"evidenced_on", date}}}};
  // R20, R2: the child's sex, from the people feature's codes (person_details_rules.h PersonSexes).
  Json sex_codes = Json::array();
  for (const auto& c : PersonSexes()) sex_codes.push_back(c.code);
  Json sex_change = change_of;
  sex_change["properties"]["value"] = {
      {"type", "string"}, {"nullable", true}, {"enum", sex_codes}, {"description", "the child's sex; null removes it"}};
  schemas["ChangeIdentity"] = {{"type", "object"},
                               {"required", {"effective_from", "changes"}},
                               {"properties",
                                {{"effective_from", date},
                                 {"reason", text},
                                 {"changes",
                                  {{"type", "object"},
                                   {"description", "at least one; errors name e.g. changes.nhs_number.value"},
                                   {"properties",
                                    {{"full_name", change_of},
                                     {"other_names", change_of},
                                     {"date_of_birth", change_of},
                                     {"sex", sex_change},
                                     {"nhs_number", change_of},
                                     {"upn", change_of},
                                     {"local_child_id", change_of}}}}}}}};
  Json order = {{"type", "object"},
                {"nullable", true},
                {"properties", {{"made_on", date}, {"court", text}, {"document_id", text_or_null}}}};
  schemas["LivingArrangement"] = {{"type", "object"},
                                  {"properties",
                                   {{"id", text},
                                    {"effective_from", date},
                                    {"place_kind", text},
                                    {"place_kind_label", text},
                                    {"place", text_or_null},
                                    {"with_whom", text_or_null},
                                    {"legal_status", text},
                                    {"legal_status_label", text},
                                    {"legal_status_explanation", text_or_null},
                                    {"order", order},
                                    {"provider_name", text_or_null},
                                    {"recorded_at", text},
                                    {"recorded_by", text}}}};
  schemas["LivingArrangements"] = {
      {"type", "object"},
      {"properties",
       {{"child_id", text},
        {"current", {{"allOf", {Ref("LivingArrangement")}}, {"nullable", true}}},
        {"history", {{"type", "array"}, {"items", Ref("LivingArrangement")}, {"description", "newest first"}}}}}};
  schemas["NewLivingArrangement"] = {
      {"type", "object"},
      {"required", {"effective_from", "place_kind", "legal_status"}},
      {"properties",
       {{"effective_from", date},
        {"place_kind", text},
        {"place", {{"type", "string"}, {"description", "required unless place_kind is home"}}},
        {"with_whom", {{"type", "string"}, {"description", "required unless place_kind is home"}}},
        {"legal_status", {{"type", "string"}, {"description", "section_20 only away from home"}}},
        {"order",
         {{"type", "object"},
          {"description", "required for a court order (R8), refused otherwise"},
          {"properties", {{"made_on", date}, {"court", text}, {"document_id", text}}}}},
        {"provider_name", text}}}};
  Json& paths = doc["paths"];
  paths["/api/v1/children/{id}/identity"] = {
      {"get",
       {{"summary", "The child's identity as at a date, with its dated history (R2)"},
        {"parameters", {id, Param("as_at", "query", "YYYY-MM-DD (default today)", false)}},
        {"responses", Ok("The identity", Ref("Identity"), 200, {401, 403, 404, 422})}}},
      {"post",
       {{"summary", "Change identity details from a date, each with how it was evidenced (R2)"},
        {"parameters", {id}},
        {"requestBody", Body("ChangeIdentity")},
        {"responses", Ok("The identity today", Ref("Identity"), 201, {400, 401, 403, 404, 422})}}}};
  paths["/api/v1/children/{id}/living-arrangements"] = {
      {"get",
       {{"summary", "Where the child lives now, with whom, the legal status, and the history (R4, R8)"},
        {"parameters", {id}},
        {"responses", Ok("The arrangements", Ref("LivingArrangements"), 200, {401, 403, 404})}}},
      {"post",
       {{"summary", "Record where the child lives and their legal status from a date (R4, R8)"},
        {"parameters", {id}},
        {"requestBody", Body("NewLivingArrangement")},
        {"responses", Ok("The arrangements", Ref("LivingArrangements"), 201, {400, 401, 403, 404, 422})}}}};
  return doc;
}

}  // namespace childrecord::features::identity
