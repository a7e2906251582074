#include "features/transfer/transfer_pages.h"

#include "core/field_errors.h"

#include "features/transfer/transfer_api.h"
#include "features/transfer/transfer_rules.h"
#include "http/url.h"
#include "web/form_dates.h"
#include "web/page_support.h"
#include "web/record_page.h"

namespace childrecord {
namespace {

// The form's fields are named like the API's; "parts[2]" is shown against the parts checkboxes.
Error ForForm(Error e) {
  if (e.field.starts_with("parts[")) e.field = "parts";
  return e;
}

Response TransferFormPage(AppContext& context, const Request& request, const ChildRecord& child, const Form& form,
                          const std::vector<Error>& errors, int status) {
  const std::string& id = child.summary.id;
  Json data{{"action", "/children/" + id + "/transfers/new"},      {"cancel_href", "/children/" + id},
            {"csrf_token", request.principal->csrf_token},         {"agency", FormField(form, "agency")},
            {"agency_contact", FormField(form, "agency_contact")}, {"reason", FormField(form, "reason")}};
  Json summary = Json::array();
  for (const Error& e : errors) summary.push_back(ErrorSummary(ForForm(e), "agency")[0]);
  MarkFieldErrors(data, summary);
  const std::string method = FormField(form, "method");
  Json methods = Json::array();
  for (const std::string& m : TransferMethods()) {
    // The first radio carries the field's id, so the error summary's link lands on it.
    methods.push_back({{"value", m},
                       {"id", methods.empty() ? std::string("method") : "method-" + m},
                       {"label", TransferMethodLabel(m)},
                       {"checked", m == method}});
  }
  data["methods"] = methods;
  Json parts = Json::array();
  for (const std::string& p : TransferParts()) {
    bool checked = false;
    auto [begin, end] = form.equal_range("parts");
    for (auto it = begin; it != end; ++it) checked = checked || it->second == p;
    parts.push_back({{"value", p},
                     {"id", parts.empty() ? std::string("parts") : "parts-" + p},
                     {"label", TransferPartLabel(p)},
                     {"checked", checked}});
  }
  data["parts"] = parts;
  data["sent_on_input"] = DateInput(form, "sent_on", "When was the copy sent?", data);
  data["entries_from_input"] = DateInput(form, "entries_from", "Entries from (optional)", data);
  data["entries_to_input"] = DateInput(form, "entries_to", "Entries to (optional)", data);
  return RenderRecordPage(context, request, child, "overview", "transfer_form",
                          "Record a transfer to an adoption agency", std::move(data), status);
}

Response TransferFormPost(AppContext& context, TransferService& transfers, Request& request) {
  auto posted = ReadRecordForm(context, request);
  if (auto* page = std::get_if<Response>(&posted)) return std::move(*page);
  const auto& [form, child] = std::get<PostedRecordForm>(posted);
  const std::string& id = child.summary.id;
  Json input{{"agency", FormField(form, "agency")},
             {"agency_contact", FormField(form, "agency_contact")},
             {"reason", FormField(form, "reason")},
             {"parts", Json::array()}};
  if (const std::string m = FormField(form, "method"); !m.empty()) input["method"] = m;
  auto [begin, end] = form.equal_range("parts");
  for (auto it = begin; it != end; ++it) input["parts"].push_back(it->second);
  // Every problem at once: the dates as typed, then the rules over the rest (which run without
  // saving while a date cannot be read, so an unreadable optional date is never dropped).
  FieldErrors errors;
  for (const auto& [name, what] :
       std::vector<std::pair<std::string, std::string>>{{"sent_on", "the date the copy was sent"},
                                                        {"entries_from", "the date of the first entry sent"},
                                                        {"entries_to", "the date of the last entry sent"}}) {
    auto date = DateFromForm(form, name, what);
    if (errors.Check(date) && !date->empty()) input[name] = *date;
  }
  if (!errors.empty()) {
    errors.Check(BuildRecordTransferred(input, id, "-", context.store.clock().Now()));
    return TransferFormPage(context, request, child, form, errors.ToStatus().error().All(), 422);
  }
  auto made = transfers.Record(*request.principal, id, input, AccessContextOf(request));
  if (!made.ok() && made.error().code == ErrorCode::kValidation) {
    return TransferFormPage(context, request, child, form, made.error().All(), 422);
  }
  if (!made.ok()) return ErrorPage(context, request, made.error());
  return Response::Redirect("/children/" + id);
}

Response CopyPage(AppContext& context, TransferService& transfers, Request& request) {
  auto copy = transfers.GetCopy(*request.principal, request.PathParam("id"), AccessContextOf(request));
  if (!copy.ok()) return ErrorPage(context, request, copy.error());
  Json data = TransferCopyJson(*copy);
  const TransferView& t = copy->transfer;
  data["sent_on_uk"] = UkDate(t.sent_on);
  data["method_label"] = TransferMethodLabel(t.method);
  data["recorded_at_uk"] = UkDateTimeOf(t.recorded_at);
  data["entries_from_uk"] = t.entries_from.empty() ? "" : UkDate(t.entries_from);
  data["entries_to_uk"] = t.entries_to.empty() ? "" : UkDate(t.entries_to);
  Json labels = Json::array();
  for (const std::string& p : copy->parts) labels.push_back(TransferPartLabel(p));
  data["part_labels"] = labels;
  for (size_t i = 0; i < copy->entries.size() && data.contains("entries"); ++i) {
    data["entries"][i]["occurred_uk"] = UkDateTimeOf(copy->entries[i].occurred_at);
    data["entries"][i]["recorded_uk"] = UkDateTimeOf(copy->entries[i].recorded_at);
  }
  for (const char* part : {"people", "living", "entries", "documents"}) {
    data[std::string("has_") + part] = data.contains(part) && !data[part].empty();
  }
  data["download_href"] = "/transfers/" + t.id + "/copy?download=1";
  const std::string title =
      "Copy of " + copy->child.summary.full_name + "'s record sent to " + t.agency + " on " + UkDate(t.sent_on);
  data["title"] = title;
  Response response = RenderPage(context, request, "transfer_copy", title, std::move(data));
  if (request.Query("download") == "1") {
    response.Set("Content-Disposition", "attachment; filename=\"record-copy-" + t.sent_on + ".html\"");
  }
  return response;
}

}  // namespace

Status FillTransferOverview(TransferService& transfers, const Principal& who, const AccessContext& access,
                            const ChildRecord& child, Json& data) {
  const std::string& child_id = child.summary.id;
  auto list = transfers.List(who, child_id, access);
  if (!list.ok()) return list.error();
  Json items = Json::array();
  for (const TransferView& t : *list) {
    Json parts = Json::parse(t.parts, nullptr, false);
    std::string labels;
    if (parts.is_array()) {
      for (const Json& p : parts) labels += (labels.empty() ? "" : ", ") + TransferPartLabel(p.get<std::string>());
    }
    items.push_back({{"agency", t.agency},
                     {"sent_on", UkDate(t.sent_on)},
                     {"method", TransferMethodLabel(t.method)},
                     {"parts", labels},
                     {"recorded_by", t.recorded_by_name},
                     {"copy_href", "/transfers/" + t.id + "/copy"}});
  }
  data["transfers"] = items;
  data["has_transfers"] = !items.empty();
  if (MayRecordTransfer(who.user.role)) {
    data["transfer_new_href"] = "/children/" + child_id + "/transfers/new";
  }
  return Status::Ok();
}

std::vector<FeatureEndpoint> TransferPageEndpoints(AppContext& context, TransferService& transfers) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/transfers/new", AccessAction::kReadEntries,
                 SignedIn(context, [&context](Request& request) {
                   if (!MayRecordTransfer(request.principal->user.role)) {
                     return ErrorPage(context, request,
                                      Error::Forbidden("Only a team manager, senior manager or records officer can "
                                                       "record a transfer of the record to an adoption agency"));
                   }
                   auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
                   if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
                   return TransferFormPage(context, request, std::get<ChildRecord>(loaded), Form{}, {}, 200);
                 })});
  out.push_back({"POST", "/children/{id}/transfers/new", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &transfers](Request& request) {
                   return TransferFormPost(context, transfers, request);
                 })});
  out.push_back({"GET", "/transfers/{id}/copy", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &transfers](Request& request) {
                   return CopyPage(context, transfers, request);
                 })});
  return out;
}

}  // namespace childrecord
