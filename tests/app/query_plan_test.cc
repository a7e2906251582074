// Reads that cost what their child costs (SPEC §7 quality bars): every statement a request runs
// finds its rows through an index for its child, entry, person or user, never by reading a table
// that grows with the authority. The test runs every endpoint (the API as every role, the pages
// as a team manager), records each statement the store ran (StatementLog), and asks the database
// for each one's plan: SQLite's EXPLAIN QUERY PLAN, and PostgreSQL's EXPLAIN with sequential scans
// discouraged (on a small table the planner would otherwise choose one whatever the indexes).
#include <regex>

#include "access_matrix_fixture.h"
#include "features/assessment/assessment_repository.h"
#include "features/plan/plan_repository.h"

namespace childrecord::testing {
namespace {

// Tables that grow with the authority: every child, entry, person, document and read adds rows.
const std::set<std::string>& GrowingTables() {
  static const std::set<std::string> tables = {"access_grants",
                                               "access_log",
                                               "case_note_summaries",
                                               "child_allocations",
                                               "child_people",
                                               "child_person_link_changes",
                                               "child_search_rows",
                                               "children",
                                               "documents",
                                               "entries",
                                               "entry_search_rows",
                                               "entry_shares",
                                               "entry_versions",
                                               "family_time",
                                               "identity_changes",
                                               "journal",
                                               "journal_payloads",
                                               "living_arrangements",
                                               "people",
                                               "private_providers",
                                               "record_closures",
                                               "record_transfers",
                                               "sessions",
                                               "users",
                                               "credentials",
                                               "assessments",
                                               "assessment_versions",
                                               "plans",
                                               "plan_goals",
                                               "plan_actions",
                                               "plan_action_versions",
                                               "plan_reviews",
                                               "chronology_items",
                                               "chronology_impacts"};
  return tables;
}

// Statements that read a whole tenant's table on purpose, each with why that stays cheap.
struct Allowed {
  const char* fragment;  // a piece of the statement's text that identifies it
  const char* why;
};
const std::vector<Allowed>& AllowedWholeReads() {
  static const std::vector<Allowed> allowed = {
      {"FROM users u LEFT JOIN credentials c ON c.tenant_id = u.tenant_id AND c.user_id = u.id WHERE u.tenant_id = ? "
       "ORDER BY u.full_name",
       "the administrators' list of every user: staff, hundreds, not the children's records"},
  };
  return allowed;
}

bool IsAllowed(const std::string& sql) {
  for (const Allowed& a : AllowedWholeReads()) {
    if (sql.find(a.fragment) != std::string::npos) return true;
  }
  return false;
}

// Table aliases of a statement ("FROM entries e" -> e: entries), and each table by its own name.
std::map<std::string, std::string> Aliases(const std::string& sql) {
  std::map<std::string, std::string> out;
  static const std::regex from(R"((?:FROM|JOIN)\s+([a-z_]+)(?:\s+(?:AS\s+)?([a-z]\w*))?)", std::regex::icase);
  for (auto it = std::sregex_iterator(sql.begin(), sql.end(), from); it != std::sregex_iterator(); ++it) {
    const std::string table = (*it)[1];
    out[table] = table;
    const std::string alias = (*it)[2];
    static const std::set<std::string> kKeywords = {"where", "join",  "left",  "inner", "on",    "order",  "group",
                                                    "limit", "union", "using", "as",    "cross", "natural"};
    std::string lower = alias;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!alias.empty() && !kKeywords.count(lower)) out[alias] = table;
  }
  return out;
}

bool Explainable(const std::string& sql) {
  for (const char* head : {"SELECT", "UPDATE", "DELETE", "WITH", "INSERT INTO access_log"}) {
    if (sql.starts_with(head)) return true;
  }
  return sql.starts_with("INSERT") && sql.find("SELECT") != std::string::npos;
}

class QueryPlanTest : public AccessMatrixTest {
 protected:
  // Every endpoint once: the API as every role (on a record of their own team, with a reason so
  // that every read path runs), and every page as a team manager.
  void RunEveryEndpoint() {
    for (const std::string& role : Roles()) {
      SessionSettings settings;
      SessionService sessions(store(), tenant_.id, settings);
      auto token = sessions.SignIn(users_[role].username, kPassword, "api");
      ASSERT_TRUE(token.ok()) << role;
      for (const Endpoint& e : app_->endpoints()) {
        if (!e.pattern.starts_with("/api/v1/") || e.action == AccessAction::kPublic) continue;
        if (e.method == "DELETE") continue;  // would end the token used for the rest
        for (const Child* child : {&own_, &outside_}) {
          std::string body = BodyFor(e);
          if (body == "@plan") body = PlanBodyFor(e, *child);  // R24: the record's goal
          Request request = Api(e.method, PathFor(e, *child), token->token, body, "Covering the duty desk");
          if (e.pattern == "/api/v1/search") request.query.emplace("q", "school");
          Send(request);
        }
      }
    }
    SessionSettings settings;
    SessionService sessions(store(), tenant_.id, settings);
    auto web = sessions.SignIn(users_["team_manager"].username, kPassword, "web");
    ASSERT_TRUE(web.ok());
    for (const Endpoint& e : app_->endpoints()) {
      if (e.method != "GET" || e.pattern.starts_with("/api/") || e.pattern.starts_with("/assets")) continue;
      std::string path = e.pattern;
      const std::string id = path.starts_with("/entries/")     ? own_.entry_id
                             : path.starts_with("/documents/") ? own_.document_id
                             : path.starts_with("/transfers/") ? own_.transfer_id
                             : path.starts_with("/admin/")     ? users_["practitioner"].id
                                                               : own_.id;
      path = std::regex_replace(path, std::regex(R"(\{id\})"), id);
      path = std::regex_replace(path, std::regex(R"(\{link_id\})"), own_.link_id);
      path = std::regex_replace(path, std::regex(R"(\{kind\})"), "visit");
      path = std::regex_replace(path, std::regex(R"(\{assessment_id\})"), own_.assessment_id);
      path = std::regex_replace(path, std::regex(R"(\{section\})"), "analysis");
      Request r;
      r.method = "GET";
      r.path = path;
      r.target = path;
      r.remote_address = "192.0.2.9";
      r.headers["cookie"] = "childrecord=" + web->token;
      if (path == "/search") r.query.emplace("q", "school");
      Send(r);
    }
    // R40: the children list narrowed to the team's records (the manager) and to one's own
    // caseload (a practitioner), each read by its index.
    auto practitioner_web = sessions.SignIn(users_["practitioner"].username, kPassword, "web");
    ASSERT_TRUE(practitioner_web.ok());
    for (const auto& [show, token] : {std::pair<std::string, std::string>{"team", web->token},
                                      std::pair<std::string, std::string>{"mine", practitioner_web->token}}) {
      Request list;
      list.method = "GET";
      list.path = list.target = "/children";
      list.query.emplace("show", show);
      list.remote_address = "192.0.2.9";
      list.headers["cookie"] = "childrecord=" + token;
      EXPECT_EQ(Send(list).status, 200) << show;
    }
    // R40: each role's home page reads its own lists (features/home/): walked as every role.
    for (const std::string& role : Roles()) {
      auto own = sessions.SignIn(users_[role].username, kPassword, "web");
      ASSERT_TRUE(own.ok()) << role;
      Request home;
      home.method = "GET";
      home.path = home.target = "/home";
      home.remote_address = "192.0.2.9";
      home.headers["cookie"] = "childrecord=" + own->token;
      EXPECT_EQ(Send(home).status, 200) << role;
    }
    // R1: a referral looks for the records that may be the same child before one opens: by date
    // of birth, NHS number and the names' beginnings (a team that does not exist, so that it
    // stops after the lookup and opens nothing).
    Request referral;
    referral.method = "POST";
    referral.path = referral.target = "/children/new";
    referral.remote_address = "192.0.2.9";
    referral.headers["cookie"] = "childrecord=" + web->token;
    referral.headers["content-type"] = "application/x-www-form-urlencoded";
    referral.body = "csrf_token=" + web->csrf_token +
                    "&first_name=Jon&last_name=Smyth&date_of_birth-day=14&date_of_birth-month=3"
                    "&date_of_birth-year=2015&nhs_number=943+476+5919&received_on-day=20&received_on-month=11"
                    "&received_on-year=2026&source=School&reason=Bruising&team_id=no-such-team";
    const Response answered = Send(referral);
    EXPECT_NE(answered.status, 403) << answered.body;
    // R20: the compliance page's overdue assessments of a team, through the team's records.
    auto overdue = AssessmentRepository(store()).OverdueAssessments(tenant_.id, team_a_, "2027-03-01");
    EXPECT_TRUE(overdue.ok() && overdue->size() == 2u) << "the two team A records' assessments are overdue";
    // R24: the plan's forms on a real plan of the record, and the overdue actions of a team's
    // records and of a worker (the team's compliance page and the worker's list call these).
    for (const char* form : {"goals/new", "actions/new", "review", "end"}) {
      Request r;
      r.method = "GET";
      r.path = r.target = "/children/" + own_.id + "/plans/" + own_.plan_id + "/" + form;
      r.remote_address = "192.0.2.9";
      r.headers["cookie"] = "childrecord=" + web->token;
      EXPECT_EQ(Send(r).status, 200) << r.path;
    }
    PlanRepository plans(store());
    EXPECT_TRUE(plans.OverdueActionsForTeam(tenant_.id, team_a_, "2026-12-04").ok());
    EXPECT_TRUE(plans.OverdueActionsForWorker(tenant_.id, users_["practitioner"].id, "2026-12-04").ok());
    EXPECT_TRUE(plans.ChangedSince(tenant_.id, own_.id, "2026-01-01").ok());
    // R20: the chronology's keyset pages in both orders, filtered by kind and dates, after a cursor
    // of each kind of source (features/chronology/chronology_sources.cc), and its court PDF.
    auto chronology = sessions.SignIn(users_["practitioner"].username, kPassword, "api");
    ASSERT_TRUE(chronology.ok());
    for (const char* after :
         {"2026-01-01|entry:x", "2026-01-01|item:x", "2026-01-01|living:x", "2026-01-01|opened:x"}) {
      for (const char* order : {"oldest", "newest"}) {
        Request page = Api("GET", "/api/v1/children/" + own_.id + "/chronology", chronology->token, "", "");
        page.query.emplace("cursor", after);
        page.query.emplace("order", order);
        page.query.emplace("from", "2019-01-01");
        page.query.emplace("to", "2026-12-31");
        EXPECT_EQ(Send(page).status, 200) << after;
      }
    }
    Request pdf = Api("GET", "/api/v1/children/" + own_.id + "/chronology.pdf", chronology->token, "", "");
    EXPECT_EQ(Send(pdf).status, 200);
  }

