// Full-text search within the reader's access.
#include "features/search/search_service.h"

#include <algorithm>

#include "auth/access_policy.h"
#include "service/record_access.h"

namespace childrecord {
namespace {

// The store's scope from the ONE access table: entries where the role reads them without a
// reason (Grant::kYes anywhere; kCaseload/kCaseloadOnly on the caseload). kWithReason roles see
// no entry text in results: a reason is given for one record, never for a search.
SearchScope ScopeFor(const UserAccount& user) {
  SearchScope scope;
  scope.viewer_id = user.id;
  scope.team_id = user.team_id;
  switch (GrantFor(user.role, AccessAction::kReadEntries)) {
    case Grant::kYes: scope.entries = SearchScope::Entries::kAll; break;
    case Grant::kCaseload:
    case Grant::kCaseloadOnly: scope.entries = SearchScope::Entries::kCaseload; break;
    default: scope.entries = SearchScope::Entries::kNone; break;
  }
  return scope;
}

ChildAccessFacts FactsOf(const SearchHit& hit) {
  return ChildAccessFacts{hit.child_id, hit.team_id, hit.allocated_worker_id, hit.restricted, hit.named_user_ids};
}

}  // namespace

Result<SearchResults> SearchService::Search(const Principal& who, const std::string& q, int limit,
                                           const std::string& cursor, const AccessContext& access) {
  if (GrantFor(who.user.role, AccessAction::kSearchChildren) == Grant::kNo || !who.user.active) {
    return RoleCannot(who, AccessAction::kSearchChildren);
  }
  CR_ASSIGN_OR_RETURN(SearchQuery query, ParseSearchQuery(q));
  CR_ASSIGN_OR_RETURN(Page<SearchHit> page, search_.Search(tenant_id_, query, ScopeFor(who.user),
                                                           std::clamp(limit, 1, 100), cursor));
  SearchResults results;
  results.next = page.next;
  const SearchQuery entry_terms = EntryTerms(query);
  std::vector<std::string> shown;  // records whose entries are shown, for the access log
  for (SearchHit& hit : page.items) {
    const ChildAccessFacts facts = FactsOf(hit);
    // The repository filtered in SQL; each hit is checked again with the same rules the record's
    // own pages use, so a mistake in the SQL cannot show what the rules would not.
    if (!hit.entry_id.empty()) {
      if (DecideRecordAccess(who.user, AccessAction::kReadEntries, facts, false) != AccessDecision::kAllowed) continue;
      if (std::find(shown.begin(), shown.end(), hit.child_id) == shown.end()) shown.push_back(hit.child_id);
      SearchResult result;
      result.name = {{hit.child_name, false}};
      result.title = HighlightText(hit.title, entry_terms);
      result.snippet = SnippetText(hit.body, entry_terms);
      result.hit = std::move(hit);
      results.items.push_back(std::move(result));
      continue;
    }
    if (DecideRecordAccess(who.user, AccessAction::kSearchChildren, facts, false) != AccessDecision::kAllowed) continue;
    SearchResult result;
    result.reason_required =
        DecideRecordAccess(who.user, AccessAction::kReadOverview, facts, false) != AccessDecision::kAllowed;
    result.name = HighlightText(hit.child_name, query);
    if (result.reason_required) {
      // Name only, as in the children list: nothing else about a record outside one's reach.
      SearchHit name_only;
      name_only.child_id = hit.child_id;
      name_only.child_name = hit.child_name;
      result.hit = std::move(name_only);
    } else {
      result.hit = std::move(hit);
    }
    results.items.push_back(std::move(result));
  }
  // One row for the search, before anything is returned. The words searched for may themselves
  // be sensitive; the access log is protected like the record (docs/access.md).
  std::string detail = "q: " + q;
  if (!shown.empty()) {
    detail += "; entries shown from records:";
    for (const auto& id : shown) detail += " " + id;
  }
  auto logged = store_.AppendAccessLog(
      tenant_id_, NewAccessLogEntry{who.user.id, "", "records.search", detail, access.address, "", "allowed"});
  if (!logged.ok()) {
    if (logged.error().code == ErrorCode::kValidation) return Error::Validation("q", "The search must be valid text");
    return logged.error();
  }
  return results;
}

}  // namespace childrecord
