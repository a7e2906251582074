#include "features/transfer/transfer_pages.h"

#include <algorithm>
#include <set>
#include <utility>

#include "core/field_errors.h"
#include "features/children/record_page.h"
#include "features/people/household_rules.h"
#include "features/record_form.h"
#include "features/transfer/transfer_api.h"
#include "features/transfer/transfer_rules.h"
#include "http/url.h"
#include "web/form_dates.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// The form's fields are named like the API's; "parts[2]" is shown against the parts checkboxes.
std::string FormFieldFor(const std::string& field) { return field.starts_with("parts[") ? "parts" : field; }

// R17: "Record a transfer to an adoption agency": to whom, when, how, which parts and why.
RecordForm TransferForm(AppContext& context, TransferService& transfers) {
  RecordForm form{.action = AccessAction::kReadEntries, .detail = "transfer form", .field_for = FormFieldFor};
  form.view = [](const Request& request, const ChildRecord& child, const Form& typed, bool) -> Result<RecordFormView> {
    if (!MayRecordTransfer(request.principal->user.role)) {
      return Error::Forbidden(
          "Only a team manager, senior manager or records officer can record a transfer of the "
          "record to an adoption agency");
    }
    RecordFormView view{.heading = "Record a transfer to an adoption agency",
                        .inset =
                            "When adoption is the plan, a copy of all or part of this record can be sent to "
                            "another adoption agency. Record here what was sent, to whom, when, how and why. "
                            "The copy can be viewed and printed again from the Overview.",
                        .submit_label = "Record the transfer",
                        .back_href = "/children/" + child.summary.id,
                        .back_text = "Back to the record",
                        .default_field = "agency"};
    std::vector<Option> methods, parts;
    for (const std::string& m : TransferMethods()) methods.push_back({m, TransferMethodLabel(m), ""});
    for (const std::string& p : TransferParts()) parts.push_back({p, TransferPartLabel(p), ""});
    std::set<std::string> chosen;
    for (auto [it, end] = typed.equal_range("parts"); it != end; ++it) chosen.insert(it->second);
    view.fields.push_back(TextField("agency", "Adoption agency", "", FormField(typed, "agency")));
    view.fields.push_back(TextField("agency_contact", "Who at the agency received it (optional)", "",
                                    FormField(typed, "agency_contact")));
    view.fields.push_back(DateField("sent_on", "When was the copy sent?", "", DateFrom(typed, "sent_on")));
    view.fields.push_back(ChoiceField("method", "How was it sent?", "", methods, {FormField(typed, "method")}));
    view.fields.push_back(ChoiceField("parts", "Which parts of the record were sent?",
                                      "Select all that apply. Documents are listed; their files are sent separately.",
                                      parts, chosen, /*checkboxes=*/true));
    view.fields.push_back(
        Heading("Entries sent", "If only some entries were sent, give the dates they happened between."));
    view.fields.push_back(DateField("entries_from", "Entries from (optional)", "", DateFrom(typed, "entries_from")));
    view.fields.push_back(DateField("entries_to", "Entries to (optional)", "", DateFrom(typed, "entries_to")));
    view.fields.push_back(AreaField("reason", "Why was it sent?",
                                    "For example, adoption is the plan: the child is to be placed through the agency.",
                                    FormField(typed, "reason")));
    return view;
  };
  form.submit = [&context, &transfers](const Request& request, const ChildRecord& child,
                                       const Form& typed) -> Result<std::string> {
    const std::string& id = child.summary.id;
    Json input{{"agency", FormField(typed, "agency")},
               {"agency_contact", FormField(typed, "agency_contact")},
               {"reason", FormField(typed, "reason")},
               {"parts", Json::array()}};
    if (const std::string m = FormField(typed, "method"); !m.empty()) input["method"] = m;
    for (auto [it, end] = typed.equal_range("parts"); it != end; ++it) input["parts"].push_back(it->second);
    // Every problem at once: the dates as typed, then the rules over the rest (which run without
    // saving while a date cannot be read, so an unreadable optional date is never dropped).
    FieldErrors errors;
    for (const auto& [name, what] :
         std::vector<std::pair<std::string, std::string>>{{"sent_on", "the date the copy was sent"},
                                                          {"entries_from", "the date of the first entry sent"},
                                                          {"entries_to", "the date of the last entry sent"}}) {
      ReadDateInto(typed, name, what, input, errors);
    }
    if (!errors.empty()) {
      errors.Check(BuildRecordTransferred(input, id, "-", context.store.clock().Now()));
      return errors.ToStatus().error();
    }
    CR_RETURN_IF_ERROR(transfers.Record(*request.principal, id, input, AccessContextOf(request)));
    return "/children/" + id;
  };
  return form;
}

// Parts joined by `separator`, the empty ones left out: a part not sent or not known leaves no
// empty punctuation behind ("From : ." or "()").
std::string Joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& part : parts) {
    if (!part.empty()) out += (out.empty() ? "" : separator) + part;
  }
  return out;
}

std::string UkDateOrEmpty(const std::string& iso) { return iso.empty() ? "" : UkDate(iso); }

