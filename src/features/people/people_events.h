#pragma once

namespace childrecord::events {

// The people around the child (R3, R5, R7, R13), projected by people_events.cc; the payloads are
// in docs/journal-format.md ("Payloads: the people around the child").

// R3: a person the record knows: {person_id, full_name, phone?, email?, address?}.
inline constexpr char kPersonAdded[] = "person.added";
// R3: a person's contact details changed (they belong to the person, so every record linking them
// sees them): {person_id, phone|null, email|null, address|null}.
inline constexpr char kPersonContactChanged[] = "person.contact_changed";
// R3, R5: a person linked to the child, with the relationship, whether they live in the home,
// parental responsibility and whom they are important to (household_rules.h BuildPersonLink).
inline constexpr char kChildPersonLinked[] = "child.person_linked";
// R3, R18: a link changed (moved in or out, parental responsibility, relationship, important to):
// the link as it became, with version, what changed, reason and the visit it came from
// (person_link_change_rules.h).
inline constexpr char kChildPersonLinkChanged[] = "child.person_link_changed";
// R7: {family_time_id, child_id, with, how_often, where, support, starts_on, ends_on, childs_views}.
inline constexpr char kFamilyTimeArranged[] = "child.family_time_arranged";
// R13: {provider_use_id, child_id, provider_name, kind, ofsted_urn, arrangement, starts_on, ends_on}.
inline constexpr char kPrivateProviderUsed[] = "child.private_provider_used";
// R20: a person's details as the genogram needs them (person_details_rules.h BuildPersonDetails),
// recorded on a child's record, replacing the earlier version (kept in the journal and in
// person_detail_versions): {person_id, child_id, version, sex, born_on|null, birth_order|null,
// died, died_on|null}.
inline constexpr char kPersonDetailsRecorded[] = "person.details_recorded";
// R20: a relationship between two adults on a child's record (BuildPartnership): {partnership_id,
// child_id, first_person_id, second_person_id, kind, starts_on, ends_on|null}. A later change of
// the pair (separated, then divorced) is another of these: every one is kept.
inline constexpr char kPartnershipRecorded[] = "person.partnership_recorded";

}  // namespace childrecord::events
