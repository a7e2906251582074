#include "features/identity/identity_pages.h"

#include <algorithm>

#include "core/time_format.h"
#include "features/children/record_page.h"
#include "features/identity/identity_page_support.h"
#include "features/identity/identity_rules.h"
#include "features/people/household_rules.h"
#include "features/people/person_details_rules.h"
#include "http/url.h"
#include "web/form_dates.h"
#include "web/page_support.h"

namespace childrecord::features::identity {
namespace {

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
  if (field == "sex") return SexLabel(text);  // R2, R20: the words, never the code
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

// R20: the radios of a detail chosen from a list (the sex), the one typed kept checked. The first
// radio has the detail's own id, so an error's link goes to it (GOV.UK error summary).
Json ChoiceOptions(const std::string& field, const std::string& typed) {
  Json options = Json::array();
  if (field != "sex") return options;
  for (const auto& c : PersonSexes()) {
    const std::string id = field + "-value" + (options.empty() ? "" : "-" + c.code);
    options.push_back({{"id", id}, {"code", c.code}, {"label", c.label}, {"checked", c.code == typed}});
  }
  return options;
}

// Every problem at once: the rules report them all (identity_rules.h BuildIdentityChanged).
std::vector<Error> IdentityErrors(const Json& input, const std::string& child_id, TimePoint now) {
  auto checked = BuildIdentityChanged(input, child_id, now);
  return checked.ok() ? std::vector<Error>{} : checked.error().All();
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
         {"is_choice", field == "sex"},
         {"options", ChoiceOptions(field, d.value)},
         {"is_text", field != "date_of_birth" && field != "other_names" && field != "sex"},
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

}  // namespace

std::vector<FeatureEndpoint> IdentityPageEndpoints(AppContext& context, IdentityService& identity) {
  std::vector<FeatureEndpoint> out;
  // R2: the identity as at today or, with day/month/year, as at a past date.
  out.push_back({"GET", "/children/{id}/identity", AccessAction::kReadOverview,
                 SignedIn(context, [&context, &identity](Request& request) {
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
                       identity.GetIdentity(*request.principal, child->summary.id, as_at, AccessContextOf(request));
                   if (!answer.ok()) return Failed(context, request, answer.error());
                   return RenderIdentity(context, request, *child, *answer, typed, errors, errors.empty() ? 200 : 422);
                 })});

  out.push_back({"GET", "/children/{id}/identity/change", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &identity](Request& request) {
                   auto child = ChildForChange(context, request, "identity form");
                   if (!child.ok()) return Failed(context, request, child.error());
                   auto now = identity.GetIdentity(*request.principal, child->summary.id,
                                                   LondonDate(context.store.clock().Now()), AccessContextOf(request));
                   if (!now.ok()) return Failed(context, request, now.error());
                   IdentityForm f;
                   const TypedDate today = PartsOf(FormatIsoDate(LondonDate(context.store.clock().Now())));
                   f.from_day = today.day;
                   f.from_month = today.month;
                   f.from_year = today.year;
                   return RenderIdentityForm(context, request, *child, now->identity, f, {}, 200);
                 })});

  out.push_back({"POST", "/children/{id}/identity/change", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &identity](Request& request) {
                   Form form;
                   if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
                   auto child = ChildForChange(context, request, "identity form");
                   if (!child.ok()) return Failed(context, request, child.error());
                   const IdentityForm f = ReadIdentityForm(form);
                   const Json input = IdentityInput(f);
                   std::vector<Error> errors = IdentityErrors(input, child->summary.id, context.store.clock().Now());
                   // A date typed in boxes that does not read is told in the boxes' words, not the
                   // API's ("like 2026-11-24"): no ISO dates on screen.
                   for (Error& e : errors) {
                     if (e.field != "effective_from") continue;
                     auto typed = IsoDateFromForm(f.from_day, f.from_month, f.from_year, e.field,
                                                  "the date this is true from");
                     if (!typed.ok()) e.message = typed.error().message;
                   }
                   if (errors.empty()) {
                     auto saved = identity.ChangeIdentity(*request.principal, child->summary.id, input,
                                                          AccessContextOf(request));
                     if (saved.ok()) return Response::Redirect(ChildPath(child->summary.id) + "/identity?changed=1");
                     if (saved.error().code != ErrorCode::kValidation) return Failed(context, request, saved.error());
                     errors.push_back(saved.error());
                   }
                   auto now = identity.GetIdentity(*request.principal, child->summary.id,
                                                   LondonDate(context.store.clock().Now()), AccessContextOf(request));
                   if (!now.ok()) return Failed(context, request, now.error());
                   return RenderIdentityForm(context, request, *child, now->identity, f, errors, 422);
                 })});
  return out;
}

}  // namespace childrecord::features::identity
