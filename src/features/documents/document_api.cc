#include "features/documents/document_api.h"

#include "api/api_support.h"
#include "http/error_response.h"
#include "http/multipart.h"
#include "features/documents/document_rules.h"

namespace childrecord {
namespace {

// RFC 5987 attr-char: everything else is percent-encoded.
std::string Rfc5987(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
        std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// The quoted-string fallback for old clients: ASCII letters, digits and a few marks only.
std::string AsciiFallback(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    out.push_back((c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%') ? static_cast<char>(c) : '_');
  }
  return out;
}

// A multipart field that means true or false ("true"/"false", and what a checkbox sends).
Result<bool> FlagField(const std::multimap<std::string, std::string>& fields, const std::string& name) {
  auto it = fields.find(name);
  if (it == fields.end()) return false;
  const std::string& v = it->second;
  if (v == "true" || v == "yes" || v == "on" || v == "1") return true;
  if (v == "false" || v == "no" || v == "0" || v.empty()) return false;
  return Error::Validation(name, "'" + name + "' must be true or false");
}

}  // namespace

Json DocumentJson(const DocumentView& d) {
  Json json = fields::ToJson(d);
  json["kind_label"] = DocumentKindLabel(d.kind);
  json["content_url"] = "/api/v1/documents/" + d.id + "/content";
  return json;
}

Response DocumentContentResponse(DocumentService::Download download) {
  Response response;
  response.status = 200;
  response.body = std::move(download.bytes);
  response.Set("Content-Type", download.document.media_type);
  response.Set("Content-Disposition", "attachment; filename=\"" + AsciiFallback(download.document.filename) +
                                          "\"; filename*=UTF-8''" + Rfc5987(download.document.filename));
  return response;
}

std::vector<FeatureEndpoint> DocumentApiEndpoints(AppContext& context, DocumentService& service) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"POST", "/api/v1/children/{id}/documents", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
               auto parts = ParseMultipart(request.Header("content-type"), request.body);
               if (!parts.ok()) return ApiErrorResponse(parts.error());
               const auto fields = MultipartFields(*parts);
               Json input = Json::object();
               for (const char* name : {"kind", "title", "dated", "description"}) {
                 if (auto it = fields.find(name); it != fields.end()) input[name] = it->second;
               }
               auto asked = FlagField(fields, "child_asked_to_keep");
               if (!asked.ok()) return ApiErrorResponse(asked.error());
               input["child_asked_to_keep"] = *asked;
               const MultipartPart* file = MultipartFile(*parts, "file");
               DocumentFile upload{file ? *file->filename : std::string(),
                                   file ? std::string_view(file->data) : std::string_view()};
               auto added =
                   service.AddDocument(who, request.PathParam("id"), input, upload, AccessContextOf(request));
               if (!added.ok()) return ApiErrorResponse(added.error());
               return Response::Json(DocumentJson(*added).dump(), 201);
             })});

  out.push_back({"GET", "/api/v1/children/{id}/documents", AccessAction::kReadEntries,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
               auto documents = service.ListDocuments(who, request.PathParam("id"), AccessContextOf(request));
               if (!documents.ok()) return ApiErrorResponse(documents.error());
               Json items = Json::array();
               for (const DocumentView& d : *documents) items.push_back(DocumentJson(d));
               return Response::Json(Json{{"items", items}, {"next", nullptr}}.dump());
             })});

  out.push_back({"GET", "/api/v1/documents/{id}", AccessAction::kReadEntries,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
               auto document = service.GetDocument(who, request.PathParam("id"), AccessContextOf(request));
               if (!document.ok()) return ApiErrorResponse(document.error());
               return Response::Json(DocumentJson(*document).dump());
             })});

  out.push_back({"GET", "/api/v1/documents/{id}/content", AccessAction::kReadEntries,
                 WithToken(context, [&context, &service](Request& request, const Principal& who) {
        auto download = service.DownloadDocument(who, request.PathParam("id"), AccessContextOf(request));
        if (!download.ok()) return ApiErrorResponse(download.error());
        return DocumentContentResponse(std::move(download).value());
      })});
  return out;
}

}  // namespace childrecord
