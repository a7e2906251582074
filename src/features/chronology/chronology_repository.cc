#include "features/chronology/chronology_repository.h"

#include <algorithm>
#include <map>

#include "store/described_rows.h"

namespace childrecord {
namespace {

struct ImpactRow {
  std::string source_ref, impact, noted_by;
};
const fields::Description<ImpactRow>& Describe(const ImpactRow*) {
  using V = ImpactRow;
  static const fields::Description<ImpactRow> d = {
      {"source_ref", "ci.source_ref", &V::source_ref},
      {"impact", "ci.impact", &V::impact},
      {"noted_by", "u.full_name", &V::noted_by},
  };
  return d;
}

struct EntryFactsRow {
  std::string title, occurred_at;
};
const fields::Description<EntryFactsRow>& Describe(const EntryFactsRow*) {
  using V = EntryFactsRow;
  static const fields::Description<EntryFactsRow> d = {
      {"title", "e.title", &V::title},
      {"occurred_at", "e.occurred_at", &V::occurred_at},
  };
  return d;
}

// R20: the practitioners' notes of the impact on the child, for the items of one page (by child and
// reference: chronology_impacts_by_child).
Status AddImpacts(Connection& db, const std::string& tenant_id, const std::string& child_id,
                  std::vector<ChronologyItem>& items) {
  if (items.empty()) return Status::Ok();
  std::string sql = "SELECT " + fields::SelectList<ImpactRow>() +
                    " FROM chronology_impacts ci LEFT JOIN users u ON u.tenant_id = ci.tenant_id AND u.id = "
                    "ci.noted_by WHERE ci.tenant_id = ? AND ci.child_id = ? AND ci.source_ref IN (";
  std::vector<SqlValue> params{tenant_id, child_id};
  for (size_t i = 0; i < items.size(); ++i) {
    sql += i == 0 ? "?" : ", ?";
    params.push_back(items[i].ref);
  }
  sql += ")";
  CR_ASSIGN_OR_RETURN(SqlRows rows, db.Query(sql, params));
  std::map<std::string, ImpactRow> by_ref;
  for (const SqlRow& row : rows) {
    ImpactRow r = ReadRow<ImpactRow>(row);
    by_ref[r.source_ref] = r;
  }
  for (ChronologyItem& item : items) {
    auto found = by_ref.find(item.ref);
    if (found == by_ref.end()) continue;
    item.impact = found->second.impact;
    item.impact_noted_by = found->second.noted_by;
  }
  return Status::Ok();
}

}  // namespace

Result<Page<ChronologyItem>> ChronologyRepository::List(const std::string& tenant_id, const std::string& child_id,
                                                        const ChronologyFilter& filter, const std::string& cursor,
                                                        int64_t limit) {
  SourceQuery query{tenant_id, child_id, filter, std::nullopt, limit + 1};
  if (!cursor.empty()) {
    CR_ASSIGN_OR_RETURN(ChronologyPosition after, DecodeChronologyCursor(cursor));
    query.after = after;
  }
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  std::vector<ChronologyItem> all;
  for (const ChronologySource& source : ChronologySources()) {
    if (!filter.kinds.empty() && !filter.kinds.count(source.kind)) continue;
    CR_ASSIGN_OR_RETURN(std::vector<ChronologyItem> items, source.read(*db, query));
    for (ChronologyItem& item : items) {
      if (!PassesFilter(item, filter)) continue;
      if (query.after && !ComesBefore(*query.after, PositionOf(item), filter.newest_first)) continue;
      all.push_back(std::move(item));
    }
  }
  std::sort(all.begin(), all.end(), [&](const ChronologyItem& a, const ChronologyItem& b) {
    return ComesBefore(PositionOf(a), PositionOf(b), filter.newest_first);
  });
  Page<ChronologyItem> page;
  const bool more = static_cast<int64_t>(all.size()) > limit;
  if (more) all.resize(static_cast<size_t>(limit));
  page.items = std::move(all);
  if (more) page.next = EncodeChronologyCursor(PositionOf(page.items.back()));
  CR_RETURN_IF_ERROR(AddImpacts(*db, tenant_id, child_id, page.items));
  return page;
}

Status ChronologyRepository::CheckItem(const std::string& tenant_id, const std::string& child_id,
                                       const std::string& ref) {
  const auto colon = ref.find(':');
  if (colon == std::string::npos) return Error::NotFound("There is no such item in the chronology");
  const std::string prefix = ref.substr(0, colon);
  const std::string id = ref.substr(colon + 1);
  // Each reference's table, read by its key (tenant_id, id).
  static const std::map<std::string, std::string> kTables = {
      {"entry", "entries WHERE tenant_id = ? AND id = ? AND child_id = ? AND significant = 1"},
      {"item", "chronology_items WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"household", "child_person_link_changes WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"living", "living_arrangements WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"order", "living_arrangements WHERE tenant_id = ? AND id = ? AND child_id = ? AND order_made_on IS NOT NULL"},
      {"opened", "children WHERE tenant_id = ? AND id = ? AND id = ?"},
      {"reopened", "record_referrals WHERE tenant_id = ? AND id = ? AND child_id = ? AND reopened = 1"},
      {"closure", "record_closures WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"transfer", "record_transfers WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"assessment", "assessments WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"assessed", "assessments WHERE tenant_id = ? AND id = ? AND child_id = ? AND authorised_on IS NOT NULL"},
      {"plan", "plans WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"planend", "plans WHERE tenant_id = ? AND id = ? AND child_id = ? AND ended_on IS NOT NULL"},
      {"review", "plan_reviews WHERE tenant_id = ? AND id = ? AND child_id = ?"},
      {"teammove", "child_allocations WHERE tenant_id = ? AND id = ? AND child_id = ? AND to_team_id IS NOT NULL"},
  };
  auto table = kTables.find(prefix);
  if (table == kTables.end()) return Error::NotFound("There is no such item in the chronology");
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT 1 FROM " + table->second, {tenant_id, id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no such item in the chronology");
  return Status::Ok();
}

Result<ChronologyRepository::EntryFacts> ChronologyRepository::Entry(const std::string& tenant_id,
                                                                     const std::string& child_id,
                                                                     const std::string& entry_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query("SELECT " + fields::SelectList<EntryFactsRow>() +
                                                  " FROM entries e WHERE e.tenant_id = ? AND e.id = ? AND "
                                                  "e.child_id = ?",
                                              {tenant_id, entry_id, child_id}));
  if (rows.empty()) return Error::NotFound("There is no such entry on this record");
  EntryFactsRow r = ReadRow<EntryFactsRow>(rows.front());
  return EntryFacts{r.title, r.occurred_at};
}

}  // namespace childrecord
