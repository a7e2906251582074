#include "features/documents/document_pages.h"

#include <variant>

#include "core/time_format.h"
#include "features/children/children_service.h"
#include "features/children/record_page.h"
#include "features/documents/document_api.h"
#include "features/documents/document_repository.h"
#include "features/documents/document_rules.h"
#include "features/documents/document_type_rules.h"
#include "http/multipart.h"
#include "web/audit_pages.h"
#include "web/form_dates.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// What the person typed, kept exactly so a refused form comes back as they left it (except the
// file: browsers never let a page fill in a file input).
struct DocumentForm {
  std::string kind, title, day, month, year, description;
  bool child_asked_to_keep = false;
  bool file_chosen = false;
};

DocumentForm ReadDocumentForm(const Form& form, const MultipartPart* file) {
  return DocumentForm{FormField(form, "kind"),
                      FormField(form, "title"),
                      FormField(form, "day"),
                      FormField(form, "month"),
                      FormField(form, "year"),
                      FormField(form, "description"),
                      FormField(form, "child_asked_to_keep") == "yes",
                      file != nullptr && (!file->data.empty() || !file->filename->empty())};
}

// The date inputs as "YYYY-MM-DD" for BuildDocumentAdded, "" when all are blank, or the error.
Result<std::string> DatedField(const DocumentForm& f) {
  return IsoDateFromForm(f.day, f.month, f.year, "dated", "the date on the document");
}

std::string AnchorFor(const std::string& field) {
  if (field == "dated") return "#day";
  if (field == "kind") return "#kind";
  if (field.empty()) return "#file";
  return "#" + field;
}

// Every problem with the form at once: BuildDocumentAdded stops at the first, so each faulty
// field is replaced with a good placeholder and the form checked again.
std::vector<Error> CollectDocumentErrors(Json input, const DocumentFile& file, TimePoint now,
                                         std::optional<Error> date_error) {
  std::vector<Error> errors;
  if (date_error) {
    errors.push_back(*date_error);
    input["dated"] = FormatIsoDate(LondonDate(now));
  }
  for (int attempt = 0; attempt < 6; ++attempt) {
    auto checked = BuildDocumentAdded(input, file, "-", "-", now);
    if (checked.ok()) break;
    const std::string field = checked.error().field;
    if (field == "dated" && date_error) break;
    errors.push_back(checked.error());
    if (field == "kind") {
      input["kind"] = "other";
    } else if (field == "title") {
      input["title"] = "-";
    } else if (field == "dated") {
      input["dated"] = FormatIsoDate(LondonDate(now));
    } else if (field == "description") {
      input["description"] = "";
    } else {
      break;  // the file is checked last
    }
  }
  return errors;
}

std::string SizeText(int64_t bytes) {
  if (bytes < 1024) return std::to_string(bytes) + " bytes";
  if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
  const int64_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

Response RenderDocumentForm(AppContext& context, const Request& request, const ChildRecord& child,
                            const DocumentForm& f, const std::vector<Error>& errors, int status) {
  Json kinds = Json::array();
  for (const DocumentKind& k : DocumentKinds()) {
    kinds.push_back({{"value", k.code},
                     {"text", k.label},
                     {"hint", k.hint},
                     {"has_hint", !k.hint.empty()},
                     {"checked", k.code == f.kind},
                     {"id", "kind-" + k.code}});
  }
  // The first radio carries id="kind" so the error summary's link lands on the group.
  if (!kinds.empty()) kinds[0]["id"] = "kind";
  const std::string child_path = "/children/" + child.summary.id;
  Json data{{"child", {{"full_name", child.summary.full_name}, {"href", child_path + "/documents"}}},
            {"action", child_path + "/documents"},
            {"csrf_token", request.principal->csrf_token},
            {"kinds", kinds},
            {"title", f.title},
            {"day", f.day},
            {"month", f.month},
            {"year", f.year},
            {"description", f.description},
            {"child_asked_to_keep", f.child_asked_to_keep},
            {"accepted_types", AcceptedDocumentTypesText()},
            {"max_size", kMaxDocumentText}};
  Json error_list = Json::array();
  bool file_error = false;
  for (const Error& e : errors) {
    error_list.push_back({{"message", e.message}, {"href", AnchorFor(e.field)}});
    const std::string key = "error_" + (e.field.empty() ? std::string("file") : e.field);
    if (!data.contains(key)) data[key] = e.message;
    file_error = file_error || e.field == "file" || e.field.empty();
  }
  // A file input is always empty when a page comes back: say so, rather than let the person
  // think their file is still attached.
  if (!errors.empty() && f.file_chosen && !file_error) {
    const std::string again =
        "Choose the file again: it was not saved, and browsers cannot keep a chosen file "
        "when the page comes back";
    error_list.push_back({{"message", again}, {"href", "#file"}});
    data["error_file"] = again;
  }
  data["errors"] = error_list;
  data["has_errors"] = !error_list.empty();
  return RenderPage(context, request, "document_form",
                    std::string(errors.empty() ? "" : "Error: ") + "Add a document for " + child.summary.full_name,
                    data, status, "children");
}

// The child whose record the form adds to: the caller must be allowed to record on it.
Result<ChildRecord> ChildForAdding(AppContext& context, const Request& request) {
  const AccessContext access = AccessContextOf(request);
  const std::string id = request.PathParam("id");
  CR_RETURN_IF_ERROR(
      context.record_access.Authorize(*request.principal, id, AccessAction::kRecordEntry, access, "document form"));
  return ChildrenService(context).GetChild(*request.principal, id, access);
}

}  // namespace

