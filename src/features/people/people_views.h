#pragma once

#include <cstdint>
#include <string>

namespace childrecord {

// The people around the child as the people feature reads them (people_repository.h): the people,
// their links to the child's record and each link's changes (R3, R5), family time (R7) and private
// providers (R13). Plain data, no behaviour; instants are RFC 3339 UTC text as stored.

// R20: a person's details as the genogram needs them (person_details_rules.h); described once in
// person_details_views.cc (JSON, SQL columns, OpenAPI). `version` 0: nothing recorded yet.
struct PersonDetailsView {
  std::string sex;          // a PersonSexes() code, or "" when not recorded
  std::string born_on;      // "YYYY-MM-DD" or ""
  int64_t birth_order = 0;  // 1 the oldest; 0 not recorded (the date of birth orders them)
  bool died = false;
  std::string died_on;  // "YYYY-MM-DD", or "" when not known (or alive)
  int64_t version = 0;
  std::string recorded_at;
};

// R20: a relationship between two adults on a child's record, as recorded (every one is kept).
struct PartnershipView {
  std::string id;
  std::string child_id;
  std::string first_person_id;
  std::string second_person_id;
  std::string kind;  // a PartnershipKinds() code
  std::string starts_on;
  std::string ends_on;
  std::string recorded_at;
  std::string recorded_by_name;
};

// A person's link to a child's record, with the person's details.
struct LinkedPerson {
  std::string link_id;
  std::string person_id;
  std::string full_name;
  std::string relationship;
  std::string phone;
  std::string email;
  std::string address;
  bool lives_in_home = false;
  bool parental_responsibility = false;
  // R3, R5: empty for links recorded before these were kept.
  std::string child_id;
  std::string parental_responsibility_basis;  // a ParentalResponsibilityBases() code
  std::string parental_responsibility_since;  // "YYYY-MM-DD"
  std::string important_to;                   // "child", "parents" or "both"
  std::string home_periods;                   // canonical JSON [{moved_in, moved_out|null}], or ""
  int64_t version = 1;                        // raised by every change of the link
  PersonDetailsView details = {};             // R20; read after the link's own columns
};

// A person as stored, whatever records they are linked to.
struct PersonView {
  std::string id;
  std::string full_name;
  std::string phone;
  std::string email;
  std::string address;
};

// One change of a link (R3, R18 key changes): the link as it became and why.
struct PersonLinkChangeView {
  std::string link_id;
  int64_t version = 2;
  std::string changed;  // JSON list of what changed, e.g. ["home_periods","parental_responsibility"]
  bool lives_in_home = false;
  bool parental_responsibility = false;
  std::string parental_responsibility_basis;
  std::string home_periods;
  std::string reason;
  std::string entry_id;  // the visit it came from, or ""
  std::string recorded_at;
  std::string recorded_by_name;
};

// R7: an arrangement for family time. `with_people` is JSON [{person_id, full_name} or {name}].
struct FamilyTimeView {
  std::string id;
  std::string child_id;
  std::string with_people;
  std::string how_often;
  std::string place;
  std::string support;
  std::string starts_on;
  std::string ends_on;
  std::string childs_views;
  std::string recorded_at;
  std::string recorded_by_name;
};

// R13: a private provider used for the child.
struct PrivateProviderView {
  std::string id;
  std::string child_id;
  std::string provider_name;
  std::string kind;
  std::string ofsted_urn;
  std::string arrangement;
  std::string starts_on;
  std::string ends_on;
  std::string recorded_at;
  std::string recorded_by_name;
};

}  // namespace childrecord
