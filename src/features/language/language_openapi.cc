// The OpenAPI description of the language checker and the words we use (language_api.cc).
#include "api/openapi.h"
#include "features/language/language_api.h"

namespace childrecord::features::language {

// R33-R35: the language checker, and the words the child and family prefer.
Json LanguageOpenApi() {
  Json doc = Json::object();
  const Json text = {{"type", "string"}};
  const Json count = {{"type", "integer"}};
  const Json id = Param("id", "path", "identifier", true);
  Json& schemas = doc["components"]["schemas"];
  schemas["LanguageCheck"] = {
      {"type", "object"},
      {"required", {"text"}},
      {"properties",
       {{"text", {{"type", "string"}, {"description", "the text to check, at most 200,000 characters"}}},
        {"child_id",
         {{"type", "string"},
          {"nullable", true},
          {"description", "the record whose words we use lead the suggestions"}}},
        {"child_seen",
         {{"type", "boolean"}, {"description", "a visit where the child was seen: their own words are looked for"}}}}}};
  schemas["LanguageFinding"] = {
      {"type", "object"},
      {"properties",
       {{"text", {{"type", "string"}, {"description", "the words found"}}},
        {"category", {{"type", "string"}, {"enum", {"acronym", "legal_term", "uncaring", "offensive", "readability"}}}},
        {"message", text},
        {"suggestions", {{"type", "array"}, {"items", text}}},
        {"start", {{"type", "integer"}, {"description", "Unicode characters from the start"}}},
        {"end", count},
        {"byte_start", {{"type", "integer"}, {"description", "UTF-8 bytes from the start"}}},
        {"byte_end", count},
        {"severity", text},
        {"in_quotation", {{"type", "boolean"}, {"description", "inside someone's own quoted words"}}},
        {"preferred", {{"type", "boolean"}, {"description", "one of the record's words we use"}}},
        {"rule", text},
        {"area", text}}}};
  schemas["LanguageReport"] = {
      {"type", "object"},
      {"properties",
       {{"findings", {{"type", "array"}, {"items", Ref("LanguageFinding")}}},
        {"reading_age", {{"type", "integer"}, {"description", "the age a reader needs to read the text easily"}}},
        {"balance",
         {{"type", "object"},
          {"description",
           "R33 for the whole text: strengths as well as worries, and the child's own words where the child was "
           "seen; prompts are gentle, never errors"},
          {"properties",
           {{"strengths", {{"type", "boolean"}}},
            {"worries", {{"type", "boolean"}}},
            {"child_seen", {{"type", "boolean"}}},
            {"child_words", {{"type", "boolean"}}},
            {"prompts", {{"type", "array"}, {"items", text}}}}}}}}}};
  schemas["WordWeUse"] = {
      {"type", "object"}, {"required", {"term", "preferred"}}, {"properties", {{"term", text}, {"preferred", text}}}};
  schemas["WordsWeUse"] = {{"type", "object"},
                           {"required", {"items"}},
                           {"properties",
                            {{"items", {{"type", "array"}, {"items", Ref("WordWeUse")}}},
                             {"next", {{"type", "string"}, {"nullable", true}}}}}};
  Json& paths = doc["paths"];
  paths["/api/v1/language/check"] = {
      {"post",
       {{"summary",
         "Check text for acronyms, unexplained legal terms, uncaring or offensive wording and reading age "
         "(R33-R35)"},
        {"requestBody", Body("LanguageCheck")},
        {"responses", Ok("What was found", Ref("LanguageReport"), 200, {400, 401, 403, 404, 422})}}}};
  paths["/api/v1/children/{id}/words-we-use"] = {
      {"get",
       {{"summary", "The words the child and family prefer (R33)"},
        {"parameters", {id}},
        {"responses", Ok("Words we use", Ref("WordsWeUse"))}}},
      {"put",
       {{"summary", "Replace the words the child and family prefer (R33)"},
        {"parameters", {id}},
        {"requestBody", Body("WordsWeUse")},
        {"responses", Ok("Words we use as saved", Ref("WordsWeUse"), 200, {400, 401, 403, 404, 422})}}}};
  return doc;
}

}  // namespace childrecord::features::language
