#pragma once

#include <string>
#include <utility>

#include "auth/principal.h"
#include "core/result.h"
#include "features/search/search_repository.h"
#include "features/search/search_views.h"
#include "store/store.h"

namespace childrecord {

// Full-text search of entries and children's names within the reader's access (docs/access.md). Thread safe; borrows
// `store`, which must outlive it.
class SearchService {
 public:
  SearchService(Store& store, std::string tenant_id)
      : store_(store), search_(store), tenant_id_(std::move(tenant_id)) {}

  // Entries and names matching `q` (search_rules.h ParseSearchQuery; kValidation field "q" when
  // there is nothing to search for), within the caller's access (auth/access_policy.h): entries
  // only from records whose entries the caller may read without a reason (R40, R48); names of
  // records the caller may list, those outside their reach with reason_required and nothing
  // else; restricted records only for the people named on them. Each hit is checked with
  // DecideRecordAccess before it is returned. Logged as one "records.search" row whose detail
  // holds the words searched for and the records whose entries were shown. `limit` is clamped
  // to 1..100.
  Result<SearchResults> Search(const Principal& who, const std::string& q, int limit, const std::string& cursor,
                               const AccessContext& access = {});

 private:
  Store& store_;
  SearchRepository search_;
  const std::string tenant_id_;
};

}  // namespace childrecord