// R17: the copy as a person reads it: only the parts that were sent, each line with only what is
// known, dates UK style and codes in words.
Json CopyPageJson(const TransferCopy& copy) {
  const TransferView& t = copy.transfer;
  const auto sent = [&copy](const char* part) {
    return std::find(copy.parts.begin(), copy.parts.end(), part) != copy.parts.end();
  };
  Json labels = Json::array();
  for (const std::string& p : copy.parts) labels.push_back(TransferPartLabel(p));
  Json data{{"transfer",
             {{"agency", t.agency},
              {"agency_contact", t.agency_contact},
              {"sent_on_uk", UkDate(t.sent_on)},
              {"method_label", TransferMethodLabel(t.method)},
              {"part_labels", labels},
              {"entries_from_uk", UkDateOrEmpty(t.entries_from)},
              {"entries_to_uk", UkDateOrEmpty(t.entries_to)},
              {"reason", t.reason},
              {"recorded_by", t.recorded_by_name},
              {"recorded_at_uk", UkDateTimeOf(t.recorded_at)}}}};
  const ChildRecord& c = copy.child;
  if (sent("overview")) {
    Json rows = Json::array({{{"label", "Record"}, {"value", c.summary.status == "closed" ? "Closed" : "Open"}}});
    const std::string referral =
        Joined({Joined({UkDateOrEmpty(c.referral_received_on), c.referral_source}, ", from "), c.referral_reason}, ": ");
    if (!referral.empty()) rows.push_back({{"label", "Referral"}, {"value", referral}});
    data["copy_overview"] = {{"rows", rows}};
  }
  if (sent("identity") && copy.identity) {
    const ChildIdentityRow& i = *copy.identity;
    std::string other_names;
    if (const Json names = Json::parse(i.other_names.empty() ? "[]" : i.other_names, nullptr, false);
        names.is_array()) {
      std::vector<std::string> list;
      for (const Json& n : names) list.push_back(n.is_string() ? n.get<std::string>() : "");
      other_names = Joined(list, ", ");
    }
    Json rows = Json::array();
    for (const auto& [label, value] : std::vector<std::pair<std::string, std::string>>{
             {"Name", i.full_name},
             {"Other names", other_names},
             {"Date of birth", UkDateOrEmpty(i.date_of_birth)},
             {"NHS number", i.nhs_number},
             {"Unique pupil number", i.upn},
             {"Local child number", i.local_child_id}}) {
      if (!value.empty()) rows.push_back({{"label", label}, {"value", value}});
    }
    data["copy_identity"] = {{"rows", rows}};
  }
  Json people = Json::array(), living = Json::array(), entries = Json::array(), documents = Json::array();
  if (sent("people")) {
    for (const LinkedPerson& p : copy.people) {
      const RelationshipType* type = FindRelationshipType(p.relationship);
      people.push_back({{"full_name", p.full_name},
                        {"details", Joined({type ? type->label : p.relationship, p.phone.empty() ? "" : "Phone " + p.phone,
                                            p.address},
                                           ". ")}});
    }
  }
  if (sent("living")) {
    for (const LivingArrangementView& a : copy.living) {
      const LabelledCode* status = FindCode(LegalStatuses(), a.legal_status);
      const LabelledCode* kind = FindCode(LivingPlaceKinds(), a.place_kind);
      const std::string where =
          Joined({kind ? kind->label : a.place_kind, a.place, a.with_whom.empty() ? "" : "with " + a.with_whom}, ", ");
      const std::string line = Joined({where, status ? status->label : a.legal_status}, ". ");
      living.push_back({{"text", a.effective_from.empty() ? line : Joined({"From " + UkDate(a.effective_from), line}, ": ")}});
    }
  }
  if (sent("entries")) {
    for (const EntryView& e : copy.entries) {
      entries.push_back({{"title", e.title},
                         {"occurred_uk", UkDateTimeOf(e.occurred_at)},
                         {"recorded_by", e.recorded_by_name},
                         {"recorded_uk", UkDateTimeOf(e.recorded_at)},
                         {"body", e.body}});
    }
  }
  if (sent("documents")) {
    for (const DocumentView& d : copy.documents) {
      const std::string dated = UkDateOrEmpty(d.dated);
      documents.push_back({{"text", Joined({d.title + (dated.empty() ? "" : " (" + dated + ")"), d.filename}, ", ")}});
    }
  }
  for (auto& [part, list] : std::vector<std::pair<std::string, Json*>>{
           {"people", &people}, {"living", &living}, {"entries", &entries}, {"documents", &documents}}) {
    if (!list->empty()) data[part] = *list;
    data["has_" + part] = !list->empty();
  }
  return data;
}

Response CopyPage(AppContext& context, TransferService& transfers, Request& request) {
  auto copy = transfers.GetCopy(*request.principal, request.PathParam("id"), AccessContextOf(request));
  if (!copy.ok()) return ErrorPage(context, request, copy.error());
  Json data = CopyPageJson(*copy);
  const TransferView& t = copy->transfer;
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
  AddRecordForm(out, context, "/children/{id}/transfers/new", TransferForm(context, transfers));
  out.push_back(
      {"GET", "/transfers/{id}/copy", AccessAction::kReadEntries,
       SignedIn(context, [&context, &transfers](Request& request) { return CopyPage(context, transfers, request); })});
  return out;
}

}  // namespace childrecord
