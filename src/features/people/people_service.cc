// PeopleService: the people around the child (R3, R5, R7, R13).
#include "features/people/people_service.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/field_errors.h"
#include "core/ids.h"
#include "core/text.h"
#include "features/children/child_repository.h"
#include "features/people/household_rules.h"
#include "features/people/people_events.h"
#include "features/people/people_repository.h"
#include "features/people/person_details_rules.h"
#include "features/people/person_link_change_rules.h"
#include "features/people/person_payload_rules.h"
#include "features/people/sibling_rules.h"

namespace childrecord {
namespace {

Error NoSuchPerson() {
  return Error::Validation("person_id", "There is no person with that id on a record you can see");
}

// person.contact_changed when the given details differ from the stored ones: each detail given
// replaces the stored one; those not given are kept.
std::optional<NewEvent> ContactChange(const PersonView& person, const Json& contact) {
  if (!contact.is_object()) return std::nullopt;
  std::map<std::string, std::string> now{{"phone", person.phone}, {"email", person.email}, {"address", person.address}};
  bool differs = false;
  for (auto& [key, value] : now) {
    const std::string given = TextMember(contact, key.c_str());
    if (!given.empty() && given != value) {
      value = given;
      differs = true;
    }
  }
  if (!differs) return std::nullopt;
  Json p{{"person_id", person.id}};
  for (const auto& [key, value] : now) p[key] = value.empty() ? Json(nullptr) : Json(value);
  return NewEvent{events::kPersonContactChanged, std::move(p)};
}

}  // namespace

Result<LinkedPerson> PeopleService::AddPerson(const Principal& who, const std::string& child_id, const Json& input,
                                              const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "person added"));
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const TimePoint now = store_.clock().Now();
  std::vector<NewEvent> events;
  Json link_input = input;
  const std::string person_id = TextMember(input, "person_id");
  std::optional<PersonView> existing;
  if (input.contains("person_id") && !input["person_id"].is_null()) {
    if (!input["person_id"].is_string() || !IsWellFormedId(person_id)) return NoSuchPerson();
    auto person = PeopleRepository(store_).FindPerson(tenant_id_, person_id);
    if (!person.ok()) return NoSuchPerson();
    // Linking someone already on another record shows their details here: only people the caller
    // can already see on a record (without a reason) may be linked by id.
    CR_ASSIGN_OR_RETURN(std::vector<ChildPersonLink> links,
                        PeopleRepository(store_).ListLinksOfPeople(tenant_id_, {person_id}));
    bool visible = false;
    for (const auto& l : links) {
      if (l.child_id == child_id) {
        return Error::Validation("person_id", person->full_name +
                                                  " is already on this record. Change their details "
                                                  "on the People page instead");
      }
      auto facts = store_.GetChildAccess(tenant_id_, l.child_id);
      visible = visible || (facts.ok() && DecideRecordAccess(who.user, AccessAction::kReadPeople, *facts, false) ==
                                              AccessDecision::kAllowed);
    }
    if (!visible) return NoSuchPerson();
    existing = *person;
  }
  // Every problem of the input at once: the name, then what the link's rules find.
  FieldErrors errors;
  if (!existing) {
    auto name = input.find("full_name");
    if (name == input.end() || !name->is_string() || !IsUsableReason(name->get<std::string>())) {
      errors.Add(Error::Validation("full_name", "Enter the person's full name, or choose someone already known"));
    } else if (name->get<std::string>().size() > 200) {
      errors.Add(Error::Validation("full_name", "The name must be 200 characters or fewer"));
    }
    link_input["person_id"] = NewId();
  }
  const std::string link_id = NewId();
  auto built = BuildPersonLink(link_input, child_id, link_id, now);
  if (!built.ok() && built.error().code != ErrorCode::kValidation) return built.error();
  if (!built.ok()) errors.Add(built.error());
  CR_RETURN_IF_ERROR(errors.ToStatus());
  Json payload = std::move(*built);
  // Contact details belong to the person (one row, whatever records they are on), not to the link.
  Json contact = payload["contact"];
  payload.erase("contact");
  if (existing) {
    if (auto change = ContactChange(*existing, contact)) events.push_back(std::move(*change));
  } else {
    std::string full_name = input["full_name"].get<std::string>();
    full_name.erase(0, full_name.find_first_not_of(" \t\r\n"));
    full_name.erase(full_name.find_last_not_of(" \t\r\n") + 1);
    events.push_back({events::kPersonAdded, PersonAddedPayload(payload["person_id"], full_name, contact)});
  }
  events.push_back({events::kChildPersonLinked, std::move(payload)});
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, std::move(events)));
  return PeopleRepository(store_).GetPersonLink(tenant_id_, link_id);
}

