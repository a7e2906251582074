#include "features/referral/referral_repository.h"

#include <set>

#include "store/restricted_to.h"

namespace childrecord {
namespace {

constexpr char kSelect[] = "SELECT c.id, c.full_name, c.date_of_birth, c.nhs_number, c.status, t.name FROM ";
constexpr char kTeamJoin[] = " JOIN teams t ON t.tenant_id = c.tenant_id AND t.id = c.team_id ";

// Restricted records are not there for anyone not named on them.
std::string Visible(const std::string& viewer_id, std::vector<SqlValue>& params) {
  params.push_back(RestrictedToPattern(viewer_id));
  return std::string(" AND ") + kVisibleToViewerSql;
}

// FTS5: each group's beginnings joined by OR, the groups by AND ("jo"* OR "ja"*) AND ("sm"*).
// The beginnings are two folded letters (referral_rules.h NameLookupPrefixes): no query syntax.
std::string Fts5Match(const std::vector<std::vector<std::string>>& groups) {
  std::string match;
  for (const auto& group : groups) {
    std::string any;
    for (const std::string& p : group) any += (any.empty() ? "" : " OR ") + ("\"" + p + "\"*");
    match += (match.empty() ? "" : " AND ") + ("(" + any + ")");
  }
  return match;
}

// PostgreSQL: the same as a tsquery, one bound parameter per beginning, folded as the index is.
std::string PostgresQuery(const std::vector<std::vector<std::string>>& groups, std::vector<SqlValue>& params) {
  std::string sql;
  for (const auto& group : groups) {
    std::string any;
    for (const std::string& p : group) {
      any += (any.empty() ? "" : " || ") + std::string("to_tsquery('simple', '''' || search_fold(?) || ''':*')");
      params.push_back(p);
    }
    sql += (sql.empty() ? "" : " && ") + ("(" + any + ")");
  }
  return "(" + sql + ")";
}

}  // namespace

Result<std::vector<MatchCandidate>> ReferralRepository::Candidates(const std::string& tenant_id,
                                                                   const ReferralInput& referral,
                                                                   const std::string& viewer_id) {
  CR_ASSIGN_OR_RETURN(auto db, store_.pool().Acquire());
  std::vector<MatchCandidate> out;
  std::set<std::string> seen;
  auto add = [&](const SqlRows& rows) {
    for (const SqlRow& row : rows) {
      MatchCandidate c{AsText(row[0]), AsText(row[1]), AsText(row[2]), AsText(row[3]), AsText(row[4]), AsText(row[5])};
      if (seen.insert(c.id).second) out.push_back(std::move(c));
    }
  };
  const std::string children = std::string(kSelect) + "children c" + kTeamJoin;
  if (!referral.date_of_birth.empty()) {
    std::vector<SqlValue> params{tenant_id, referral.date_of_birth};
    const std::string sql = children + "WHERE c.tenant_id = ? AND c.date_of_birth = ?" + Visible(viewer_id, params);
    CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
    add(rows);
  }
  if (!referral.nhs_number.empty()) {
    std::vector<SqlValue> params{tenant_id, referral.nhs_number};
    const std::string sql = children + "WHERE c.tenant_id = ? AND c.nhs_number = ?" + Visible(viewer_id, params);
    CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
    add(rows);
  }
  const auto groups = NameLookupPrefixes(referral);
  if (!groups.empty()) {
    std::vector<SqlValue> params;
    std::string sql;
    if (store_.dialect() == Dialect::kPostgres) {
      params.push_back(tenant_id);
      sql = children + "WHERE c.tenant_id = ? AND c.search_vector @@ " + PostgresQuery(groups, params);
    } else {
      sql = std::string(kSelect) +
            "child_search s JOIN child_search_rows r ON r.search_rowid = s.rowid "
            "JOIN children c ON c.tenant_id = r.tenant_id AND c.id = r.child_id" +
            kTeamJoin + "WHERE child_search MATCH ? AND r.tenant_id = ?";
      params = {Fts5Match(groups), tenant_id};
    }
    sql += Visible(viewer_id, params) + " ORDER BY c.name_key, c.id LIMIT ?";
    params.push_back(int64_t{kNameCandidates});
    CR_ASSIGN_OR_RETURN(SqlRows rows, db->Query(sql, params));
    add(rows);
  }
  return out;
}

}  // namespace childrecord
