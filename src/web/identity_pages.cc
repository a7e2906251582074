#include "web/identity_pages.h"

#include <algorithm>
#include <charconv>

#include "core/time_format.h"
#include "http/url.h"
#include "record/household.h"
#include "record/identity.h"
#include "web/page_support.h"
#include "web/record_page.h"

namespace childrecord {
namespace {

// ---- Shared ------------------------------------------------------------------------------------

// A GOV.UK date input's three boxes as the builders read dates: "" when all are empty, the ISO
// date when they are numbers, otherwise text the builders refuse as not a real date (so the
// message and the field it names come from the one rule).
std::string DateFromParts(const std::string& day, const std::string& month, const std::string& year) {
  if (day.empty() && month.empty() && year.empty()) return "";
  int d = 0, m = 0, y = 0;
  auto number = [](const std::string& text, int& out) {
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && ec == std::errc() && ptr == text.data() + text.size();
  };
  if (!number(day, d) || !number(month, m) || !number(year, y) || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 ||
      d > 31) {
    return day + "/" + month + "/" + year;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

struct TypedDate {
  std::string day, month, year;
};
TypedDate PartsOf(const std::string& iso) {
  auto date = ParseIsoDate(iso);
  if (!date) return {};
  return {std::to_string(static_cast<unsigned>(date->day())), std::to_string(static_cast<unsigned>(date->month())),
          std::to_string(static_cast<int>(date->year()))};
}

std::string ChildPath(const std::string& id) { return "/children/" + id; }

// A refusal on a record page: outside the caseload, the record's own page asks why first.
Response Failed(AppContext& context, const Request& request, const Error& error) {
  if (error.code == ErrorCode::kReasonRequired) return Response::Redirect(ChildPath(request.PathParam("id")));
  return ErrorPage(context, request, error);
}

Json ChildJson(const ChildRecord& child) {
  return Json{{"full_name", child.summary.full_name},
              {"href", ChildPath(child.summary.id)},
              {"identity_href", ChildPath(child.summary.id) + "/identity"},
              {"living_href", ChildPath(child.summary.id) + "/living"}};
}

// ---- Identity (R2) -----------------------------------------------------------------------------

std::string Spaced(const std::string& nhs) {
  if (nhs.size() != 10) return nhs;
  return nhs.substr(0, 3) + " " + nhs.substr(3, 3) + " " + nhs.substr(6);
}

// A detail's value as the page shows it.
std::string ShownValue(const std::string& field, const Json& value) {
  if (value.is_null()) return "";
  if (field == "other_names" && value.is_array()) {
    std::string joined;
    for (const auto& n : value) {
      if (n.is_string()) joined += (joined.empty() ? "" : ", ") + n.get<std::string>();
    }
    return joined;
  }
  if (!value.is_string()) return value.dump();
  const std::string text = value.get<std::string>();
  if (field == "date_of_birth") return UkDate(text);
  if (field == "nhs_number") return Spaced(text);
  return text;
}

std::string EvidenceText(const Json& evidence) {
  if (!evidence.is_object()) return "";
  return evidence.value("how", "") + " – checked by " + evidence.value("by", "") + " on " +
         UkDate(evidence.value("on", ""));
}

// Every change, newest first, as the history list shows it.
Json HistoryJson(const std::vector<IdentityChangeView>& history) {
  Json list = Json::array();
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    Json changes = Json::parse(it->changes, nullptr, false);
    Json details = Json::array();
    if (changes.is_object()) {
      for (const std::string& field : IdentityFields()) {
        if (!changes.contains(field)) continue;
        const Json& c = changes[field];
        const std::string shown = ShownValue(field, c.value("value", Json(nullptr)));
        details.push_back({{"label", IdentityFieldLabel(field)},
                           {"value", shown.empty() ? "Removed" : shown},
                           {"evidence", EvidenceText(c.value("evidence", Json(nullptr)))}});
      }
    }
    list.push_back({{"effective_from", UkDate(it->effective_from)},
                    {"reason", it->reason},
                    {"recorded_at", UkDateTimeOf(it->recorded_at)},
                    {"recorded_by", it->recorded_by_name},
                    {"details", details}});
  }
  return list;
}

Response RenderIdentity(AppContext& context, const Request& request, const ChildRecord& child,
                        const IdentityAnswer& answer, const TypedDate& typed, const std::vector<Error>& errors,
                        int status) {
  const Date today = LondonDate(context.store.clock().Now());
  const bool past = std::chrono::sys_days(answer.as_at) < std::chrono::sys_days(today);
  Json rows = Json::array();
  for (const std::string& field : IdentityFields()) {
    auto it = answer.identity.details.find(field);
    const bool known = it != answer.identity.details.end();
    const std::string value = known ? ShownValue(field, it->second.value) : "";
    const std::string evidence = known ? EvidenceText(it->second.evidence) : "";
    std::string since;
    if (known)
      since = it->second.effective_from.empty() ? "As recorded when the record was opened"
                                                : "Since " + UkDate(it->second.effective_from);
    rows.push_back({{"label", IdentityFieldLabel(field)},
                    {"value", value.empty() ? "Not recorded" : value},
                    {"evidence", evidence.empty() ? (value.empty() ? "" : "Not evidenced") : evidence},
                    {"since", value.empty() ? "" : since}});
  }
  Json data{{"child", ChildJson(child)},
            {"rows", rows},
            {"viewing_past", past},
            {"as_at", UkDate(FormatIsoDate(answer.as_at))},
            {"action", ChildPath(child.summary.id) + "/identity"},
            {"change_href", ChildPath(child.summary.id) + "/identity/change"},
            {"day", typed.day},
            {"month", typed.month},
            {"year", typed.year},
            {"history", HistoryJson(answer.history)},
            {"has_history", !answer.history.empty()},
            {"changed", request.Query("changed") == "1"}};
  Json list = Json::array();
  for (const Error& e : errors) {
    list.push_back({{"message", e.message}, {"href", "#as_at-day"}});
    data["as_at_error"] = e.message;
  }
  data["errors"] = list;
  data["has_errors"] = !list.empty();
  return RenderRecordPage(context, request, child, "identity", "identity",
                          std::string(errors.empty() ? "" : "Error: ") + "Identity", std::move(data), status);
}

// What the change form holds for one detail, exactly as typed.
struct DetailForm {
  std::string value, value_day, value_month, value_year;  // date of birth uses the three boxes
  std::string evidence, evidenced_by, on_day, on_month, on_year;
};
struct IdentityForm {
  std::string from_day, from_month, from_year, reason;
  std::map<std::string, DetailForm> details;
};

IdentityForm ReadIdentityForm(const Form& form) {
  IdentityForm f{FormField(form, "from_day"),
                 FormField(form, "from_month"),
                 FormField(form, "from_year"),
                 FormField(form, "reason"),
                 {}};
  for (const std::string& field : IdentityFields()) {
    auto get = [&](const std::string& part) { return FormField(form, field + "_" + part); };
    f.details[field] =
        DetailForm{get("value"),        get("value_day"), get("value_month"), get("value_year"), get("evidence"),
                   get("evidenced_by"), get("on_day"),    get("on_month"),    get("on_year")};
  }
  return f;
}

// The API's input from the form: a detail is sent when its value or any of its evidence is filled in.
Json IdentityInput(const IdentityForm& f) {
  Json input{{"effective_from", DateFromParts(f.from_day, f.from_month, f.from_year)}, {"reason", f.reason}};
  if (input["effective_from"] == "") input.erase("effective_from");
  Json changes = Json::object();
  for (const auto& [field, d] : f.details) {
    const std::string on = DateFromParts(d.on_day, d.on_month, d.on_year);
    Json value;
    if (field == "date_of_birth") {
      value = DateFromParts(d.value_day, d.value_month, d.value_year);
    } else if (field == "other_names") {
      Json names = Json::array();
      std::string line;
      for (char c : d.value + "\n") {
        if (c == '\n') {
          while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
          if (!line.empty()) names.push_back(line);
          line.clear();
        } else {
          line.push_back(c);
        }
      }
      value = names.empty() ? Json("") : names;
    } else {
      value = d.value;
    }
    const bool has_value = !(value.is_string() && value.get<std::string>().empty());
    const bool has_evidence = !d.evidence.empty() || !d.evidenced_by.empty() || !on.empty();
    if (!has_value && !has_evidence) continue;
    Json change = Json::object();
    if (has_value) change["value"] = value;
    if (!d.evidence.empty()) change["evidence"] = d.evidence;
    if (!d.evidenced_by.empty()) change["evidenced_by"] = d.evidenced_by;
    if (!on.empty()) change["evidenced_on"] = on;
    changes[field] = change;
  }
  input["changes"] = changes;
  return input;
}

// The page element an error's field belongs to ("changes.nhs_number.value" -> "nhs_number-value").
std::string IdentityAnchor(const std::string& field) {
  if (field == "effective_from") return "from_day";
  if (field == "reason") return "reason";
  if (field.rfind("changes.", 0) == 0) {
    std::string rest = field.substr(8);
    auto dot = rest.find('.');
    if (dot == std::string::npos) return rest + "-value";
    std::string name = rest.substr(0, dot), part = rest.substr(dot + 1);
    if (part.rfind("value", 0) == 0) return name == "date_of_birth" ? name + "-value_day" : name + "-value";
    if (part == "evidenced_on") return name + "-on_day";
    return name + "-" + part;
  }
  return "full_name-value";
}

// Every problem at once (BuildIdentityChanged stops at the first): note it, set the part aside
// and check again.
std::vector<Error> IdentityErrors(Json input, const std::string& child_id, TimePoint now) {
  std::vector<Error> errors;
  for (int attempt = 0; attempt < 16; ++attempt) {
    auto checked = BuildIdentityChanged(input, child_id, now);
    if (checked.ok()) break;
    const Error e = checked.error();
    errors.push_back(e);
    if (e.field == "effective_from") {
      input["effective_from"] = FormatIsoDate(LondonDate(now));
    } else if (e.field == "reason") {
      input.erase("reason");
    } else if (e.field.rfind("changes.", 0) == 0 && e.field.size() > 8) {
      std::string name =
          e.field.substr(8, e.field.find('.', 8) == std::string::npos ? std::string::npos : e.field.find('.', 8) - 8);
      input["changes"].erase(name);
      if (input["changes"].empty()) break;
    } else {
      break;
    }
  }
  return errors;
}

Response RenderIdentityForm(AppContext& context, const Request& request, const ChildRecord& child, const Identity& now,
                            const IdentityForm& f, const std::vector<Error>& errors, int status) {
  std::map<std::string, std::string> current;
  for (const auto& [field, detail] : now.details) current[field] = ShownValue(field, detail.value);
  std::map<std::string, std::string> field_errors;
  Json summary = Json::array();
  for (const Error& e : errors) {
    const std::string anchor = IdentityAnchor(e.field);
    summary.push_back({{"message", e.message}, {"href", "#" + anchor}});
    field_errors.emplace(anchor, e.message);
  }
  auto error_of = [&](const std::string& anchor) {
    auto it = field_errors.find(anchor);
    return it == field_errors.end() ? Json(false) : Json(it->second);
  };
  Json details = Json::array();
  for (const std::string& field : IdentityFields()) {
    const DetailForm& d = f.details.count(field) ? f.details.at(field) : DetailForm{};
    const std::string cur = current.count(field) ? current[field] : "";
    Json evidence_error = error_of(field + "-evidence");
    Json by_error = error_of(field + "-evidenced_by");
    Json on_error = error_of(field + "-on_day");
    const bool evidence_open = !d.evidence.empty() || !d.evidenced_by.empty() || !d.on_day.empty() ||
                               !d.on_month.empty() || !d.on_year.empty() || evidence_error.is_string() ||
                               by_error.is_string() || on_error.is_string();
    details.push_back(
        {{"name", field},
         {"label", IdentityFieldLabel(field)},
         {"current", cur.empty() ? "Not recorded" : cur},
         {"is_date", field == "date_of_birth"},
         {"is_list", field == "other_names"},
         {"is_text", field != "date_of_birth" && field != "other_names"},
         {"value", d.value},
         {"value_day", d.value_day},
         {"value_month", d.value_month},
         {"value_year", d.value_year},
         {"evidence", d.evidence},
         {"evidenced_by", d.evidenced_by},
         {"on_day", d.on_day},
         {"on_month", d.on_month},
         {"on_year", d.on_year},
         {"evidence_open", evidence_open},
         {"error_value", field == "date_of_birth" ? error_of(field + "-value_day") : error_of(field + "-value")},
         {"error_evidence", evidence_error},
         {"error_evidenced_by", by_error},
         {"error_on", on_error}});
  }
  Json data{{"child", ChildJson(child)},
            {"action", ChildPath(child.summary.id) + "/identity/change"},
            {"cancel_href", ChildPath(child.summary.id) + "/identity"},
            {"csrf_token", request.principal->csrf_token},
            {"from_day", f.from_day},
            {"from_month", f.from_month},
            {"from_year", f.from_year},
            {"reason", f.reason},
            {"error_from", error_of("from_day")},
            {"error_reason", error_of("reason")},
            {"details", details}};
  data["errors"] = summary;
  data["has_errors"] = !summary.empty();
  return RenderRecordPage(context, request, child, "identity", "identity_change",
                          std::string(errors.empty() ? "" : "Error: ") + "Change identity details", std::move(data),
                          status);
}

// The child for a form that changes the record: recording must be allowed (decided and logged).
Result<ChildRecord> ChildForChange(AppContext& context, const Request& request, const char* what) {
  const AccessContext access = AccessContextOf(request);
  CR_RETURN_IF_ERROR(
      context.records.Authorize(*request.principal, request.PathParam("id"), AccessAction::kRecordEntry, access, what));
  return context.records.GetChild(*request.principal, request.PathParam("id"), access);
}

// ---- Living arrangements (R4, R8) --------------------------------------------------------------

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
              {"order_document_href", a.order_document_id.empty() ? Json(false)
                                                                   : Json("/documents/" + a.order_document_id +
                                                                          "/download")},
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
  return LivingForm{g("from_day"),    g("from_month"), g("from_year"),    g("place_kind"),
                    g("place"),       g("with_whom"),  g("legal_status"), g("order_day"),
                    g("order_month"), g("order_year"), g("order_court"),  g("provider_name"),
                    g("order_document_id")};
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

// Every problem at once: note it, put a placeholder in its place and check again.
std::vector<Error> LivingErrors(Json input, const std::string& child_id, TimePoint now) {
  std::vector<Error> errors;
  const std::string today = FormatIsoDate(LondonDate(now));
  for (int attempt = 0; attempt < 10; ++attempt) {
    auto checked = BuildLivingArrangement(input, child_id, now);
    if (checked.ok()) break;
    const Error e = checked.error();
    errors.push_back(e);
    if (e.field == "effective_from") {
      input["effective_from"] = today;
    } else if (e.field == "place_kind") {
      input["place_kind"] = "other";
    } else if (e.field == "place" || e.field == "with_whom") {
      input[e.field] = "-";
    } else if (e.field == "legal_status") {
      if (input.value("legal_status", "") == "section_20") break;  // the place decides: nothing else to check
      input["legal_status"] = "no_order";
    } else if (e.field == "order") {
      if (input.contains("order")) {
        input.erase("order");
      } else {
        input["order"] = Json{{"made_on", today}, {"court", "-"}};
      }
    } else if (e.field == "order.made_on") {
      input["order"]["made_on"] = today;
    } else if (e.field == "order.court") {
      input["order"]["court"] = "-";
    } else {
      break;
    }
  }
  return errors;
}

// R8: the court orders already on the record's Documents tab, to attach one as the copy of the
// order. Listing them reads the record's documents (logged); a person who may not read them sees
// no choice, and the order is recorded without its copy.
Json OrderDocumentOptions(AppContext& context, const Request& request, const std::string& child_id,
                          const std::string& chosen) {
  Json options = Json::array();
  auto documents = context.documents.ListDocuments(*request.principal, child_id, AccessContextOf(request));
  if (!documents.ok()) return options;
  for (const DocumentView& d : *documents) {
    if (d.kind != "court_order") continue;
    options.push_back({{"value", d.id}, {"label", d.title + " (" + UkDate(d.dated) + ")"}, {"selected", d.id == chosen}});
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

Status AddLivingSummary(AppContext& context, const Request& request, const std::string& child_id, Json& data) {
  auto answer = context.records.ListLivingArrangements(*request.principal, child_id, AccessContextOf(request));
  if (!answer.ok()) return answer.error();
  Json living = answer->current ? ArrangementJson(*answer->current) : Json{{"none", true}};
  living["href"] = ChildPath(child_id) + "/living";
  data["living"] = std::move(living);
  return Status::Ok();
}

void AddIdentityPageRoutes(Router& router, AppContext& context) {
  // R2: the identity as at today or, with day/month/year, as at a past date.
  router.Add("GET", "/children/{id}/identity", SignedIn(context, [&context](Request& request) {
               auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
               if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
               const ChildRecord* child = &std::get<ChildRecord>(loaded);
               TypedDate typed{request.Query("day"), request.Query("month"), request.Query("year")};
               Date as_at = LondonDate(context.store.clock().Now());
               std::vector<Error> errors;
               const std::string iso = DateFromParts(typed.day, typed.month, typed.year);
               if (!iso.empty()) {
                 if (auto parsed = ParseIsoDate(iso)) {
                   as_at = *parsed;
                 } else {
                   errors.push_back(Error::Validation("as_at",
                                                      "Enter the date to view as at as a real date, "
                                                      "for example 27 4 2019"));
                 }
               }
               auto answer =
                   context.records.GetIdentity(*request.principal, child->summary.id, as_at, AccessContextOf(request));
               if (!answer.ok()) return Failed(context, request, answer.error());
               return RenderIdentity(context, request, *child, *answer, typed, errors, errors.empty() ? 200 : 422);
             }));

  router.Add("GET", "/children/{id}/identity/change", SignedIn(context, [&context](Request& request) {
               auto child = ChildForChange(context, request, "identity form");
               if (!child.ok()) return Failed(context, request, child.error());
               auto now =
                   context.records.GetIdentity(*request.principal, child->summary.id,
                                               LondonDate(context.store.clock().Now()), AccessContextOf(request));
               if (!now.ok()) return Failed(context, request, now.error());
               IdentityForm f;
               const TypedDate today = PartsOf(FormatIsoDate(LondonDate(context.store.clock().Now())));
               f.from_day = today.day;
               f.from_month = today.month;
               f.from_year = today.year;
               return RenderIdentityForm(context, request, *child, now->identity, f, {}, 200);
             }));

  router.Add("POST", "/children/{id}/identity/change", SignedIn(context, [&context](Request& request) {
               Form form;
               if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
               auto child = ChildForChange(context, request, "identity form");
               if (!child.ok()) return Failed(context, request, child.error());
               const IdentityForm f = ReadIdentityForm(form);
               const Json input = IdentityInput(f);
               std::vector<Error> errors = IdentityErrors(input, child->summary.id, context.store.clock().Now());
               if (errors.empty()) {
                 auto saved = context.records.ChangeIdentity(*request.principal, child->summary.id, input,
                                                             AccessContextOf(request));
                 if (saved.ok()) return Response::Redirect(ChildPath(child->summary.id) + "/identity?changed=1");
                 if (saved.error().code != ErrorCode::kValidation) return Failed(context, request, saved.error());
                 errors.push_back(saved.error());
               }
               auto now =
                   context.records.GetIdentity(*request.principal, child->summary.id,
                                               LondonDate(context.store.clock().Now()), AccessContextOf(request));
               if (!now.ok()) return Failed(context, request, now.error());
               return RenderIdentityForm(context, request, *child, now->identity, f, errors, 422);
             }));

  // R4/R8: where the child lives now, the legal status explained, and the dated history.
  router.Add("GET", "/children/{id}/living", SignedIn(context, [&context](Request& request) {
               auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
               if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
               const ChildRecord& child = std::get<ChildRecord>(loaded);
               auto answer = context.records.ListLivingArrangements(*request.principal, child.summary.id,
                                                                    AccessContextOf(request));
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
             }));

  router.Add("GET", "/children/{id}/living/new", SignedIn(context, [&context](Request& request) {
               auto child = ChildForChange(context, request, "living arrangement form");
               if (!child.ok()) return Failed(context, request, child.error());
               LivingForm f;
               const TypedDate today = PartsOf(FormatIsoDate(LondonDate(context.store.clock().Now())));
               f.from_day = today.day;
               f.from_month = today.month;
               f.from_year = today.year;
               return RenderLivingForm(context, request, *child, f, {}, 200);
             }));

  router.Add("POST", "/children/{id}/living/new", SignedIn(context, [&context](Request& request) {
               Form form;
               if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
               auto child = ChildForChange(context, request, "living arrangement form");
               if (!child.ok()) return Failed(context, request, child.error());
               const LivingForm f = ReadLivingForm(form);
               const Json input = LivingInput(f);
               std::vector<Error> errors = LivingErrors(input, child->summary.id, context.store.clock().Now());
               if (errors.empty()) {
                 auto saved = context.records.RecordLivingArrangement(*request.principal, child->summary.id, input,
                                                                      AccessContextOf(request));
                 if (saved.ok()) return Response::Redirect(ChildPath(child->summary.id) + "/living?recorded=1");
                 if (saved.error().code != ErrorCode::kValidation) return Failed(context, request, saved.error());
                 errors.push_back(saved.error());
               }
               return RenderLivingForm(context, request, *child, f, errors, 422);
             }));
}

}  // namespace childrecord