  // The tables a plan reads whole: SQLite's "SCAN t", or a search on the tenant alone.
  std::vector<std::string> WholeReads(const std::string& sql, const std::vector<SqlValue>& params) {
    std::vector<std::string> out;
    auto db = store().pool().Acquire();
    EXPECT_TRUE(db.ok());
    if (!db.ok()) return out;
    const auto aliases = Aliases(sql);
    if (!postgres()) {
      auto plan = (*db)->Query("EXPLAIN QUERY PLAN " + sql, params);
      EXPECT_TRUE(plan.ok()) << sql << ": " << (plan.ok() ? "" : plan.error().message);
      if (!plan.ok()) return out;
      static const std::regex scan(R"(^(?:SCAN|SEARCH) (\w+)(.*)$)");
      // A walk of the tenant's whole index is cheap only when it reads in the index's order and
      // stops at a page (LIMIT, no sort of everything first): the newest first, one page.
      bool sorts = false;
      for (const SqlRow& row : *plan) sorts = sorts || AsText(row.back()).starts_with("USE TEMP B-TREE FOR ORDER BY");
      const bool stops_at_a_page = !sorts && sql.find(" LIMIT ") != std::string::npos;
      for (const SqlRow& row : *plan) {
        const std::string detail = AsText(row.back());
        std::smatch m;
        if (!std::regex_match(detail, m, scan)) continue;
        auto table = aliases.find(m[1]);
        if (table == aliases.end() || !GrowingTables().count(table->second)) continue;
        const std::string rest = m[2];
        const bool whole = detail.starts_with("SCAN") || (rest.ends_with("(tenant_id=?)") && !stops_at_a_page);
        if (whole) out.push_back(table->second + " (" + detail + ")");
      }
    } else {
      EXPECT_TRUE((*db)->Exec("SET enable_seqscan = off").ok());
      auto plan = (*db)->Query("EXPLAIN " + sql, params);
      EXPECT_TRUE((*db)->Exec("SET enable_seqscan = on").ok());
      EXPECT_TRUE(plan.ok()) << sql << ": " << (plan.ok() ? "" : plan.error().message);
      if (!plan.ok()) return out;
      static const std::regex seq(R"(Seq Scan on (\w+))");
      for (const SqlRow& row : *plan) {
        const std::string line = AsText(row[0]);
        std::smatch m;
        if (std::regex_search(line, m, seq) && GrowingTables().count(m[1]))
          out.push_back(std::string(m[1]) + " (" + line + ")");
      }
    }
    return out;
  }
};

TEST_P(QueryPlanTest, EveryStatementARequestRunsFindsItsRowsByIndex) {
  statements().Start();
  RunEveryEndpoint();
  statements().Stop();
  const auto statements_run = statements().Statements();
  ASSERT_GT(statements_run.size(), 50u) << "the walk should run most of the store's statements";
  for (const char* lookup : {"c.date_of_birth = ?", "c.nhs_number = ?",
                             postgres() ? ") || to_tsquery(" : "t.id = c.team_id WHERE child_search MATCH ?"}) {
    EXPECT_TRUE(std::any_of(statements_run.begin(), statements_run.end(),
                            [&](const auto& run) { return run.first.find(lookup) != std::string::npos; }))
        << "the referral's lookup of possible matches ran: " << lookup;
  }
  int explained = 0;
  for (const auto& [sql, params] : statements_run) {
    if (!Explainable(sql) || IsAllowed(sql)) continue;
    ++explained;
    for (const std::string& whole : WholeReads(sql, params)) {
      ADD_FAILURE() << "reads the whole of " << whole << " for a request:\n  " << sql;
    }
  }
  EXPECT_GT(explained, 30);
}

CHILDRECORD_INSTANTIATE_BACKENDS(QueryPlanTest);

}  // namespace
}  // namespace childrecord::testing
