#include "features/identity/identity_rules.h"

#include <algorithm>

#include "core/field_errors.h"
#include "features/identity/nhs_number_rules.h"
#include "features/identity/upn_rules.h"
#include "features/people/person_details_rules.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {

constexpr size_t kMaxOtherNames = 20;

Result<Json> EvidenceOf(const Json& change, const std::string& path, Date today) {
  const bool any = !Missing(change, "evidence") || !Missing(change, "evidenced_by") || !Missing(change, "evidenced_on");
  if (!any) return Json(nullptr);
  CR_ASSIGN_OR_RETURN(std::string how, Text(change, "evidence", Join(path, "evidence"),
                                            "Say how this was checked, for example 'birth certificate seen'"));
  CR_ASSIGN_OR_RETURN(std::string by, Text(change, "evidenced_by", Join(path, "evidenced_by"), "Say who checked it"));
  CR_ASSIGN_OR_RETURN(
      Date on, RequiredDate(change, "evidenced_on", Join(path, "evidenced_on"), "the date it was checked", today));
  return Json{{"how", how}, {"by", by}, {"on", FormatIsoDate(on)}};
}

Result<Json> ValueOf(const std::string& field, const Json& change, const std::string& path, Date today) {
  const std::string vpath = Join(path, "value");
  const bool cleared = Missing(change, "value");
  if (field == "full_name") {
    CR_ASSIGN_OR_RETURN(std::string name, Text(change, "value", vpath, "Enter the child's full name", 200));
    return Json(name);
  }
  if (field == "date_of_birth") {
    CR_ASSIGN_OR_RETURN(Date dob, RequiredDate(change, "value", vpath, "the date of birth", today,
                                               "The date of birth must be today or in the past"));
    return Json(FormatIsoDate(dob));
  }
  if (cleared) return Json(nullptr);
  if (field == "sex") {
    // R20, R2: the child's sex uses the people feature's one list of codes, so the genogram draws
    // the child with the same symbols as the people around them.
    std::vector<std::string> codes;
    for (const auto& c : PersonSexes()) codes.push_back(c.code);
    CR_ASSIGN_OR_RETURN(std::string sex,
                        Choice(change, "value", vpath, codes, "Choose male, female, other or not known"));
    return Json(sex);
  }
  if (field == "other_names") {
    const Json& names = change.at("value");
    if (!names.is_array()) return Error::Validation(vpath, "List the other names, one for each name");
    if (names.size() > kMaxOtherNames) {
      return Error::Validation(vpath, "List at most " + std::to_string(kMaxOtherNames) + " other names");
    }
    Json out = Json::array();
    for (size_t i = 0; i < names.size(); ++i) {
      Json holder{{"n", names[i]}};
      CR_ASSIGN_OR_RETURN(std::string name,
                          Text(holder, "n", Index(vpath, i), "Write the name or remove the line", 200));
      out.push_back(name);
    }
    return out;
  }
  if (field == "nhs_number" || field == "upn" || field == "local_child_id") {
    CR_ASSIGN_OR_RETURN(std::string text, OptionalText(change, "value", vpath, 64));
    if (text.empty()) return Json(nullptr);
    if (field == "nhs_number") {
      CR_ASSIGN_OR_RETURN(std::string digits, ParseNhsNumber(text, vpath));
      return Json(digits);
    }
    if (field == "upn") {
      CR_ASSIGN_OR_RETURN(std::string upn, ParseUpn(text, vpath));
      return Json(upn);
    }
    return Json(text);
  }
  return Error::Internal("unknown identity field " + field);
}

}  // namespace

const std::vector<std::string>& IdentityFields() {
  static const auto* fields = new std::vector<std::string>{"full_name",  "other_names", "date_of_birth", "sex",
                                                           "nhs_number", "upn",         "local_child_id"};
  return *fields;
}

