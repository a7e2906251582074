#include "features/people/person_link_change_rules.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {


// "Half-sister", "foster carer" -> "half_sister", "foster_carer".
std::string CodeLike(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '-') {
      out.push_back('_');
    } else {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

}  // namespace

std::string RelationshipCodeOf(const std::string& stored) {
  if (FindRelationshipType(stored)) return stored;
  const std::string like = CodeLike(stored);
  for (const auto& t : RelationshipTypes()) {
    if (t.code == like || CodeLike(t.label) == like) return t.code;
  }
  return "other";
}

std::vector<HomePeriod> HomePeriodsOf(const LinkedPerson& link, std::optional<Date> legacy_home_since) {
  if (!link.home_periods.empty()) {
    auto parsed = Json::parse(link.home_periods, nullptr, false);
    return HomePeriodsFromJson(parsed);
  }
  if (link.lives_in_home && legacy_home_since) return {HomePeriod{*legacy_home_since, std::nullopt}};
  return {};
}

Result<Json> BuildPersonLinkChange(const LinkedPerson& current, const Json& input, const LinkChangeOptions& options,
                                   TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);

  // The parts being changed are checked by the same rules as a new link (BuildPersonLink), against
  // the relationship the link will have. Parts not being changed are not checked again: a link
  // recorded before a rule existed can still be changed in other ways.
  const bool new_relationship = !Missing(input, "relationship");
  Json partial{
      {"person_id", current.person_id},
      {"relationship", new_relationship ? input.at("relationship") : Json(RelationshipCodeOf(current.relationship))}};
  for (const char* key : {"important_to", "parental_responsibility"}) {
    if (!Missing(input, key)) partial[key] = input.at(key);
  }
  CR_ASSIGN_OR_RETURN(Json checked, BuildPersonLink(partial, current.child_id, current.link_id, now));
  CR_ASSIGN_OR_RETURN(std::string reason, OptionalText(input, "reason", "reason", 2000));

  Json out{{"link_id", current.link_id},
           {"child_id", current.child_id},
           {"person_id", current.person_id},
           {"version", current.version + 1},
           {"relationship", new_relationship ? checked["relationship"] : Json(current.relationship)},
           {"important_to", OptText(current.important_to)},
           {"parental_responsibility", current.parental_responsibility},
           {"parental_responsibility_basis", OptText(current.parental_responsibility_basis)},
           {"parental_responsibility_since", OptText(current.parental_responsibility_since)},
           {"lives_in_home", current.lives_in_home},
           {"home_periods",
            current.home_periods.empty() ? Json(nullptr) : Json::parse(current.home_periods, nullptr, false)},
           {"reason", OptText(reason)},
           {"entry_id", OptText(options.entry_id)}};
  Json changed = Json::array();
  if (new_relationship && checked["relationship"] != current.relationship) changed.push_back("relationship");
  if (!Missing(input, "important_to") && checked["important_to"] != out["important_to"]) {
    out["important_to"] = checked["important_to"];
    changed.push_back("important_to");
  }
  if (!Missing(input, "parental_responsibility")) {
    bool differs = false;
    for (const char* key :
         {"parental_responsibility", "parental_responsibility_basis", "parental_responsibility_since"}) {
      differs = differs || checked[key] != out[key];
      out[key] = checked[key];
    }
    if (differs) changed.push_back("parental_responsibility");
  }
  if (!Missing(input, "home_move")) {
    const Json& move = input.at("home_move");
    if (!move.is_object()) return Error::Validation("home_move", "Say whether they moved in or out, and when");
    CR_ASSIGN_OR_RETURN(std::string change, Choice(move, "change", "home_move.change", {"moved_in", "moved_out"},
                                                   "Say whether they moved in or moved out"));
    CR_ASSIGN_OR_RETURN(Date on, RequiredDate(move, "on", "home_move.on", "the date they moved", today));
    std::optional<Date> since = options.legacy_home_since;
    if (since && std::chrono::sys_days(on) < std::chrono::sys_days(*since)) since = on;
    CR_ASSIGN_OR_RETURN(std::vector<HomePeriod> periods,
                        ApplyHomeMove(HomePeriodsOf(current, since), change, on, options.home_move_path));
    out["home_periods"] = HomePeriodsToJson(periods);
    out["lives_in_home"] = !periods.empty() && !periods.back().moved_out;
    changed.push_back("home_periods");
  }
  out["changed"] = changed;
  return out;
}

Result<Json> CheckContact(const Json& contact, TimePoint now) {
  CR_ASSIGN_OR_RETURN(
      Json checked,
      BuildPersonLink(Json{{"person_id", "-"}, {"relationship", "other"}, {"contact", contact}}, "-", "-", now));
  return checked["contact"];
}

void ApplyLinkChange(LinkedPerson& link, const Json& payload) {
  auto text = [&](const char* key) {
    return payload.contains(key) && payload[key].is_string() ? payload[key].get<std::string>() : std::string();
  };
  link.version = payload.value("version", link.version);
  link.relationship = text("relationship");
  link.important_to = text("important_to");
  link.parental_responsibility = payload.value("parental_responsibility", false);
  link.parental_responsibility_basis = text("parental_responsibility_basis");
  link.parental_responsibility_since = text("parental_responsibility_since");
  link.lives_in_home = payload.value("lives_in_home", false);
  if (payload.contains("home_periods") && payload["home_periods"].is_array()) {
    auto canonical = CanonicalJson(payload["home_periods"]);
    if (canonical.ok()) link.home_periods = *canonical;
  }
}

}  // namespace childrecord
