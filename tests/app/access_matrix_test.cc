// The access matrix (SPEC §5 "an access matrix test (every role × every endpoint)"; SPEC §2
// principle 5; §4; policy R40, R48; issue 3 item 7). Drives the Application directly.
//
// 1. Every route the Application registers is in the endpoint table (auth/access_policy.h), so a
//    new endpoint cannot be added without deciding who may use it.
// 2. Every role × every endpoint that touches a child's record or the audit views answers as the
//    one role × action table (AccessTable) says, for a record outside the role's caseload
//    (without and with a reason), a record on it, and a restricted record (always not found).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "app/application.h"
#include "app/app_support.h"
#include "auth/access_policy.h"
#include "auth/accounts.h"
#include "core/ids.h"
#include "data/language_data.h"
#include "record/commands.h"
#include "record/visit.h"
#include "record/documents.h"
#include "record/event_types.h"
#include "features/transfer/transfer_events.h"
#include "features/transfer/transfer_rules.h"
#include "store/blob_store.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

constexpr char kPassword[] = "a long and unusual test passphrase 42";

struct Child {
  std::string id, entry_id, label;
  std::string document_id;  // a PDF on the record (R8), its file in the matrix's blob folder
  std::string link_id;  // a person linked to the record (issue 4 item 3)
  std::string transfer_id;  // R17: a transfer of the record to an adoption agency
};

constexpr char kMatrixPdf[] = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n";

class AccessMatrixTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto tenant = store().CreateTenant("Matrix Borough Council");
    ASSERT_TRUE(tenant.ok());
    tenant_ = *tenant;
    // Team A holds the records; every role's test user is in team B.
    auto worker = AddUser(store(), tenant_.id, "system", {"worker.a", "Ada Worker", "practitioner", "Team A"},
                          kPassword);
    ASSERT_TRUE(worker.ok()) << worker.error().message;
    worker_a_ = *worker;
    for (const std::string& role : Roles()) {
      auto user = AddUser(store(), tenant_.id, "system", {role + ".b", "Test " + role, role, "Team B"}, kPassword);
      ASSERT_TRUE(user.ok()) << role << ": " << user.error().message;
      users_[role] = *user;
    }
    std::map<std::string, std::string> teams;
    auto listed = store().ListTeams(tenant_.id);
    ASSERT_TRUE(listed.ok());
    for (const Team& t : *listed) teams[t.name] = t.id;
    team_a_ = teams["Team A"];
    team_b_ = teams["Team B"];
    outside_ = MakeChild("Olive Outside", team_a_, worker_a_.id, "outside the caseload");
    own_ = MakeChild("Bea Ownteam", team_b_, "", "on the caseload (own team)");
    restricted_ = MakeChild("Rita Restricted", team_a_, worker_a_.id, "restricted to others");
    MustAppend(tenant_.id, worker_a_.id,
               {{events::kChildAccessRestricted, Json{{"child_id", restricted_.id},
                                                       {"restricted", true},
                                                       {"named_user_ids", Json::array({worker_a_.id})},
                                                       {"reason", "A member of staff's relative"}}}});
    app_ = MakeTestApplication(store(), tenant_, blob_dir_);
    ASSERT_NE(app_, nullptr);
  }

  void TearDown() override {
    std::filesystem::remove_all(blob_dir_);
    BackendTest::TearDown();
  }

  Child MakeChild(const std::string& name, const std::string& team, const std::string& worker,
                  const std::string& label) {
    Child c{NewId(), NewId(), label, NewId(), "", ""};
    BlobStore blobs(blob_dir_);
    EXPECT_TRUE(blobs.Put(kMatrixPdf).ok());
    auto document = BuildDocumentAdded(Json{{"kind", "court_order"}, {"title", "Care order"}, {"dated", "2026-11-20"}},
                                       DocumentFile{"order.pdf", kMatrixPdf}, c.id, c.document_id, clock().Now());
    EXPECT_TRUE(document.ok());
    MustAppend(tenant_.id, "system", {{events::kChildRecordOpened, payloads::ChildRecordOpened(c.id, name, team, worker)}});
    MustAppend(tenant_.id, "system",
               {{events::kEntryRecorded, payloads::EntryRecorded(c.entry_id, c.id, worker.empty() ? "system" : worker,
                                                                  clock().Now() - std::chrono::hours(2), "A visit",
                                                                  "We talked about school.")}});
    MustAppend(tenant_.id, "system", {{events::kDocumentAdded, *document}});
    // A person on every record, for the link-change endpoints (R3).
    const std::string person_id = NewId();
    c.link_id = NewId();
    MustAppend(tenant_.id, "system",
               {{events::kPersonAdded, payloads::PersonAdded(person_id, "Pat " + name)},
                {events::kChildPersonLinked, payloads::ChildPersonLinked(c.link_id, c.id, person_id, "mother", true, true)}});
    // R17: a transfer on every record, for the copy endpoint.
    c.transfer_id = NewId();
    auto transfer = BuildRecordTransferred(Json{{"agency", "Northern Adoption Agency"},
                                                {"sent_on", "2026-11-20"},
                                                {"method", "courier"},
                                                {"parts", {"identity", "entries"}},
                                                {"reason", "Adoption is the plan"}},
                                           c.id, c.transfer_id, clock().Now());
    EXPECT_TRUE(transfer.ok());
    MustAppend(tenant_.id, "system", {{events::kChildRecordTransferred, *transfer}});
    return c;
  }

  Response Send(Request request) { return app_->Handle(request); }

  Request Api(const std::string& method, const std::string& path, const std::string& token, const std::string& body,
              const std::string& reason) {
    Request r;
    r.method = method;
    r.path = path;
    r.target = path;
    r.remote_address = "192.0.2.7";
    r.headers["authorization"] = "Bearer " + token;
    if (!body.empty()) {
      r.headers["content-type"] =
          body.starts_with("--matrix") ? "multipart/form-data; boundary=matrix" : "application/json";
      r.body = body;
    }
    if (!reason.empty()) r.headers["x-access-reason"] = reason;
    return r;
  }

  // The request body an endpoint needs to succeed when allowed.
  std::string BodyFor(const Endpoint& e) {
    if (e.method == "GET") return "";
    if (e.pattern == "/api/v1/children") {
      return Json{{"full_name", "Nia New"}, {"date_of_birth", "2019-02-03"}, {"team_id", team_b_},
                  {"referral", {{"received_on", "2026-11-20"}, {"source", "School"}, {"reason", "Worried."}}}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/entries") {
      return Json{{"kind", "case_note"}, {"occurred_at", "2026-11-24T08:00:00Z"}, {"title", "Home visit"},
                  {"body", "We played a game and talked about school."}}
          .dump();
    }
    if (e.pattern == "/api/v1/entries/{id}/versions") {
      // No expected_version: each role's amendment builds on the one before.
      return Json{{"reason", "Correcting the spelling of the school's name"},
                  {"body", "We played a game and talked about school. (" + e.method + " " + RandomHex(4) + ")"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/restriction") {
      return Json{{"restricted", false}, {"reason", "Checking the matrix"}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/words-we-use") return R"({"items":[]})";
    if (e.pattern == "/api/v1/children/{id}/reopening") {
      return Json{{"referral", {{"received_on", "2026-11-24"}, {"source", "School"}, {"reason", "New worries."}}}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/transfers" && e.method == "POST") {
      return Json{{"agency", "Northern Adoption Agency"}, {"sent_on", "2026-11-24"}, {"method", "secure_email"},
                  {"parts", {"identity"}}, {"reason", "Adoption is the plan (R17)"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/closure") {
      return Json{{"closed_on", "2026-11-24"}, {"reason", "Checking the matrix"}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/documents") {
      std::string body;
      for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
               {"kind", "court_report"}, {"title", "Court report"}, {"dated", "2026-11-20"}}) {
        body += "--matrix\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
      }
      return body + "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.pdf\"\r\n\r\n" +
             kMatrixPdf + "\r\n--matrix--\r\n";
    }
    // Issue 4 item 3 (R3, R5, R7, R13).
    if (e.pattern == "/api/v1/children/{id}/people") {
      return Json{{"full_name", "Sam Neighbour"}, {"relationship", "neighbour"}, {"important_to", "child"}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/people/{link_id}") {
      // Each change must change something: a new phone number every time.
      return Json{{"contact", {{"phone", "01234 " + std::to_string(100000 + ++changes_)}}}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/family-time") {
      return Json{{"with", Json::array({{{"name", "Grandad"}}})}, {"how_often", "Every Sunday afternoon"},
                  {"support", "unsupervised"}, {"starts_on", "2020-01-05"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/private-providers") {
      return Json{{"provider_name", "Brightside Fostering"}, {"kind", "independent_fostering_agency"},
                  {"arrangement", "Foster carers for the child"}, {"starts_on", "2020-01-05"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/identity") {
      return R"({"effective_from":"2020-01-01","changes":{"other_names":{"value":["Matrix"]}}})";
    }
    if (e.pattern == "/api/v1/children/{id}/living-arrangements") {
      return R"({"effective_from":"2020-01-01","place_kind":"home","legal_status":"no_order"})";
    }
    return "{}";
  }

  std::string PathFor(const Endpoint& e, const Child& c) {
    std::string path = std::regex_replace(e.pattern, std::regex(R"(\{id\})"),
                                          e.pattern.starts_with("/api/v1/entries/")     ? c.entry_id
                                          : e.pattern.starts_with("/api/v1/documents/") ? c.document_id
                                          : e.pattern.starts_with("/api/v1/transfers/") ? c.transfer_id
                                                                                        : c.id);
    return std::regex_replace(path, std::regex(R"(\{link_id\})"), c.link_id);
  }

  // The status the table says an API request should get.
  static int Expected(AccessDecision d) {
    switch (d) {
      case AccessDecision::kAllowed: return 200;
      case AccessDecision::kReasonRequired: return 403;
      case AccessDecision::kForbidden: return 403;
      case AccessDecision::kHidden: return 404;
    }
    return 0;
  }

  ChildAccessFacts Facts(const Child& c) { return *store().GetChildAccess(tenant_.id, c.id); }

  Tenant tenant_;
  UserAccount worker_a_;
  std::map<std::string, UserAccount> users_;
  std::string team_a_, team_b_;
  Child outside_, own_, restricted_;
  std::unique_ptr<Application> app_;
  std::string blob_dir_ = (std::filesystem::temp_directory_path() / ("matrix-blobs-" + RandomHex(8))).string();
  int changes_ = 0;
};

bool IsChildEndpoint(const Endpoint& e) { return e.pattern.find("{id}") != std::string::npos; }


TEST_P(AccessMatrixTest, EveryRegisteredRouteIsInTheEndpointTable_Principle5) {
  for (const auto& [method, pattern] : app_->router().Patterns()) {
    const auto& endpoints = app_->endpoints();
    bool found = std::any_of(endpoints.begin(), endpoints.end(),
                             [&](const Endpoint& e) { return e.method == method && e.pattern == pattern; });
    EXPECT_TRUE(found) << method << " " << pattern
                       << " is not in Endpoints() (src/auth/access_policy.cc) or a feature module's endpoints: decide who may use it";
  }
}

TEST_P(AccessMatrixTest, TheTableHasEveryRoleAndAction_R40) {
  for (const std::string& role : Roles()) {
    for (AccessAction a : {AccessAction::kSearchChildren, AccessAction::kOpenRecord, AccessAction::kReadOverview,
                           AccessAction::kReadPeople, AccessAction::kReadEntries, AccessAction::kRecordEntry,
                           AccessAction::kRecordDecision, AccessAction::kRestrictRecord, AccessAction::kReadAuditLog, AccessAction::kReviewReasons,
                           AccessAction::kManageAccounts}) {
      int rows = 0;
      for (const AccessRow& r : AccessTable()) rows += r.role == role && r.action == a;
      EXPECT_EQ(rows, 1) << role << " × " << AccessActionName(a);
    }
  }
}

// Every role × every API endpoint, from the table.
TEST_P(AccessMatrixTest, EveryRoleTimesEveryApiEndpoint_Principle5_R48) {
  for (const std::string& role : Roles()) {
    const UserAccount& user = users_[role];
    auto token = app_ ? Result<IssuedToken>(Error::Internal("")) : Result<IssuedToken>(Error::Internal(""));
    {
      SessionSettings settings;
      SessionService sessions(store(), tenant_.id, settings);
      token = sessions.SignIn(user.username, kPassword, "api");
    }
    ASSERT_TRUE(token.ok()) << role << ": " << token.error().message;
    for (const Endpoint& e : app_->endpoints()) {
      if (!e.pattern.starts_with("/api/v1/")) continue;
      if (e.action == AccessAction::kPublic) continue;
      const std::string first_body = BodyFor(e);
      if (e.action == AccessAction::kSignedIn) {
        if (e.method == "DELETE") continue;  // would end the token used for the rest
        Response r = Send(Api(e.method, e.pattern, token->token, e.method == "GET" ? "" : R"({"text":"hello"})", ""));
        EXPECT_NE(r.status, 403) << role << " " << e.method << " " << e.pattern << ": " << r.body;
        EXPECT_NE(r.status, 401) << role << " " << e.method << " " << e.pattern << ": " << r.body;
        continue;
      }
      if (!IsChildEndpoint(e)) {  // search, open a record, audit views
        Grant g = GrantFor(role, e.action);
        // Full-text search needs words to search for (an empty q is a validation error).
        Request request = Api(e.method, e.pattern, token->token, first_body, "");
        if (e.pattern == "/api/v1/search") request.query.emplace("q", "school");
        Response r = Send(request);
        if (g == Grant::kNo) {
          EXPECT_EQ(r.status, 403) << role << " " << e.method << " " << e.pattern << ": " << r.body;
        } else {
          EXPECT_LT(r.status, 300) << role << " " << e.method << " " << e.pattern << ": " << r.body;
        }
        continue;
      }
      for (const Child* child : {&outside_, &own_, &restricted_}) {
        const ChildAccessFacts facts = Facts(*child);
        const std::string path = PathFor(e, *child);
        for (const std::string reason : {"", "Covering the duty desk for the team today"}) {
          const AccessDecision want = DecideRecordAccess(user, e.action, facts, !reason.empty());
          // Amendments must change something each time, so each request gets its own text.
          const std::string body = e.pattern == "/api/v1/entries/{id}/versions" ||
                                           e.pattern == "/api/v1/children/{id}/people/{link_id}"
                                       ? BodyFor(e)
                                       : first_body;
          Response r = Send(Api(e.method, path, token->token, body, reason));
          std::string label = role + " " + e.method + " " + e.pattern + " on a record " + child->label +
                              (reason.empty() ? " without" : " with") + " a reason";
          if (want == AccessDecision::kAllowed && e.pattern == "/api/v1/children/{id}/closure") {
            // R1: past access, only a manager closes a record, and only once.
            if (IsManagerRole(role)) {
              EXPECT_TRUE(r.status == 200 || r.status == 409) << label << ": " << r.body;
            } else {
              EXPECT_EQ(r.status, 403) << label << ": " << r.body;
            }
          } else if (want == AccessDecision::kAllowed && e.method == "POST" &&
                     e.pattern == "/api/v1/children/{id}/transfers") {
            // R17: past access, only a team manager, senior manager or records officer records a transfer.
            if (MayRecordTransfer(role)) {
              EXPECT_LT(r.status, 300) << label << ": " << r.body;
            } else {
              EXPECT_EQ(r.status, 403) << label << ": " << r.body;
            }
          } else if (want == AccessDecision::kAllowed && e.pattern == "/api/v1/children/{id}/reopening") {
            // R1: only a closed record reopens; an open one is a conflict.
            EXPECT_TRUE(r.status == 200 || r.status == 409) << label << ": " << r.body;
          } else if (want == AccessDecision::kAllowed) {
            EXPECT_LT(r.status, 300) << label << ": " << r.body;
          } else {
            EXPECT_EQ(r.status, Expected(want)) << label << ": " << r.body;
            auto json = Json::parse(r.body, nullptr, false);
            const char* code = want == AccessDecision::kReasonRequired ? "reason_required"
                               : want == AccessDecision::kHidden       ? "not_found"
                                                                       : "forbidden";
            EXPECT_EQ(json.is_object() ? json["error"]["code"] : Json(), code) << label << ": " << r.body;
          }
        }
      }
    }
  }
}

// The record pages: the reason form, then the record; restricted records not found.
TEST_P(AccessMatrixTest, EveryRoleTimesTheRecordPage_Principle5) {
  for (const std::string& role : Roles()) {
    const UserAccount& user = users_[role];
    SessionSettings settings;
    SessionService sessions(store(), tenant_.id, settings);
    auto web = sessions.SignIn(user.username, kPassword, "web");
    ASSERT_TRUE(web.ok()) << role << ": " << web.error().message;
    auto page = [&](const std::string& method, const std::string& path, const std::string& form) {
      Request r;
      r.method = method;
      r.path = path;
      r.target = path;
      r.remote_address = "192.0.2.8";
      r.headers["cookie"] = "childrecord=" + web->token;
      if (!form.empty()) {
        r.headers["content-type"] = "application/x-www-form-urlencoded";
        r.body = form;
      }
      return Send(r);
    };
    for (const Child* child : {&outside_, &own_, &restricted_}) {
      const ChildAccessFacts facts = Facts(*child);
      const std::string label = role + " on a record " + child->label;
      Response first = page("GET", "/children/" + child->id, "");
      switch (DecideRecordAccess(user, AccessAction::kReadOverview, facts, false)) {
        case AccessDecision::kAllowed: EXPECT_EQ(first.status, 200) << label; break;
        case AccessDecision::kReasonRequired:
          EXPECT_EQ(first.status, 403) << label;
          EXPECT_THAT(first.body, ::testing::HasSubstr("Why do you need to see this record?")) << label;
          break;
        case AccessDecision::kForbidden: EXPECT_EQ(first.status, 403) << label; break;
        case AccessDecision::kHidden: EXPECT_EQ(first.status, 404) << label; break;
      }
      // A reason of only spaces is refused, and changes nothing.
      Response blank = page("POST", "/children/" + child->id + "/access-reason",
                            "csrf_token=" + web->csrf_token + "&reason=+++");
      if (facts.restricted) {
        EXPECT_EQ(blank.status, 422) << label;  // validated before anything is looked up
      } else {
        EXPECT_EQ(blank.status, 422) << label;
      }
      Response given = page("POST", "/children/" + child->id + "/access-reason",
                            "csrf_token=" + web->csrf_token + "&reason=Covering+the+duty+desk");
      Response after = page("GET", "/children/" + child->id, "");
      switch (DecideRecordAccess(user, AccessAction::kReadOverview, facts, true)) {
        case AccessDecision::kAllowed:
          EXPECT_EQ(given.status, 303) << label;
          EXPECT_EQ(after.status, 200) << label;
          break;
        case AccessDecision::kHidden:
          EXPECT_EQ(given.status, 404) << label;
          EXPECT_EQ(after.status, 404) << label;
          break;
        default:
          EXPECT_EQ(given.status, 403) << label;
          EXPECT_EQ(after.status, 403) << label;
      }
    }
    for (const char* path : {"/audit", "/audit.csv", "/audit/reasons"}) {
      Response r = page("GET", path, "");
      const AccessAction action = std::string(path) == "/audit/reasons" ? AccessAction::kReviewReasons
                                                                         : AccessAction::kReadAuditLog;
      EXPECT_EQ(r.status, GrantFor(role, action) == Grant::kNo ? 403 : 200) << role << " " << path;
    }
  }
}

// Amending an entry needs the same right as recording its kind (R6, R27): every role × every
// kind × a record outside the caseload (without and with a reason), on it, and restricted, through
// the API and the amend page. A practitioner cannot rewrite a manager's decision.
TEST_P(AccessMatrixTest, AmendingEveryKindNeedsTheRightToRecordIt_R6_R27) {
  std::map<std::string, std::map<const Child*, std::string>> entries;  // kind -> record -> entry id
  for (const std::string& kind : EntryKinds()) {
    for (const Child* child : {&outside_, &own_, &restricted_}) {
      const std::string id = NewId();
      MustAppend(tenant_.id, "system",
                 {{events::kEntryRecorded, payloads::EntryRecorded(id, child->id, worker_a_.id,
                                                                    clock().Now() - std::chrono::hours(3),
                                                                    "A " + kind, "What happened.", kind)}});
      entries[kind][child] = id;
    }
  }
  for (const std::string& role : Roles()) {
    const UserAccount& user = users_[role];
    SessionSettings settings;
    SessionService sessions(store(), tenant_.id, settings);
    auto token = sessions.SignIn(user.username, kPassword, "api");
    ASSERT_TRUE(token.ok()) << role << ": " << token.error().message;
    auto web = sessions.SignIn(user.username, kPassword, "web");
    ASSERT_TRUE(web.ok()) << role << ": " << web.error().message;
    for (const std::string& kind : EntryKinds()) {
      const AccessAction action = ActionToRecord(kind);
      EXPECT_EQ(action, kind == "management_decision" ? AccessAction::kRecordDecision : AccessAction::kRecordEntry);
      for (const Child* child : {&outside_, &own_, &restricted_}) {
        const ChildAccessFacts facts = Facts(*child);
        const std::string entry_id = entries[kind][child];
        for (const std::string reason : {"", "Covering the duty desk for the team today"}) {
          const AccessDecision want = DecideRecordAccess(user, action, facts, !reason.empty());
          const std::string label = role + " amending a " + kind + " on a record " + child->label +
                                    (reason.empty() ? " without" : " with") + " a reason";
          const std::string body =
              Json{{"reason", "Correcting a detail"}, {"body", "What happened, corrected " + RandomHex(4) + "."}}
                  .dump();
          Response r = Send(Api("POST", "/api/v1/entries/" + entry_id + "/versions", token->token, body, reason));
          if (want == AccessDecision::kAllowed) {
            EXPECT_EQ(r.status, 201) << label << ": " << r.body;
          } else {
            EXPECT_EQ(r.status, Expected(want)) << label << ": " << r.body;
          }
        }
        // The amend page, without a reason given: offered only to those who may amend.
        Request page;
        page.method = "GET";
        page.path = page.target = "/entries/" + entry_id + "/amend";
        page.remote_address = "192.0.2.8";
        page.headers["cookie"] = "childrecord=" + web->token;
        Response shown = Send(page);
        const std::string label = role + " opening the amend page of a " + kind + " on a record " + child->label;
        switch (DecideRecordAccess(user, action, facts, false)) {
          case AccessDecision::kAllowed: EXPECT_EQ(shown.status, 200) << label; break;
          case AccessDecision::kHidden: EXPECT_EQ(shown.status, 404) << label; break;
          default: EXPECT_EQ(shown.status, 403) << label;
        }
        // The entry's own page links to the amend page only for them.
        Request view = page;
        view.path = view.target = "/entries/" + entry_id;
        Response entry_page = Send(view);
        if (entry_page.status == 200) {
          const bool offered = entry_page.body.find("/entries/" + entry_id + "/amend") != std::string::npos;
          EXPECT_EQ(offered, GrantFor(role, action) != Grant::kNo) << label;
        }
      }
    }
  }
}

// R32 with a restricted record (SPEC §4): an entry written on a record restricted to others and
// shared with a brother's or sister's record shows there without naming the restricted record or
// its child, in the API, the pages and search, to everyone not named on it.
TEST_P(AccessMatrixTest, ARestrictedRecordIsNotNamedOnASiblingsRecord_R32) {
  const std::string entry_id = NewId();
  Json payload = payloads::EntryRecorded(entry_id, restricted_.id, worker_a_.id, clock().Now() - std::chrono::hours(1),
                                         "Contact with brother", "Zephyrine talked about her brother.");
  payload["shared_with"] = Json::array({own_.id});
  MustAppend(tenant_.id, worker_a_.id, {{events::kEntryRecorded, payload}});
  // The team manager of team B: the brother's record is on their caseload, the restricted one hidden.
  const UserAccount& manager = users_["team_manager"];
  SessionSettings settings;
  SessionService sessions(store(), tenant_.id, settings);
  auto token = sessions.SignIn(manager.username, kPassword, "api");
  ASSERT_TRUE(token.ok());
  auto web = sessions.SignIn(manager.username, kPassword, "web");
  ASSERT_TRUE(web.ok());

  Response list = Send(Api("GET", "/api/v1/children/" + own_.id + "/entries", token->token, "", ""));
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.body.find("Rita"), std::string::npos) << list.body;
  EXPECT_EQ(list.body.find(restricted_.id), std::string::npos) << list.body;
  Json found;
  const Json listed = Json::parse(list.body);
  for (const Json& e : listed["items"]) {
    if (e["id"] == entry_id) found = e;
  }
  ASSERT_TRUE(found.is_object()) << "the shared entry is listed on the brother's record: " << list.body;
  EXPECT_TRUE(found["child_id"].is_null());
  EXPECT_TRUE(found["shared_from"].is_object());
  EXPECT_TRUE(found["shared_from"]["child_id"].is_null());
  EXPECT_TRUE(found["shared_from"]["full_name"].is_null());

  // Opened as an entry of its own record, it is on the restricted record: not there for them.
  Response one = Send(Api("GET", "/api/v1/entries/" + entry_id, token->token, "", ""));
  EXPECT_EQ(one.status, 404) << one.body;
  Request with_record = Api("GET", "/api/v1/entries/" + entry_id, token->token, "", "");
  with_record.query.emplace("record", own_.id);
  Response opened = Send(with_record);
  EXPECT_EQ(opened.status, 200) << opened.body;
  EXPECT_EQ(opened.body.find("Rita"), std::string::npos) << opened.body;
  EXPECT_EQ(opened.body.find(restricted_.id), std::string::npos) << opened.body;

  auto page = [&](const std::string& target) {
    Request r;
    r.method = "GET";
    r.target = target;
    r.path = target.substr(0, target.find('?'));
    if (target.find('?') != std::string::npos) r.query.emplace("record", own_.id);
    r.remote_address = "192.0.2.8";
    r.headers["cookie"] = "childrecord=" + web->token;
    return Send(r);
  };
  for (const std::string& target : {"/children/" + own_.id + "/entries", "/children/" + own_.id,
                                    "/entries/" + entry_id + "?record=" + own_.id}) {
    Response shown = page(target);
    EXPECT_EQ(shown.status, 200) << target;
    EXPECT_EQ(shown.body.find("Rita"), std::string::npos) << target;
    EXPECT_EQ(shown.body.find(restricted_.id), std::string::npos) << target;
    if (target != "/children/" + own_.id) {
      EXPECT_NE(shown.body.find("Shared from another record"), std::string::npos) << target;
    }
  }
  // Search finds nothing of the restricted record for them.
  Request search = Api("GET", "/api/v1/search", token->token, "", "");
  search.query.emplace("q", "Zephyrine");
  Response searched = Send(search);
  EXPECT_EQ(searched.status, 200) << searched.body;
  EXPECT_EQ(searched.body.find("Rita"), std::string::npos) << searched.body;
  EXPECT_EQ(searched.body.find(restricted_.id), std::string::npos) << searched.body;
}

CHILDRECORD_INSTANTIATE_BACKENDS(AccessMatrixTest);

}  // namespace
}  // namespace childrecord::testing
