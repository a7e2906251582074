#include "features/identity/living_pages.h"

#include <algorithm>

#include "core/time_format.h"
#include "features/children/record_page.h"
#include "features/documents/document_service.h"
#include "features/identity/identity_page_support.h"
#include "features/identity/identity_rules.h"
#include "features/people/household_rules.h"
#include "http/url.h"
#include "web/page_support.h"

namespace childrecord::features::identity {
namespace {

std::string Label(const std::vector<LabelledCode>& list, const std::string& code) {
  const LabelledCode* found = FindCode(list, code);
  return found ? found->label : code;
}

Json ArrangementJson(const LivingArrangementView& a) {
  const LabelledCode* status = FindCode(LegalStatuses(), a.legal_status);
  std::string where = Label(LivingPlaceKinds(), a.place_kind);
  if (!a.place.empty()) where += ": " + a.place;
  return Json{{"effective_from", UkDate(a.effective_from)},
              {"where", where},
              {"with_whom", a.with_whom},
              {"legal_status", status ? status->label : a.legal_status},
              {"legal_status_explanation", status ? status->explanation : ""},
              {"has_order", !a.order_made_on.empty() || !a.order_court.empty()},
              {"order_made_on", UkDate(a.order_made_on)},
              {"order_court", a.order_court},
              // R8: the sealed order itself, downloaded (and logged) from the record's documents.
              {"order_document_href",
               a.order_document_id.empty() ? Json(false) : Json("/documents/" + a.order_document_id + "/download")},
              {"provider_name", a.provider_name},
              {"recorded_at", UkDateTimeOf(a.recorded_at)},
              {"recorded_by", a.recorded_by_name}};
}

struct LivingForm {
  std::string from_day, from_month, from_year, place_kind, place, with_whom, legal_status;
  std::string order_day, order_month, order_year, order_court, provider_name;
  std::string order_document_id;  // R8: the copy of the order among the record's documents, or ""
};

LivingForm ReadLivingForm(const Form& form) {
  auto g = [&](const char* name) { return FormField(form, name); };
  return LivingForm{g("from_day"),    g("from_month"),    g("from_year"),        g("place_kind"),  g("place"),
                    g("with_whom"),   g("legal_status"),  g("order_day"),        g("order_month"), g("order_year"),
                    g("order_court"), g("provider_name"), g("order_document_id")};
}

Json LivingInput(const LivingForm& f) {
  Json input{{"place_kind", f.place_kind},
             {"place", f.place},
             {"with_whom", f.with_whom},
             {"legal_status", f.legal_status},
             {"provider_name", f.provider_name}};
  const std::string from = DateFromParts(f.from_day, f.from_month, f.from_year);
  if (!from.empty()) input["effective_from"] = from;
  if (f.place_kind.empty()) input.erase("place_kind");
  if (f.legal_status.empty()) input.erase("legal_status");
  const std::string made_on = DateFromParts(f.order_day, f.order_month, f.order_year);
  if (!made_on.empty() || !f.order_court.empty()) {
    Json order = Json::object();
    if (!made_on.empty()) order["made_on"] = made_on;
    if (!f.order_court.empty()) order["court"] = f.order_court;
    if (!f.order_document_id.empty()) order["document_id"] = f.order_document_id;
    input["order"] = order;
  }
  return input;
}

std::string LivingAnchor(const std::string& field) {
  if (field == "effective_from") return "from_day";
  if (field == "place_kind") return "place_kind";
  if (field == "legal_status") return "legal_status";
  if (field == "order" || field == "order.made_on") return "order_day";
  if (field == "order.court") return "order_court";
  if (field == "order.document_id") return "order_document_id";
  if (field == "place" || field == "with_whom" || field == "provider_name") return field;
  return "place_kind";
}

// Every problem at once: the rules report them all (features/people/household_rules.h BuildLivingArrangement).
std::vector<Error> LivingErrors(const Json& input, const std::string& child_id, TimePoint now) {
  auto checked = BuildLivingArrangement(input, child_id, now);
  return checked.ok() ? std::vector<Error>{} : checked.error().All();
}

// R8: the court orders already on the record's Documents tab, to attach one as the copy of the
// order. Listing them reads the record's documents (logged); a person who may not read them sees
// no choice, and the order is recorded without its copy.
Json OrderDocumentOptions(AppContext& context, const Request& request, const std::string& child_id,
                          const std::string& chosen) {
  Json options = Json::array();
  // The documents feature's use case (features/documents/document_service.h): cheap to make.
  DocumentService documents_service(context.store, context.tenant.id, context.record_access, context.blobs);
  auto documents = documents_service.ListDocuments(*request.principal, child_id, AccessContextOf(request));
  if (!documents.ok()) return options;
  for (const DocumentView& d : *documents) {
    if (d.kind != "court_order") continue;
    options.push_back(
        {{"value", d.id}, {"label", d.title + " (" + UkDate(d.dated) + ")"}, {"selected", d.id == chosen}});
  }
  return options;
}

Response RenderLivingForm(AppContext& context, const Request& request, const ChildRecord& child, const LivingForm& f,
                          const std::vector<Error>& errors, int status) {
  Json summary = Json::array();
  std::map<std::string, std::string> field_errors;
  for (const Error& e : errors) {
    const std::string anchor = LivingAnchor(e.field);
    summary.push_back({{"message", e.message}, {"href", "#" + anchor}});
    field_errors.emplace(anchor, e.message);
  }
  auto error_of = [&](const std::string& anchor) {
    auto it = field_errors.find(anchor);
    return it == field_errors.end() ? Json(false) : Json(it->second);
  };
  auto options = [](const std::vector<LabelledCode>& list, const std::string& name, const std::string& chosen) {
    Json out = Json::array();
    for (size_t i = 0; i < list.size(); ++i) {
      out.push_back({{"id", i == 0 ? name : name + "-" + list[i].code},
                     {"name", name},
                     {"value", list[i].code},
                     {"label", list[i].label},
                     {"hint", list[i].explanation},
                     {"has_hint", !list[i].explanation.empty()},
                     {"checked", list[i].code == chosen}});
    }
    return out;
  };
  Json data{{"child", ChildJson(child)},
            {"action", ChildPath(child.summary.id) + "/living/new"},
            {"cancel_href", ChildPath(child.summary.id) + "/living"},
            {"csrf_token", request.principal->csrf_token},
            {"from_day", f.from_day},
            {"from_month", f.from_month},
            {"from_year", f.from_year},
            {"place_kinds", options(LivingPlaceKinds(), "place_kind", f.place_kind)},
            {"place", f.place},
            {"with_whom", f.with_whom},
            {"legal_statuses", options(LegalStatuses(), "legal_status", f.legal_status)},
            {"order_day", f.order_day},
            {"order_month", f.order_month},
            {"order_year", f.order_year},
            {"order_court", f.order_court},
            {"provider_name", f.provider_name},
            {"order_documents", OrderDocumentOptions(context, request, child.summary.id, f.order_document_id)},
            {"error_order_document_id", error_of("order_document_id")},
            {"error_from", error_of("from_day")},
            {"error_place_kind", error_of("place_kind")},
            {"error_place", error_of("place")},
            {"error_with_whom", error_of("with_whom")},
            {"error_legal_status", error_of("legal_status")},
            {"error_order", error_of("order_day")},
            {"error_order_court", error_of("order_court")},
            {"error_provider_name", error_of("provider_name")}};
  data["errors"] = summary;
  data["has_errors"] = !summary.empty();
  return RenderRecordPage(context, request, child, "living", "living_form",
                          std::string(errors.empty() ? "" : "Error: ") + "Record where they live", std::move(data),
                          status);
}

}  // namespace

OverviewSection LivingOverviewSection(std::shared_ptr<IdentityService> identity) {
  return OverviewSection{
      "overview_living",
      [identity](const Principal& who, const AccessContext& access, const ChildRecord& child, Json& data) -> Status {
        const std::string& child_id = child.summary.id;
        auto answer = identity->ListLivingArrangements(who, child_id, access);
        if (!answer.ok()) return answer.error();
        data = answer->current ? ArrangementJson(*answer->current) : Json{{"none", true}};
        data["href"] = ChildPath(child_id) + "/living";
        return Status::Ok();
      },
      OverviewPlace::kSummaryRows};
}

std::vector<FeatureEndpoint> LivingPageEndpoints(AppContext& context, IdentityService& identity) {
  std::vector<FeatureEndpoint> out;
  // R4/R8: where the child lives now, the legal status explained, and the dated history.
  out.push_back(
      {"GET", "/children/{id}/living", AccessAction::kReadOverview,
       SignedIn(context, [&context, &identity](Request& request) {
         auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
         if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
         const ChildRecord& child = std::get<ChildRecord>(loaded);
         auto answer = identity.ListLivingArrangements(*request.principal, child.summary.id, AccessContextOf(request));
         if (!answer.ok()) return Failed(context, request, answer.error());
         Json history = Json::array();
         for (const auto& a : answer->history) history.push_back(ArrangementJson(a));
         Json data{{"child", ChildJson(child)},
                   {"has_current", answer->current.has_value()},
                   {"current", answer->current ? ArrangementJson(*answer->current) : Json::object()},
                   {"history", history},
                   {"has_history", !history.empty()},
                   {"new_href", ChildPath(child.summary.id) + "/living/new"},
                   {"recorded", request.Query("recorded") == "1"}};
         return RenderRecordPage(context, request, child, "living", "living", "Where they live", std::move(data));
       })});

  out.push_back({"GET", "/children/{id}/living/new", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &identity](Request& request) {
                   auto child = ChildForChange(context, request, "living arrangement form");
                   if (!child.ok()) return Failed(context, request, child.error());
                   LivingForm f;
                   const TypedDate today = PartsOf(FormatIsoDate(LondonDate(context.store.clock().Now())));
                   f.from_day = today.day;
                   f.from_month = today.month;
                   f.from_year = today.year;
                   return RenderLivingForm(context, request, *child, f, {}, 200);
                 })});

  out.push_back({"POST", "/children/{id}/living/new", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &identity](Request& request) {
                   Form form;
                   if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
                   auto child = ChildForChange(context, request, "living arrangement form");
                   if (!child.ok()) return Failed(context, request, child.error());
                   const LivingForm f = ReadLivingForm(form);
                   const Json input = LivingInput(f);
                   std::vector<Error> errors = LivingErrors(input, child->summary.id, context.store.clock().Now());
                   if (errors.empty()) {
                     auto saved = identity.RecordLivingArrangement(*request.principal, child->summary.id, input,
                                                                   AccessContextOf(request));
                     if (saved.ok()) return Response::Redirect(ChildPath(child->summary.id) + "/living?recorded=1");
                     if (saved.error().code != ErrorCode::kValidation) return Failed(context, request, saved.error());
                     errors.push_back(saved.error());
                   }
                   return RenderLivingForm(context, request, *child, f, errors, 422);
                 })});
  return out;
}

}  // namespace childrecord::features::identity