std::vector<FeatureEndpoint> DocumentPageEndpoints(AppContext& context, DocumentService& service) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/documents", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &service](Request& request) {
                   const std::string id = request.PathParam("id");
                   auto loaded = LoadRecordForPage(context, request, id);
                   if (auto* answer = std::get_if<Response>(&loaded)) return std::move(*answer);
                   const ChildRecord& child = std::get<ChildRecord>(loaded);
                   auto documents = service.ListDocuments(*request.principal, id, AccessContextOf(request));
                   if (!documents.ok() && documents.error().code == ErrorCode::kReasonRequired) {
                     // The Emergency Duty Team sees the overview of any record; documents, like case notes, need a
                     // reason.
                     return AccessReasonPage(context, request, id, "", Json::array(), 403);
                   }
                   if (!documents.ok()) return ErrorPage(context, request, documents.error());
                   Json rows = Json::array();
                   for (const DocumentView& d : *documents) {
                     rows.push_back({{"title", d.title},
                                     {"kind_label", DocumentKindLabel(d.kind)},
                                     {"dated", UkDate(d.dated)},
                                     {"added_by", d.added_by_name},
                                     {"added_at", UkDateOf(d.added_at)},
                                     {"size", SizeText(d.size)},
                                     {"filename", d.filename},
                                     {"description", d.description},
                                     {"child_asked_to_keep", d.child_asked_to_keep},
                                     {"href", "/documents/" + d.id + "/download"}});
                   }
                   Json data{{"documents", rows},
                             {"has_documents", !rows.empty()},
                             {"add_href", "/children/" + id + "/documents/new"},
                             {"added", !request.Query("added").empty()}};
                   return RenderRecordPage(context, request, child, "documents", "documents", "Documents",
                                           std::move(data));
                 })});

  out.push_back({"GET", "/children/{id}/documents/new", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &service](Request& request) {
                   auto child = ChildForAdding(context, request);
                   if (!child.ok()) return ErrorPage(context, request, child.error());
                   return RenderDocumentForm(context, request, *child, DocumentForm{}, {}, 200);
                 })});

  out.push_back({"POST", "/children/{id}/documents", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &service](Request& request) {
                   const Principal& who = *request.principal;
                   auto parts = ParseMultipart(request.Header("content-type"), request.body);
                   if (!parts.ok()) return ErrorPage(context, request, parts.error());
                   const Form form = MultipartFields(*parts);
                   if (!CsrfValid(request, form)) {
                     return ExpiredFormPage(context, request);
                   }
                   auto child = ChildForAdding(context, request);
                   if (!child.ok()) return ErrorPage(context, request, child.error());
                   const MultipartPart* file = MultipartFile(*parts, "file");
                   const DocumentForm f = ReadDocumentForm(form, file);
                   Json input{{"kind", f.kind},
                              {"title", f.title},
                              {"description", f.description},
                              {"child_asked_to_keep", f.child_asked_to_keep}};
                   if (f.kind.empty()) input["kind"] = nullptr;
                   auto dated = DatedField(f);
                   std::optional<Error> date_error;
                   if (dated.ok()) {
                     input["dated"] = *dated;
                   } else {
                     date_error = dated.error();
                   }
                   const DocumentFile upload{file ? *file->filename : std::string(),
                                             file ? std::string_view(file->data) : std::string_view()};
                   std::vector<Error> errors =
                       CollectDocumentErrors(input, upload, context.store.clock().Now(), date_error);
                   if (!errors.empty()) return RenderDocumentForm(context, request, *child, f, errors, 422);
                   auto added = service.AddDocument(who, child->summary.id, input, upload, AccessContextOf(request));
                   if (!added.ok()) {
                     if (added.error().code != ErrorCode::kValidation)
                       return ErrorPage(context, request, added.error());
                     return RenderDocumentForm(context, request, *child, f, {added.error()}, 422);
                   }
                   return Response::Redirect("/children/" + child->summary.id + "/documents?added=" + added->id);
                 })});

  out.push_back({"GET", "/documents/{id}/download", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &service](Request& request) {
                   auto download =
                       service.DownloadDocument(*request.principal, request.PathParam("id"), AccessContextOf(request));
                   if (!download.ok() && download.error().code == ErrorCode::kReasonRequired) {
                     // A reason is asked only of someone who may know the record exists: ask it for that record.
                     auto document =
                         DocumentRepository(context.store).GetDocument(context.tenant.id, request.PathParam("id"));
                     if (document.ok()) {
                       return AccessReasonPage(context, request, document->child_id, "", Json::array(), 403);
                     }
                   }
                   if (!download.ok()) return ErrorPage(context, request, download.error());
                   return DocumentContentResponse(std::move(download).value());
                 })});
  return out;
}

}  // namespace childrecord
