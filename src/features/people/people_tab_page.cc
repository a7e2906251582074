#include <algorithm>
#include <set>

#include "core/time_format.h"
#include "features/children/record_page.h"
#include "features/people/household_rules.h"
#include "features/people/people_pages.h"
#include "features/people/people_words.h"
#include "features/people/person_details_words.h"
#include "features/people/person_link_change_rules.h"
#include "http/error_response.h"
#include "http/url.h"
#include "web/page_support.h"

namespace childrecord::features::people {
namespace {

const std::map<std::string, std::string>& SavedMessages() {
  static const auto* m = new std::map<std::string, std::string>{{"person", "The person was added"},
                                                                {"change", "The change was saved"},
                                                                {"family-time", "The family time was saved"},
                                                                {"provider", "The private provider was saved"},
                                                                {"details", "The person’s details were saved"},
                                                                {"relationship", "The relationship was saved"}};
  return *m;
}

Response PeopleTab(AppContext& context, PeopleService& service, Request& request) {
  const Principal& who = *request.principal;
  const std::string id = request.PathParam("id");
  const AccessContext access = AccessContextOf(request);
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  const ChildRecord* child = &std::get<ChildRecord>(loaded);
  auto overview = service.ReadPeopleOverview(who, id, access);
  if (!overview.ok()) return ErrorPage(context, request, overview.error());
  auto facts = context.store.GetChildAccess(context.tenant.id, id);
  const bool may_record =
      facts.ok() && DecideRecordAccess(who.user, AccessAction::kRecordEntry, *facts, false) == AccessDecision::kAllowed;
  const Date today = LondonDate(context.store.clock().Now());
  const std::string child_path = "/children/" + id;
  const std::string first = FirstName(child->summary.full_name);

  Json household = Json::array(), important_child = Json::array(), important_parents = Json::array();
  std::map<std::string, std::string> names, person_names;
  for (const auto& p : overview->people) {
    person_names[p.person_id] = p.full_name;
    names[p.link_id] = p.full_name;
    const bool lives = LivesNow(p, today);
    Json card = PersonCard(p, lives, may_record ? child_path + "/people/" + p.link_id + "/change" : "");
    // R20: what the family tree needs of them, with a link to record it: for family and carers
    // (the people the genogram draws), and anyone whose details were recorded.
    const RelationshipType* type = FindRelationshipType(RelationshipCodeOf(p.relationship));
    const bool in_family_tree = type != nullptr && type->group != "professional" && type->group != "important_person";
    if (in_family_tree || p.details.version > 0) {
      card["detail_rows"] = DetailRows(p.details);
      if (may_record) card["details_href"] = child_path + "/people/" + p.link_id + "/details";
    }
    if (lives) {
      household.push_back(std::move(card));
    } else if (p.important_to == "parents") {
      important_parents.push_back(std::move(card));
    } else {
      important_child.push_back(std::move(card));
    }
  }
  Json groups = Json::array(
      {{{"id", "household"},
        {"heading", "Living in the home now"},
        {"intro", "Everyone living in " + first + "’s home. People with parental responsibility are marked."},
        {"empty", "The record does not show anyone living in the home."},
        {"people", household}},
       {{"id", "important-child"},
        {"heading", "Other family and important people of " + first},
        {"intro", nullptr},
        {"empty", "No-one else has been recorded yet."},
        {"people", important_child}},
       {{"id", "important-parents"},
        {"heading", "Important people of the parents and carers"},
        {"intro", nullptr},
        {"empty", "No-one has been recorded yet."},
        {"people", important_parents}}});

  Json family_time = Json::array();
  for (const auto& f : overview->family_time) {
    std::string with;
    Json list = Json::parse(f.with_people.empty() ? "[]" : f.with_people, nullptr, false);
    for (const auto& w : list.is_array() ? list : Json::array()) {
      std::string name = w.contains("full_name") && w["full_name"].is_string() ? w["full_name"].get<std::string>()
                         : w.contains("name") && w["name"].is_string()         ? w["name"].get<std::string>()
                                                                               : "someone";
      with += (with.empty() ? "" : ", ") + name;
    }
    const std::string support = f.support == "supervised"  ? "Supervised"
                                : f.support == "supported" ? "Supported"
                                                           : "Unsupervised";
    family_time.push_back({{"with", with},
                           {"how_often", f.how_often},
                           {"where", f.place},
                           {"support", support},
                           {"dates", Dates(f.starts_on, f.ends_on)},
                           {"childs_views", f.childs_views}});
  }
  Json providers = Json::array();
  for (const auto& v : overview->providers) {
    const LabelledCode* kind = FindCode(PrivateProviderKinds(), v.kind);
    providers.push_back({{"provider_name", v.provider_name},
                         {"kind", kind ? kind->label : v.kind},
                         {"ofsted_urn", v.ofsted_urn},
                         {"arrangement", v.arrangement},
                         {"dates", Dates(v.starts_on, v.ends_on)}});
  }
  Json changes = Json::array();
  for (const auto& c : overview->changes) {
    std::string reason = c.reason;
    if (!c.entry_id.empty() && reason.empty()) reason = "Recorded on a visit";
    changes.push_back({{"recorded_at", UkDateTimeOf(c.recorded_at)},
                       {"full_name", names.count(c.link_id) ? names[c.link_id] : std::string()},
                       {"what", ChangeWords(c)},
                       {"reason", reason.empty() ? Json(nullptr) : Json(reason)},
                       {"recorded_by", c.recorded_by_name}});
  }
  Json data{{"child_name", child->summary.full_name},
            {"child_first", first},
            {"child_href", child_path},
            {"people_href", child_path + "/people"},
            {"may_record", may_record},
            {"add_person_href", child_path + "/people/new"},
            {"add_family_time_href", child_path + "/family-time/new"},
            {"add_provider_href", child_path + "/private-providers/new"},
            {"add_partnership_href", child_path + "/partnerships/new"},
            {"partnerships", PartnershipRows(overview->partnerships, person_names)},
            {"has_partnerships", !overview->partnerships.empty()},
            {"groups", groups},
            {"family_time", family_time},
            {"providers", providers},
            {"changes", changes},
            {"has_changes", !changes.empty()}};
  auto saved = SavedMessages().find(request.Query("saved"));
  data["saved"] = saved == SavedMessages().end() ? Json(nullptr) : Json(saved->second);
  return RenderRecordPage(context, request, *child, "people", "people", "People", data);
}

}  // namespace

std::vector<FeatureEndpoint> PeopleTabEndpoints(AppContext& context, PeopleService& service) {
  std::vector<FeatureEndpoint> out;
  out.push_back(
      {"GET", "/children/{id}/people", AccessAction::kReadPeople,
       SignedIn(context, [&context, &service](Request& request) { return PeopleTab(context, service, request); })});
  return out;
}

}  // namespace childrecord::features::people
