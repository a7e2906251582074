// The OpenAPI description of the documents on a child's record (document_api.cc).
#include "api/openapi.h"
#include "features/documents/document_api.h"
#include "features/documents/document_views.h"
#include "features/documents/document_rules.h"

namespace childrecord {

// Documents on the child's record (R8-R14, R22).
Json DocumentOpenApi() {
  Json doc = Json::object();
  const Json id = Param("id", "path", "identifier", true);
  const Json text = {{"type", "string"}};
  Json& schemas = doc["components"]["schemas"];
  Json kinds = Json::array();
  for (const DocumentKind& k : DocumentKinds()) kinds.push_back(k.code);
  schemas["DocumentKind"] = {{"type", "string"}, {"enum", kinds}};
  schemas["Document"] = fields::OpenApiSchema<DocumentView>("A document on the child's record (R8-R14, R22)");
  schemas["Document"]["properties"]["kind_label"] = text;
  schemas["Document"]["properties"]["content_url"] = text;
  schemas["NewDocument"] = {
      {"type", "object"},
      {"required", {"kind", "title", "dated", "file"}},
      {"properties",
       {{"kind", Ref("DocumentKind")},
        {"title", text},
        {"dated",
         {{"type", "string"}, {"format", "date"}, {"description", "the date on the document, not in the future"}}},
        {"description", text},
        {"child_asked_to_keep", {{"type", "string"}, {"enum", {"true", "false"}}}},
        {"file",
         {{"type", "string"},
          {"format", "binary"},
          {"description",
           "PDF, Word .docx, Excel .xlsx, UTF-8 text, PNG, JPEG, GIF, WebP or HEIC; at most "
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
        {"requestBody", {{"required", true}, {"content", {{"multipart/form-data", {{"schema", Ref("NewDocument")}}}}}}},
        {"responses", Ok("The document as added", Ref("Document"), 201, {400, 401, 403, 404, 413, 422})}}}};
  paths["/api/v1/documents/{id}"] = {{"get",
                                      {{"summary", "One document's details"},
                                       {"parameters", {id}},
                                       {"responses", Ok("The document", Ref("Document"))}}}};
  Json content = ErrorResponses({401, 403, 404});
  content["200"] = {
      {"description",
       "The bytes, with the document's media type and Content-Disposition: attachment. "
       "Every download is written to the access log first."},
      {"content", {{"application/octet-stream", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
  paths["/api/v1/documents/{id}/content"] = {
      {"get", {{"summary", "Download a document"}, {"parameters", {id}}, {"responses", content}}}};
  return doc;
}

}  // namespace childrecord
