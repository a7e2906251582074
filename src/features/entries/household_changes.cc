// EntryService: a visit's key changes (R18: someone moved in or out) as changes to the household.
#include "core/ids.h"
#include "core/text.h"
#include "features/children/child_repository.h"
#include "features/entries/entry_service.h"
#include "features/people/household_rules.h"
#include "features/people/people_events.h"
#include "features/people/people_repository.h"
#include "features/people/person_link_change_rules.h"
#include "features/people/person_payload_rules.h"

namespace childrecord {

// R18 "key changes (someone moved in or out)". Each change names a person on the record (by id,
// or by a name matching one person on the record) or, for someone moving in who is not on the
// record yet, a name: they are added and linked as "other" (someone else important), living in
// the home from the date they moved in. Moving out someone the record does not show living there,
// or a date before their last move, refuses the whole visit.
Result<std::vector<NewEvent>> EntryService::HouseholdChangeEvents(const std::string& child_id,
                                                                  const std::string& entry_id, Json& details) {
  std::vector<NewEvent> events;
  if (!details.is_object() || !details.contains("household_changes")) return events;
  Json& changes = details["household_changes"];
  if (!changes.is_array() || changes.empty()) return events;
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> links, PeopleRepository(store_).ListChildPeople(tenant_id_, child_id));
  const TimePoint now = store_.clock().Now();
  for (size_t i = 0; i < changes.size(); ++i) {
    Json& change = changes[i];
    const std::string path = "visit.key_changes[" + std::to_string(i) + "]";
    const std::string kind = TextMember(change, "change");
    const std::string on = TextMember(change, "on");
    const std::string person_id = TextMember(change, "person_id");
    const std::string name = TextMember(change, "name");
    LinkedPerson* link = nullptr;
    for (auto& l : links) {
      const bool match = !person_id.empty() ? l.person_id == person_id : FoldCase(l.full_name) == FoldCase(name);
      if (!match) continue;
      if (link != nullptr && person_id.empty()) {
        return Error::Validation(path, "More than one person on the record is called " + name +
                                           ". Choose the person instead of writing the name");
      }
      link = &l;
      if (!person_id.empty()) break;
    }
    if (link == nullptr && !person_id.empty()) {
      return Error::Validation(path + ".person_id",
                               "This person is not on the child's record. Add them on the "
                               "People page first, or write their name");
    }
    if (link == nullptr) {
      if (kind != "moved_in") {
        return Error::Validation(path, "The record does not show " + name + " living in the home");
      }
      const std::string new_person = NewId();
      const std::string new_link = NewId();
      Json link_input{{"person_id", new_person},
                      {"relationship", RelationshipCodeOf(TextMember(change, "role"))},
                      {"home_periods", Json::array({{{"moved_in", on}}})}};
      CR_ASSIGN_OR_RETURN(Json payload, BuildPersonLink(link_input, child_id, new_link, now));
      payload.erase("contact");
      payload["entry_id"] = entry_id;
      events.push_back({events::kPersonAdded, PersonAddedPayload(new_person, name, nullptr)});
      change["person_id"] = new_person;  // the visit's key change now names who was added
      LinkedPerson added;
      added.link_id = new_link;
      added.person_id = new_person;
      added.full_name = name;
      added.child_id = child_id;
      ApplyLinkChange(added, payload);
      added.version = 1;
      links.push_back(std::move(added));
      events.push_back({events::kChildPersonLinked, std::move(payload)});
      continue;
    }
    LinkChangeOptions options;
    options.legacy_home_since = LegacyHomeSince(child);
    options.entry_id = entry_id;
    options.home_move_path = path;
    CR_ASSIGN_OR_RETURN(Json payload, BuildPersonLinkChange(*link,
                                                            Json{{"home_move", {{"change", kind}, {"on", on}}},
                                                                 {"reason", "A key change recorded on a visit"}},
                                                            options, now));
    ApplyLinkChange(*link, payload);
    events.push_back({events::kChildPersonLinkChanged, std::move(payload)});
  }
  return events;
}

}  // namespace childrecord
