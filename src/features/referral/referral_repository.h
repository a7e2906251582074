#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "features/referral/referral_rules.h"
#include "store/store.h"

namespace childrecord {

// R1: the records that may be the same child as a new referral, found through indexes only (never
// by reading every child of the authority): by date of birth (children_by_date_of_birth), by NHS
// number (children_by_nhs_number; migration 0024), and by the names' beginnings in the children's
// name index (migration 0010: SQLite FTS5, PostgreSQL tsvector). referral_rules.h decides which are
// possible matches. Restricted records are left out unless `viewer_id` is named on them. Reads only;
// thread safe (a connection from the store's pool per call). Borrows `store`.
class ReferralRepository {
 public:
  explicit ReferralRepository(Store& store) : store_(store) {}

  // Each candidate once; the name lookup reads at most kNameCandidates rows.
  Result<std::vector<MatchCandidate>> Candidates(const std::string& tenant_id, const ReferralInput& referral,
                                                 const std::string& viewer_id);

  static constexpr int kNameCandidates = 200;

 private:
  Store& store_;
};

}  // namespace childrecord
