#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "core/time_format.h"

namespace childrecord {

// The people around the child and where the child lives: pure rules (R3, R4, R5, R8).
//   R3  everyone living in the home, with who holds parental responsibility highlighted;
//   R4  where the child lives when not at home, with whom, and the legal status — dated history;
//   R5  the important people of the child and of the parents, with contact details;
//   R7  arrangements for family time with family and important people;
//   R13 private providers used (for example an independent fostering agency).
// Every list below carries a label and, where it is a professional or legal term, an
// explanation a family can understand (R35: "professional terms such as legal orders explained").

struct LabelledCode {
  std::string code;
  std::string label;
  std::string explanation;  // may be empty for everyday words
};

// A typed relationship of a person to the child ("mother", "half_sister", "youth_worker").
// group: "parent", "sibling", "family", "carer", "important_person" or "professional".
struct RelationshipType {
  std::string code;
  std::string label;
  std::string group;
};
const std::vector<RelationshipType>& RelationshipTypes();
const RelationshipType* FindRelationshipType(const std::string& code);
// Brothers and sisters of every kind (full, half, step, adoptive, foster) — R32 uses these.
bool IsSiblingRelationship(const std::string& code);
// Mothers, fathers, step-parents and adoptive parents: people whose children are each other's
// brothers and sisters (sibling_rules.h).
bool IsParentRelationship(const std::string& code);

// R3: the legal basis on which someone holds parental responsibility (Children Act 1989 s2-4A,
// s12, s14C, s33; Adoption and Children Act 2002 s46).
const std::vector<LabelledCode>& ParentalResponsibilityBases();
// R4: the child's legal status (the looked-after legal statuses of the SSDA903 return, in words).
const std::vector<LabelledCode>& LegalStatuses();
// R4: the kinds of place a child lives ("home" is the family home).
const std::vector<LabelledCode>& LivingPlaceKinds();
// R13: the kinds of private provider.
const std::vector<LabelledCode>& PrivateProviderKinds();
const LabelledCode* FindCode(const std::vector<LabelledCode>& list, const std::string& code);

// R3: a period someone lived in the child's home. moved_out empty: still lives there.
// The day they move out is the first day they no longer live there.
struct HomePeriod {
  Date moved_in;
  std::optional<Date> moved_out;
};
bool LivesInHomeOn(const std::vector<HomePeriod>& periods, Date on);
// Dated moves in order: each period's moved_out is on or after its moved_in, and a period starts
// on or after the previous one ended (only the last may be open). Errors name `path`[i].moved_in/out.
Status CheckHomePeriods(const std::vector<HomePeriod>& periods, const std::string& path);
// R18 "key changes": someone moved in ("moved_in") or out ("moved_out") on `on`. Returns the new
// periods, or a validation error naming `path` when it contradicts the history (moving in someone
// who already lives there, moving out someone who does not, a date before their last move).
Result<std::vector<HomePeriod>> ApplyHomeMove(std::vector<HomePeriod> periods, const std::string& change, Date on,
                                              const std::string& path);
Json HomePeriodsToJson(const std::vector<HomePeriod>& periods);
// From the stored form; entries that cannot be read are skipped.
std::vector<HomePeriod> HomePeriodsFromJson(const Json& periods);

// R3, R5: linking a person to the child. `input`:
//   person_id       required
//   relationship    one of RelationshipTypes()
//   important_to    optional: "child", "parents" or "both" (R5: the child's and the parents'
//                   important people)
//   contact         optional {phone, email, address}; email must look like one (has '@' and a '.')
//   home_periods    optional [{moved_in, moved_out?}] (dates not in the future; see CheckHomePeriods)
//   parental_responsibility  optional {holds: bool, basis (required when holds), since (date, optional)}
//                   Checked against the relationship: "birth_mother" only for a mother;
//                   "married_father" and "named_on_birth_certificate" only for a father.
// Payload (child.person_linked, compatible with the projection's columns): {link_id, child_id,
// person_id, relationship, lives_in_home (true when a period is open), parental_responsibility
// (bool), parental_responsibility_basis|null, parental_responsibility_since|null, important_to|null,
// contact|null, home_periods}.
Result<Json> BuildPersonLink(const Json& input, const std::string& child_id, const std::string& link_id, TimePoint now);

// R4: where and with whom the child lives, and their legal status, from a date. `input`:
//   effective_from  date, required, not in the future
//   place_kind      one of LivingPlaceKinds()
//   place           where (required unless place_kind is "home"): the carer's or home's name and area
//   with_whom       who the child lives with (required unless "home")
//   legal_status    one of LegalStatuses(); "section_20" only when the child lives away from home
//   order           {made_on (date, not in the future), court, document_id?} — required for a legal
//                   status that is a court order (R8), refused for one that is not. document_id
//                   (optional) is the id of the order in the record's documents; only its form is
//                   checked here (IsWellFormedId), and it is kept in the payload only when given
//   provider_name   optional (R13: when the place is run by a private provider)
// Payload: {child_id, effective_from, place_kind, place|null, with_whom|null, legal_status,
//           order|null, provider_name|null}.
Result<Json> BuildLivingArrangement(const Json& input, const std::string& child_id, TimePoint now);
// The arrangement in force at the end of `as_at` from the payloads in recorded order (latest
// effective_from wins; same date: the later recorded). nullopt before the first.
std::optional<Json> LivingArrangementAsAt(const std::vector<Json>& history, Date as_at);

// R7: family time. `input`: with (required non-empty list of {person_id} or {name}), how_often
// (required text), where (optional), support ("supervised", "supported" or "unsupervised"),
// starts_on (date, required), ends_on (optional, not before starts_on), childs_views (optional
// text: R23, the child's view of the arrangement). Errors name "with[1].name" etc.
Result<Json> BuildFamilyTime(const Json& input, const std::string& child_id, TimePoint now);

// R13: a private provider used for the child. `input`: provider_name (required), kind (one of
// PrivateProviderKinds()), ofsted_urn (optional: the Ofsted registration, "SC123456" or digits),
// arrangement (required text: what they provide), starts_on (date, required), ends_on (optional,
// not before starts_on).
Result<Json> BuildPrivateProviderUse(const Json& input, const std::string& child_id, TimePoint now);

}  // namespace childrecord
