// The OpenAPI 3 description of /api/v1, kept beside the routes it describes (api_routes.cc).
#include "api/openapi.h"

#include <cctype>
#include <map>

#include "api/api_routes.h"
#include "record/documents.h"

namespace childrecord {


Json Ref(const std::string& name) { return Json{{"$ref", "#/components/schemas/" + name}}; }

Json ErrorResponses(std::initializer_list<int> statuses) {
  static const std::map<int, std::string> kWhy = {
      {400, "Malformed request (not JSON, wrong content type, bad cursor)"},
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
  return Json{{"name", name}, {"in", in}, {"required", required}, {"description", description},
              {"schema", {{"type", "string"}}}};
}

Json Body(const std::string& schema) {
  return Json{{"required", true}, {"content", {{"application/json", {{"schema", Ref(schema)}}}}}};
}

void AddOperation(Json& document, const std::string& method, const std::string& pattern, const Json& operation) {
  std::string verb = method;
  for (char& c : verb) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  document["paths"][pattern][verb] = operation;
}

void AddSchemas(Json& document, const Json& schemas) {
  for (const auto& [name, schema] : schemas.items()) document["components"]["schemas"][name] = schema;
}

namespace {

// Documents on the child's record (R8-R14, R22): api/document_routes.cc.
void AddDocumentApi(Json& doc) {
  const Json id = Param("id", "path", "identifier", true);
  const Json text = {{"type", "string"}};
  Json& schemas = doc["components"]["schemas"];
  Json kinds = Json::array();
  for (const DocumentKind& k : DocumentKinds()) kinds.push_back(k.code);
  schemas["DocumentKind"] = {{"type", "string"}, {"enum", kinds}};
  schemas["Document"] = {
      {"type", "object"},
      {"properties",
       {{"id", text}, {"child_id", text},
        {"kind", Ref("DocumentKind")},
        {"kind_label", text}, {"title", text}, {"dated", {{"type", "string"}, {"format", "date"}}},
        {"description", {{"type", "string"}, {"nullable", true}}},
        {"child_asked_to_keep", {{"type", "boolean"}, {"description", "R22: the child asked for this to be kept"}}},
        {"filename", text},
        {"media_type", {{"type", "string"}, {"description", "judged from the file's content, not its name"}}},
        {"size", {{"type", "integer"}}}, {"sha256", text}, {"added_at", text}, {"added_by", text},
        {"content_url", text}}}};
  schemas["NewDocument"] = {
      {"type", "object"},
      {"required", {"kind", "title", "dated", "file"}},
      {"properties",
       {{"kind", Ref("DocumentKind")},
        {"title", text},
        {"dated", {{"type", "string"}, {"format", "date"}, {"description", "the date on the document, not in the future"}}},
        {"description", text},
        {"child_asked_to_keep", {{"type", "string"}, {"enum", {"true", "false"}}}},
        {"file", {{"type", "string"}, {"format", "binary"},
                  {"description", "PDF, Word .docx, Excel .xlsx, UTF-8 text, PNG, JPEG, GIF, WebP or HEIC; at most "
                                  "15 MB (a larger file in an accepted body is 422 on `file`; a body over 16 MB is 413)"}}}}}};
  Json& paths = doc["paths"];
  paths["/api/v1/children/{id}/documents"] = {
      {"get",
       {{"summary", "Documents on the record, by the date on them, newest first (R8-R14, R22)"},
        {"parameters", {id}},
        {"responses", Ok("Documents", ListOf("Document"))}}},
      {"post",
       {{"summary", "Add a document (multipart/form-data); its type is judged by content"},
        {"parameters", {id}},
        {"requestBody",
         {{"required", true}, {"content", {{"multipart/form-data", {{"schema", Ref("NewDocument")}}}}}}},
        {"responses", Ok("The document as added", Ref("Document"), 201, {400, 401, 403, 404, 413, 422})}}}};
  paths["/api/v1/documents/{id}"] = {
      {"get", {{"summary", "One document's details"}, {"parameters", {id}},
               {"responses", Ok("The document", Ref("Document"))}}}};
  Json content = ErrorResponses({401, 403, 404});
  content["200"] = {{"description", "The bytes, with the document's media type and Content-Disposition: attachment. "
                                    "Every download is written to the access log first."},
                    {"content", {{"application/octet-stream", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
  paths["/api/v1/documents/{id}/content"] = {
      {"get", {{"summary", "Download a document"}, {"parameters", {id}}, {"responses", content}}}};
}

// Issue 4 items 2 and 4: the child's identity (R2) and living arrangements (R4, R8)
// (identity_routes.cc).
void AddIdentityDocs(Json& doc) {
  const Json text = {{"type", "string"}};
  const Json text_or_null = {{"type", "string"}, {"nullable", true}};
  const Json date = {{"type", "string"}, {"format", "date"}};
  const Json id = Param("id", "path", "identifier", true);
  Json& schemas = doc["components"]["schemas"];
  schemas["Evidence"] = {{"type", "object"},
                         {"nullable", true},
                         {"description", "How a detail was checked (R2: 'where possible')"},
                         {"properties", {{"how", text}, {"by", text}, {"on", date}}}};
  schemas["IdentityDetail"] = {
      {"type", "object"},
      {"properties",
       {{"value", {{"description", "text; other_names: a list of text; null when removed"}}},
        {"evidence", Ref("Evidence")},
        {"effective_from", {{"type", "string"}, {"format", "date"}, {"nullable", true},
                            {"description", "null: as the record was opened"}}}}}};
  schemas["IdentityChange"] = {
      {"type", "object"},
      {"properties",
       {{"id", text}, {"effective_from", date}, {"reason", text_or_null},
        {"changes", {{"type", "object"}, {"additionalProperties", {{"type", "object"}}}}},
        {"recorded_at", text}, {"recorded_by", text}}}};
  schemas["Identity"] = {
      {"type", "object"},
      {"properties",
       {{"child_id", text},
        {"as_at", date},
        {"identity",
         {{"type", "object"},
          {"description", "full_name, other_names, date_of_birth, nhs_number, upn, local_child_id: those known"},
          {"additionalProperties", Ref("IdentityDetail")}}},
        {"history", {{"type", "array"}, {"items", Ref("IdentityChange")}, {"description", "oldest first"}}}}}};
  Json change_of = {{"type", "object"},
                    {"properties",
                     {{"value", {{"description", "the new value; null removes (not full_name, date_of_birth, "
                                                 "local_child_id)"}}},
                      {"evidence", text},
                      {"evidenced_by", text},
                      {"evidenced_on", date}}}};
  schemas["ChangeIdentity"] = {
      {"type", "object"},
      {"required", {"effective_from", "changes"}},
      {"properties",
       {{"effective_from", date},
        {"reason", text},
        {"changes",
         {{"type", "object"},
          {"description", "at least one; errors name e.g. changes.nhs_number.value"},
          {"properties",
           {{"full_name", change_of}, {"other_names", change_of}, {"date_of_birth", change_of},
            {"nhs_number", change_of}, {"upn", change_of}, {"local_child_id", change_of}}}}}}}};
  Json order = {{"type", "object"},
                {"nullable", true},
                {"properties", {{"made_on", date}, {"court", text}, {"document_id", text_or_null}}}};
  schemas["LivingArrangement"] = {
      {"type", "object"},
      {"properties",
       {{"id", text}, {"effective_from", date}, {"place_kind", text}, {"place_kind_label", text},
        {"place", text_or_null}, {"with_whom", text_or_null}, {"legal_status", text},
        {"legal_status_label", text}, {"legal_status_explanation", text_or_null}, {"order", order},
        {"provider_name", text_or_null}, {"recorded_at", text}, {"recorded_by", text}}}};
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
        {"order", {{"type", "object"},
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
}

// R33-R35: the language checker (api_routes.cc), and the words the child and family prefer.
void AddLanguageDocs(Json& doc) {
  const Json text = {{"type", "string"}};
  const Json count = {{"type", "integer"}};
  const Json id = Param("id", "path", "identifier", true);
  Json& schemas = doc["components"]["schemas"];
  schemas["LanguageCheck"] = {
      {"type", "object"},
      {"required", {"text"}},
      {"properties",
       {{"text", {{"type", "string"}, {"description", "the text to check, at most 200,000 characters"}}},
        {"child_id", {{"type", "string"}, {"nullable", true},
                      {"description", "the record whose words we use lead the suggestions"}}}}}};
  schemas["LanguageFinding"] = {
      {"type", "object"},
      {"properties",
       {{"text", {{"type", "string"}, {"description", "the words found"}}},
        {"category",
         {{"type", "string"}, {"enum", {"acronym", "legal_term", "uncaring", "offensive", "readability"}}}},
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
        {"reading_age", {{"type", "integer"}, {"description", "the age a reader needs to read the text easily"}}}}}};
  schemas["WordWeUse"] = {{"type", "object"},
                          {"required", {"term", "preferred"}},
                          {"properties", {{"term", text}, {"preferred", text}}}};
  schemas["WordsWeUse"] = {{"type", "object"},
                           {"required", {"items"}},
                           {"properties",
                            {{"items", {{"type", "array"}, {"items", Ref("WordWeUse")}}},
                             {"next", {{"type", "string"}, {"nullable", true}}}}}};
  Json& paths = doc["paths"];
  paths["/api/v1/language/check"] = {
      {"post",
       {{"summary", "Check text for acronyms, unexplained legal terms, uncaring or offensive wording and reading age "
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
}

}  // namespace

const Json& OpenApiDocument() {
  static const Json* document = [] {
    const Json id = Param("id", "path", "identifier", true);
    const Json cursor = Param("cursor", "query", "the `next` of the previous page", false);
    const Json limit = Param("limit", "query", "page size, 1 to 200 (default 50)", false);
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
            {"TokenRequest",
             {{"type", "object"},
              {"required", {"username", "password"}},
              {"properties", {{"username", text}, {"password", text}}}}},
            {"Token", {{"type", "object"}, {"properties", {{"token", text}, {"expires_at", text}}}}},
            {"ChildListItem",
             {{"type", "object"},
              {"properties",
               {{"id", text}, {"full_name", text}, {"date_of_birth", text_or_null}, {"local_child_id", text},
                {"status", text}, {"team", text}, {"allocated_worker", text_or_null}, {"opened_at", text},
                {"last_entry_at", text_or_null}}}}},
            {"Child",
             {{"allOf",
               {Ref("ChildListItem"),
                {{"type", "object"},
                 {"properties",
                  {{"team_id", text},
                   {"allocated_worker_id", text_or_null},
                   {"referral",
                    {{"type", "object"},
                     {"properties", {{"received_on", text}, {"source", text}, {"reason", text}}}}}}}}}}}},
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
                   {{"received_on", {{"type", "string"}, {"format", "date"}}}, {"source", text},
                    {"reason", text}}}}}}}}},
            {"Person",
             {{"type", "object"},
              {"properties",
               {{"id", text}, {"link_id", text}, {"full_name", text}, {"relationship", text},
                {"phone", text_or_null}, {"email", text_or_null}, {"address", text_or_null},
                {"lives_in_home", flag}, {"parental_responsibility", flag}}}}},
            {"Entry",
             {{"type", "object"},
              {"properties",
               {{"id", text},
                {"child_id",
                 {{"type", "string"}, {"nullable", true},
                  {"description", "the record it was written on; null when that record is restricted to others"}}},
                {"kind", text}, {"occurred_at", text}, {"recorded_at", text},
                {"recorded_by", text}, {"practitioner", text}, {"title", text}, {"body", text},
                {"late", {{"type", "boolean"}, {"description", "recorded more than 24 hours after the event (R28)"}}},
                {"significant", flag},
                {"shared_from",
                 {{"type", "object"}, {"nullable", true},
                  {"description", "R32: on a brother's or sister's record, the record the entry was written on "
                                  "(both null when that record is restricted to others than the reader)"},
                  {"properties", {{"child_id", text_or_null}, {"full_name", text_or_null}}}}},
                {"shared_with",
                 {{"type", "array"},
                  {"items", text},
                  {"description", "R32 (answer to recording only): the sibling records it was also put on"}}}}}}},
            {"AmendEntry",
             {{"type", "object"},
              {"required", {"reason"}},
              {"properties",
               {{"reason", text}, {"title", text}, {"body", text}, {"expected_version", {{"type", "integer"}}}}}}},
            {"EntryVersion",
             {{"type", "object"},
              {"properties",
               {{"version", {{"type", "integer"}}}, {"title", text}, {"body", text}, {"reason", text_or_null},
                {"recorded_at", text}, {"recorded_by", text}}}}},
            {"Reopening",
             {{"type", "object"},
              {"required", {"referral"}},
              {"properties",
               {{"referral",
                 {{"type", "object"},
                  {"required", {"received_on", "source", "reason"}},
                  {"properties",
                   {{"received_on", {{"type", "string"}, {"format", "date"}}}, {"source", text}, {"reason", text}}}}}}}}},
            {"Closure",
             {{"type", "object"},
              {"required", {"closed_on", "reason"}},
              {"properties",
               {{"closed_on", {{"type", "string"}, {"format", "date"}}}, {"reason", text}, {"closing_summary", text_or_null}}}}},
            {"Restriction",
             {{"type", "object"},
              {"required", {"restricted", "reason"}},
              {"properties",
               {{"restricted", flag}, {"named_user_ids", {{"type", "array"}, {"items", text}}}, {"reason", text}}}}},
            {"NewEntry",
             {{"type", "object"},
              {"required", {"kind", "occurred_at", "title", "body"}},
              {"properties",
               {{"kind", text}, {"occurred_at", {{"type", "string"}, {"format", "date-time"}}}, {"title", text},
                {"body", text}, {"significant", flag}, {"practitioner_id", text},
                {"visit", {{"type", "object"}, {"description", "R18 details (kind visit; docs/recording.md)"}}},
                {"unsuccessful_visit", {{"type", "object"}, {"description", "R19 details (kind unsuccessful_visit)"}}},
                {"decision", {{"type", "object"}, {"description", "R6/R27 details (kind management_decision)"}}},
                {"sections", {{"type", "array"}, {"description", "R31 marked sections"}}},
                {"shared_with",
                 {{"type", "array"},
                  {"items", text},
                  {"description", "R32: ids of brothers' and sisters' records the entry also belongs to; each "
                                  "must be a sibling's record the caller may record on (else 422 naming "
                                  "shared_with[i])"}}}}}}}}}}},
        {"security", Json::array({Json{{"bearer", Json::array()}}})},
        {"paths",
         {{"/api/v1/tokens",
           {{"post",
             {{"summary", "Sign in and get a bearer token"},
              {"security", Json::array()},
              {"requestBody", Body("TokenRequest")},
              {"responses", Ok("A token", Ref("Token"), 201, {400, 401, 422})}}}}},
          {"/api/v1/tokens/current",
           {{"delete",
             {{"summary", "Revoke the bearer token this request carries"},
              {"responses", [] {
                 Json responses = ErrorResponses({401});
                 responses["204"] = {{"description", "Revoked: the token no longer works"}};
                 return responses;
               }()}}}}},
          {"/api/v1/children",
           {{"get",
             {{"summary", "Search children by name"},
              {"parameters", {Param("q", "query", "part of the child's name", false), cursor, limit}},
              {"responses", Ok("Children", ListOf("ChildListItem"), 200, {400, 401, 422})}}},
            {"post",
             {{"summary", "Accept a referral and open the child's record (R1)"},
              {"requestBody", Body("OpenRecord")},
              {"responses", Ok("The new record", Ref("Child"), 201, {400, 401, 403, 422})}}}}},
          {"/api/v1/children/{id}",
           {{"get", {{"summary", "A child's record"}, {"parameters", {id}}, {"responses", Ok("The record", Ref("Child"))}}}}},
          {"/api/v1/children/{id}/people",
           {{"get",
             {{"summary", "People linked to the child (R3, R5)"},
              {"parameters", {id}},
              {"responses", Ok("People", ListOf("Person"))}}}}},
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
              {"responses", Ok("The entry", Ref("Entry"))}}}}},
          // Issue 3 items 7 and 8 (docs/access.md). Outside one's caseload every /children/{id}
          // resource needs the X-Access-Reason header, else 403 reason_required.
          {"/api/v1/children/{id}/restriction",
           {{"post",
             {{"summary", "Restrict a record to named people, or lift that (team manager, senior manager)"},
              {"parameters", {id}},
              {"requestBody", Body("Restriction")},
              {"responses", {{"200", {{"description", "The restriction as it now stands"}}}}}}}}},
          {"/api/v1/children/{id}/closure",
           {{"post",
             {{"summary", "R1: close the record when involvement ends (team manager, senior manager); it stays readable"},
              {"parameters", {id}},
              {"requestBody", Body("Closure")},
              {"responses", Ok("The record, closed", Ref("Child"), 200, {400, 401, 403, 404, 409, 422})}}}}},
          {"/api/v1/children/{id}/reopening",
           {{"post",
             {{"summary", "R1: a new referral reopens a closed record (First Contact, managers): one record per child"},
              {"parameters", {id}},
              {"requestBody", Body("Reopening")},
              {"responses", Ok("The record, open again", Ref("Child"), 200, {400, 401, 403, 404, 409, 422})}}}}},
          {"/api/v1/openapi.json",
           {{"get",
             {{"summary", "This document"},
              {"security", Json::array()},
              {"responses", {{"200", {{"description", "OpenAPI 3 document"}}}}}}}}}}}};
    AddDocumentApi(*doc);

    // Issue 4 item 3: the people around the child (R3, R5, R7, R13; api/people_routes.cc).
    Json& schemas = (*doc)["components"]["schemas"];
    Json& paths = (*doc)["paths"];
    const Json date = {{"type", "string"}, {"format", "date"}};
    const Json date_or_null = {{"type", "string"}, {"format", "date"}, {"nullable", true}};
    const Json link_id = Param("link_id", "path", "the link of the person to this record (Person.link_id)", true);
    const Json periods = {{"type", "array"},
                          {"description", "R3: when they lived in the child's home; moved_out null = lives there now"},
                          {"items", {{"type", "object"}, {"properties", {{"moved_in", date}, {"moved_out", date_or_null}}}}}};
    const Json pr_input = {{"type", "object"},
                           {"description", "R3: parental responsibility; basis required when holds"},
                           {"required", {"holds"}},
                           {"properties", {{"holds", flag}, {"basis", text}, {"since", date}}}};
    const Json contact = {{"type", "object"}, {"properties", {{"phone", text}, {"email", text}, {"address", text}}}};
    const Json important_to = {{"type", "string"}, {"enum", {"child", "parents", "both"}}};
    schemas["Person"] = {
        {"type", "object"},
        {"properties",
         {{"id", {{"type", "string"}, {"description", "the person: the same id on every record they are linked to"}}},
          {"link_id", text}, {"full_name", text}, {"relationship", text}, {"relationship_label", text},
          {"relationship_group", text_or_null}, {"phone", text_or_null}, {"email", text_or_null},
          {"address", text_or_null}, {"lives_in_home", flag}, {"home_periods", periods},
          {"parental_responsibility", flag}, {"parental_responsibility_basis", text_or_null},
          {"parental_responsibility_basis_label", text_or_null},
          {"parental_responsibility_basis_explanation", text_or_null},
          {"parental_responsibility_since", date_or_null}, {"important_to", text_or_null},
          {"version", {{"type", "integer"}}}}}};
    schemas["NewPerson"] = {
        {"type", "object"},
        {"description", "person_id (someone already on a record you can see, e.g. a brother's or sister's: linked, "
                        "not copied) or full_name (someone new)"},
        {"required", {"relationship"}},
        {"properties",
         {{"person_id", text}, {"full_name", text}, {"relationship", text}, {"important_to", important_to},
          {"contact", contact}, {"home_periods", periods}, {"parental_responsibility", pr_input}}}};
    schemas["PersonLinkChange"] = {
        {"type", "object"},
        {"description", "What changes (at least one); each change is kept as a new version of the link"},
        {"properties",
         {{"home_move",
           {{"type", "object"},
            {"properties", {{"change", {{"type", "string"}, {"enum", {"moved_in", "moved_out"}}}}, {"on", date}}}}},
          {"parental_responsibility", pr_input}, {"relationship", text}, {"important_to", important_to},
          {"contact", contact}, {"reason", text}}}};
    schemas["PersonLinkChangeRecord"] = {
        {"type", "object"},
        {"properties",
         {{"link_id", text}, {"version", {{"type", "integer"}}}, {"changed", {{"type", "array"}, {"items", text}}},
          {"lives_in_home", flag}, {"parental_responsibility", flag}, {"parental_responsibility_basis", text_or_null},
          {"home_periods", periods}, {"reason", text_or_null},
          {"entry_id", {{"type", "string"}, {"nullable", true}, {"description", "the visit it came from (R18)"}}},
          {"recorded_at", text}, {"recorded_by", text}}}};
    const Json with = {{"type", "array"},
                       {"items", {{"type", "object"}, {"properties", {{"person_id", text}, {"name", text}, {"full_name", text}}}}}};
    schemas["NewFamilyTime"] = {
        {"type", "object"},
        {"required", {"with", "how_often", "support", "starts_on"}},
        {"properties",
         {{"with", with}, {"how_often", text}, {"where", text},
          {"support", {{"type", "string"}, {"enum", {"supervised", "supported", "unsupervised"}}}},
          {"starts_on", date}, {"ends_on", date}, {"childs_views", text}}}};
    schemas["FamilyTime"] = {
        {"type", "object"},
        {"properties",
         {{"id", text}, {"child_id", text}, {"with", with}, {"how_often", text}, {"where", text_or_null},
          {"support", text}, {"starts_on", date}, {"ends_on", date_or_null}, {"childs_views", text_or_null},
          {"recorded_at", text}, {"recorded_by", text}}}};
    schemas["NewPrivateProvider"] = {
        {"type", "object"},
        {"required", {"provider_name", "kind", "arrangement", "starts_on"}},
        {"properties",
         {{"provider_name", text}, {"kind", text}, {"ofsted_urn", text}, {"arrangement", text}, {"starts_on", date},
          {"ends_on", date}}}};
    schemas["PrivateProvider"] = {
        {"type", "object"},
        {"properties",
         {{"id", text}, {"child_id", text}, {"provider_name", text}, {"kind", text}, {"kind_label", text},
          {"ofsted_urn", text_or_null}, {"arrangement", text}, {"starts_on", date}, {"ends_on", date_or_null},
          {"recorded_at", text}, {"recorded_by", text}}}};
    paths["/api/v1/children/{id}/people"]["post"] = {
        {"summary", "Add a person to the record, or link someone already on another record (R3, R5)"},
        {"parameters", {id}},
        {"requestBody", Body("NewPerson")},
        {"responses", Ok("The person as linked", Ref("Person"), 201, {400, 401, 403, 404, 422})}};
    paths["/api/v1/children/{id}/people/{link_id}"]["post"] = {
        {"summary", "Change how a person is linked: moved in or out, parental responsibility, contact details (R3)"},
        {"parameters", {id, link_id}},
        {"requestBody", Body("PersonLinkChange")},
        {"responses", Ok("The person as linked now", Ref("Person"), 200, {400, 401, 403, 404, 409, 422})}};
    paths["/api/v1/children/{id}/people/changes"]["get"] = {
        {"summary", "Every change of the people on the record, newest first (R3, R18 key changes)"},
        {"parameters", {id}},
        {"responses", Ok("Changes", ListOf("PersonLinkChangeRecord"))}};
    paths["/api/v1/children/{id}/people/from-siblings"]["get"] = {
        {"summary", "People on brothers' and sisters' records who are not on this one, to link (R32)"},
        {"parameters", {id}},
        {"responses", Ok("People, each with on_record_of {child_id, full_name}", ListOf("Person"))}};
    paths["/api/v1/children/{id}/family-time"] = {
        {"get", {{"summary", "Family time arrangements (R7)"}, {"parameters", {id}}, {"responses", Ok("Family time", ListOf("FamilyTime"))}}},
        {"post",
         {{"summary", "Arrange family time (R7)"},
          {"parameters", {id}},
          {"requestBody", Body("NewFamilyTime")},
          {"responses", Ok("The arrangement", Ref("FamilyTime"), 201, {400, 401, 403, 404, 422})}}}};
    paths["/api/v1/children/{id}/private-providers"] = {
        {"get",
         {{"summary", "Private providers used (R13)"}, {"parameters", {id}}, {"responses", Ok("Providers", ListOf("PrivateProvider"))}}},
        {"post",
         {{"summary", "Record a private provider, e.g. an independent fostering agency (R13)"},
          {"parameters", {id}},
          {"requestBody", Body("NewPrivateProvider")},
          {"responses", Ok("The provider", Ref("PrivateProvider"), 201, {400, 401, 403, 404, 422})}}}};
    AddIdentityDocs(*doc);
    AddLanguageDocs(*doc);
    return doc;
  }();
  return *document;
}

}  // namespace childrecord