Result<LinkedPerson> PeopleService::ChangePersonLink(const Principal& who, const std::string& child_id,
                                                     const std::string& link_id, const Json& input,
                                                     const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "person link " + link_id));
  if (!IsWellFormedId(link_id)) return Error::NotFound("There is no such person on this record");
  CR_ASSIGN_OR_RETURN(LinkedPerson current, PeopleRepository(store_).GetPersonLink(tenant_id_, link_id));
  if (current.child_id != child_id) return Error::NotFound("There is no such person on this record");
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  const TimePoint now = store_.clock().Now();
  LinkChangeOptions options;
  options.legacy_home_since = LegacyHomeSince(child);
  CR_ASSIGN_OR_RETURN(Json payload, BuildPersonLinkChange(current, input, options, now));
  std::vector<NewEvent> events;
  if (input.contains("contact") && !input["contact"].is_null()) {
    CR_ASSIGN_OR_RETURN(Json contact, CheckContact(input["contact"], now));
    CR_ASSIGN_OR_RETURN(PersonView person, PeopleRepository(store_).FindPerson(tenant_id_, current.person_id));
    if (auto change = ContactChange(person, contact)) events.push_back(std::move(*change));
  }
  if (!payload["changed"].empty()) events.push_back({events::kChildPersonLinkChanged, std::move(payload)});
  if (events.empty()) {
    return Error::Validation("home_move", "Nothing has changed. Say who moved in or out, or what else has changed");
  }
  auto written = store_.Append(tenant_id_, who.user.id, std::move(events));
  if (!written.ok()) {
    if (written.error().code == ErrorCode::kConflict) {
      return Error::Conflict(
          "Someone else changed this person's details at the same moment. Nothing was saved: "
          "look at the record again and make the change again.");
    }
    return written.error();
  }
  return PeopleRepository(store_).GetPersonLink(tenant_id_, link_id);
}

Result<std::vector<FamilyTimeView>> PeopleService::FamilyTimeWithNames(const std::string& child_id,
                                                                       const std::vector<LinkedPerson>& people) {
  CR_ASSIGN_OR_RETURN(std::vector<FamilyTimeView> items, PeopleRepository(store_).ListFamilyTime(tenant_id_, child_id));
  std::map<std::string, std::string> names;
  for (const auto& p : people) names[p.person_id] = p.full_name;
  for (auto& item : items) {
    Json with = Json::parse(item.with_people, nullptr, false);
    if (!with.is_array()) continue;
    for (Json& w : with) {
      const std::string id = TextMember(w, "person_id");
      if (!id.empty()) w["full_name"] = names.count(id) ? Json(names[id]) : Json(nullptr);
    }
    item.with_people = with.dump();
  }
  return items;
}

Result<std::vector<LinkedPerson>> PeopleService::ListPeople(const Principal& who, const std::string& child_id,
                                                            const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access));
  return PeopleRepository(store_).ListChildPeople(tenant_id_, child_id);
}

Result<PeopleService::PeopleOverview> PeopleService::ReadPeopleOverview(const Principal& who,
                                                                        const std::string& child_id,
                                                                        const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "people overview"));
  PeopleOverview out;
  CR_ASSIGN_OR_RETURN(out.people, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(out.changes, PeopleRepository(store_).ListPersonLinkChanges(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(out.family_time, FamilyTimeWithNames(child_id, out.people));
  CR_ASSIGN_OR_RETURN(out.providers, PeopleRepository(store_).ListPrivateProviders(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(out.partnerships, PeopleRepository(store_).ListPartnerships(tenant_id_, child_id));
  return out;
}

Result<std::vector<PeopleService::SiblingPerson>> PeopleService::PeopleOfSiblings(const Principal& who,
                                                                                  const std::string& child_id,
                                                                                  const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "people of brothers and sisters"));
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> own, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  std::set<std::string> on_record;
  std::vector<std::string> parents;
  for (const auto& p : own) {
    on_record.insert(p.person_id);
    if (IsParentRelationship(RelationshipCodeOf(p.relationship))) parents.push_back(p.person_id);
  }
  CR_ASSIGN_OR_RETURN(std::vector<ChildPersonLink> links,
                      PeopleRepository(store_).ListLinksOfPeople(tenant_id_, parents));
  for (auto& l : links) l.relationship = RelationshipCodeOf(l.relationship);  // old journals' free text
  std::vector<SiblingPerson> out;
  for (const std::string& sibling : SiblingRecordsOf(child_id, links)) {
    auto facts = store_.GetChildAccess(tenant_id_, sibling);
    if (!facts.ok() ||
        DecideRecordAccess(who.user, AccessAction::kReadPeople, *facts, false) != AccessDecision::kAllowed) {
      continue;  // a brother's or sister's record the caller may not read is not looked at
    }
    CR_RETURN_IF_ERROR(
        record_access_.Authorize(who, sibling, AccessAction::kReadPeople, access, "to link to a brother or sister"));
    CR_ASSIGN_OR_RETURN(ChildRecord record, ChildRepository(store_).GetChild(tenant_id_, sibling));
    CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> theirs,
                        PeopleRepository(store_).ListChildPeople(tenant_id_, sibling));
    for (auto& p : theirs) {
      if (!on_record.insert(p.person_id).second) continue;
      out.push_back({std::move(p), record.summary.full_name});
    }
  }
  return out;
}

Result<std::vector<FamilyTimeView>> PeopleService::ListFamilyTime(const Principal& who, const std::string& child_id,
                                                                  const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "family time"));
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  return FamilyTimeWithNames(child_id, people);
}

