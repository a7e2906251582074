#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/fields.h"
#include "features/children/children_views.h"
#include "features/documents/document_views.h"
#include "features/entries/entry_views.h"
#include "features/identity/identity_views.h"
#include "features/people/people_views.h"

namespace childrecord {

// R17: the written record of a transfer of a copy of the record to an adoption agency.
// Empty text where an optional field was not given.
struct TransferView {
  std::string id;
  std::string child_id;
  std::string agency;
  std::string agency_contact;
  std::string sent_on;  // "YYYY-MM-DD"
  std::string method;   // transfer_rules.h TransferMethods()
  std::string parts;    // canonical JSON list of transfer_rules.h TransferParts()
  std::string entries_from;
  std::string entries_to;
  std::string reason;
  std::string recorded_at;
  std::string recorded_by;
  std::string recorded_by_name;
};

// TransferView's one description (core/fields.h): its JSON, SQL columns and OpenAPI schema
// "Transfer" (transfer_views.cc).
const fields::Description<TransferView>& Describe(const TransferView*);

// R17: the copy of the record sent with a transfer (TransferService::GetCopy). Parts not sent are
// left empty; `parts` says which were.
struct TransferCopy {
  TransferView transfer;
  std::vector<std::string> parts;
  ChildRecord child;
  std::optional<ChildIdentityRow> identity;
  std::vector<IdentityChangeView> identity_history;
  std::vector<LinkedPerson> people;
  std::vector<LivingArrangementView> living;
  std::vector<EntryView> entries;  // oldest first
  std::vector<DocumentView> documents;
};

}  // namespace childrecord