std::string IdentityFieldLabel(const std::string& field) {
  if (field == "full_name") return "Full name";
  if (field == "other_names") return "Other names";
  if (field == "date_of_birth") return "Date of birth";
  if (field == "sex") return "Sex";
  if (field == "nhs_number") return "NHS number";
  if (field == "upn") return "Unique Pupil Number";
  if (field == "local_child_id") return "Local child id";
  return field;
}

Result<Json> BuildIdentityChanged(const Json& input, const std::string& child_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);
  FieldErrors errors;  // every problem at once: the date, the reason, then each detail in order
  auto effective_from = RequiredDate(input, "effective_from", "effective_from", "the date this is true from", today,
                                     "The date this is true from must be today or in the past");
  auto reason = OptionalText(input, "reason", "reason", 1000);
  errors.Check(effective_from);
  errors.Check(reason);
  if (Missing(input, "changes") || !input.at("changes").is_object()) {
    errors.Add(Error::Validation("changes", "Give at least one detail that has changed"));
    return errors.ToStatus().error();
  }
  const Json& changes = input.at("changes");
  for (const auto& [field, ignored] : changes.items()) {
    const auto& known = IdentityFields();
    if (std::find(known.begin(), known.end(), field) == known.end()) {
      errors.Add(Error::Validation(Join("changes", field), "'" + field + "' is not a detail of the child's identity"));
    }
  }
  Json out = Json::object();
  for (const std::string& field : IdentityFields()) {
    if (!changes.contains(field)) continue;
    const std::string path = Join("changes", field);
    const Json& change = changes.at(field);
    if (!change.is_object()) {
      errors.Add(Error::Validation(path, "Give the new " + IdentityFieldLabel(field)));
      continue;
    }
    auto value = ValueOf(field, change, path, today);
    auto evidence = EvidenceOf(change, path, today);
    const bool value_ok = errors.Check(value);
    const bool evidence_ok = errors.Check(evidence);
    if (value_ok && evidence_ok) out[field] = Json{{"value", std::move(*value)}, {"evidence", std::move(*evidence)}};
  }
  if (out.empty() && errors.empty()) {
    errors.Add(Error::Validation("changes", "Give at least one detail that has changed"));
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},
              {"effective_from", FormatIsoDate(*effective_from)},
              {"reason", reason->empty() ? Json(nullptr) : Json(*reason)},
              {"changes", std::move(out)}};
}

std::string Identity::Text(const std::string& field) const {
  auto it = details.find(field);
  if (it == details.end()) return {};
  const Json& v = it->second.value;
  if (field == "sex" && v.is_string()) return SexLabel(v.get<std::string>());
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string joined;
    for (const auto& name : v) {
      if (!name.is_string()) continue;
      if (!joined.empty()) joined += ", ";
      joined += name.get<std::string>();
    }
    return joined;
  }
  return {};
}

Identity IdentityAsAt(const std::vector<Json>& history, Date as_at) {
  struct Dated {
    Date from;
    size_t order;
    const Json* payload;
  };
  std::vector<Dated> usable;
  for (size_t i = 0; i < history.size(); ++i) {
    const Json& p = history[i];
    if (!p.is_object() || !p.contains("effective_from") || !p["effective_from"].is_string()) continue;
    if (!p.contains("changes") || !p["changes"].is_object()) continue;
    auto from = ParseIsoDate(p["effective_from"].get<std::string>());
    if (!from || std::chrono::sys_days(*from) > std::chrono::sys_days(as_at)) continue;
    usable.push_back({*from, i, &p});
  }
  std::stable_sort(usable.begin(), usable.end(), [](const Dated& a, const Dated& b) {
    return std::chrono::sys_days(a.from) < std::chrono::sys_days(b.from);
  });
  Identity identity;
  for (const Dated& d : usable) {
    for (const auto& [field, change] : (*d.payload)["changes"].items()) {
      if (!change.is_object()) continue;
      IdentityDetail detail;
      detail.value = change.value("value", Json(nullptr));
      detail.evidence = change.value("evidence", Json(nullptr));
      detail.effective_from = FormatIsoDate(d.from);
      identity.details[field] = std::move(detail);
    }
  }
  return identity;
}

}  // namespace childrecord
