#pragma once

#include <string>

namespace childrecord {

// A child's identity (R2) and living arrangements (R4, R8) as the identity feature reads them
// (identity_repository.h). Plain data, no behaviour; instants are RFC 3339 UTC text as stored.

// One child.identity_changed as projected: `changes` is the payload's changes as canonical JSON text.
struct IdentityChangeView {
  std::string id;  // the journal position, 12 digits
  std::string child_id;
  std::string effective_from;  // "YYYY-MM-DD"
  std::string reason;          // empty when none was given
  std::string changes;
  std::string recorded_at;
  std::string recorded_by_name;
};

// The identity columns of a child's row: as the record was opened, and the identity in force
// today (the latest effective_from of each detail). Empty text where there is none.
struct ChildIdentityRow {
  std::string opened_full_name;
  std::string opened_date_of_birth;
  std::string opened_local_child_id;
  std::string full_name;
  std::string other_names;  // canonical JSON list, or empty
  std::string date_of_birth;
  std::string nhs_number;
  std::string upn;
  std::string local_child_id;
};

// One child.living_arrangement_recorded as projected. Empty text where the payload had null.
struct LivingArrangementView {
  std::string id;  // the journal position, 12 digits
  std::string child_id;
  std::string effective_from;
  std::string place_kind;
  std::string place;
  std::string with_whom;
  std::string legal_status;
  std::string order_made_on;
  std::string order_court;
  std::string order_document_id;
  std::string provider_name;
  std::string recorded_at;
  std::string recorded_by_name;
};

}  // namespace childrecord