Result<FamilyTimeView> PeopleService::ArrangeFamilyTime(const Principal& who, const std::string& child_id,
                                                        const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "family time"));
  CR_ASSIGN_OR_RETURN(Json payload, BuildFamilyTime(input, child_id, store_.clock().Now()));
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  for (size_t i = 0; i < payload["with"].size(); ++i) {
    const std::string id = TextMember(payload["with"][i], "person_id");
    if (id.empty()) continue;
    if (std::none_of(people.begin(), people.end(), [&](const LinkedPerson& p) { return p.person_id == id; })) {
      return Error::Validation("with[" + std::to_string(i) + "].person_id",
                               "This person is not on the child's record. Add them on the People page first, or "
                               "write their name");
    }
  }
  const std::string id = NewId();
  payload["family_time_id"] = id;
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kFamilyTimeArranged, std::move(payload)}}));
  CR_ASSIGN_OR_RETURN(std::vector<FamilyTimeView> items, FamilyTimeWithNames(child_id, people));
  for (auto& item : items) {
    if (item.id == id) return item;
  }
  return Error::Internal("The family time just arranged was not found");
}

Result<std::vector<PrivateProviderView>> PeopleService::ListPrivateProviders(const Principal& who,
                                                                             const std::string& child_id,
                                                                             const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "private providers"));
  return PeopleRepository(store_).ListPrivateProviders(tenant_id_, child_id);
}

Result<PrivateProviderView> PeopleService::RecordPrivateProvider(const Principal& who, const std::string& child_id,
                                                                 const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "private provider"));
  CR_ASSIGN_OR_RETURN(Json payload, BuildPrivateProviderUse(input, child_id, store_.clock().Now()));
  const std::string id = NewId();
  payload["provider_use_id"] = id;
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kPrivateProviderUsed, std::move(payload)}}));
  CR_ASSIGN_OR_RETURN(std::vector<PrivateProviderView> items,
                      PeopleRepository(store_).ListPrivateProviders(tenant_id_, child_id));
  for (auto& item : items) {
    if (item.id == id) return item;
  }
  return Error::Internal("The private provider just recorded was not found");
}

Result<LinkedPerson> PeopleService::RecordPersonDetails(const Principal& who, const std::string& child_id,
                                                        const std::string& link_id, const Json& input,
                                                        const AccessContext& access) {
  CR_RETURN_IF_ERROR(
      record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "person details " + link_id));
  if (!IsWellFormedId(link_id)) return Error::NotFound("There is no such person on this record");
  CR_ASSIGN_OR_RETURN(LinkedPerson current, PeopleRepository(store_).GetPersonLink(tenant_id_, link_id));
  if (current.child_id != child_id) return Error::NotFound("There is no such person on this record");
  CR_ASSIGN_OR_RETURN(Json payload, BuildPersonDetails(input, current.person_id, child_id, current.details.version + 1,
                                                       store_.clock().Now()));
  auto written = store_.Append(tenant_id_, who.user.id, {{events::kPersonDetailsRecorded, std::move(payload)}});
  if (!written.ok()) {
    if (written.error().code == ErrorCode::kConflict) {
      return Error::Conflict(
          "Someone else recorded this person's details at the same moment. Nothing was saved: look at the "
          "record again and make the change again.");
    }
    return written.error();
  }
  return PeopleRepository(store_).GetPersonLink(tenant_id_, link_id);
}

Result<std::vector<PartnershipView>> PeopleService::ListPartnerships(const Principal& who, const std::string& child_id,
                                                                     const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadPeople, access, "relationships"));
  return PeopleRepository(store_).ListPartnerships(tenant_id_, child_id);
}

Result<PartnershipView> PeopleService::RecordPartnership(const Principal& who, const std::string& child_id,
                                                         const Json& input, const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "relationship"));
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  std::vector<PartnerFacts> facts;
  for (const auto& p : people) facts.push_back({p.person_id, p.full_name, p.details.born_on, p.details.died_on});
  CR_ASSIGN_OR_RETURN(Json payload, BuildPartnership(input, child_id, facts, store_.clock().Now()));
  const std::string id = NewId();
  payload["partnership_id"] = id;
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kPartnershipRecorded, std::move(payload)}}));
  CR_ASSIGN_OR_RETURN(std::vector<PartnershipView> items,
                      PeopleRepository(store_).ListPartnerships(tenant_id_, child_id));
  for (auto& item : items) {
    if (item.id == id) return item;
  }
  return Error::Internal("The relationship just recorded was not found");
}

}  // namespace childrecord
