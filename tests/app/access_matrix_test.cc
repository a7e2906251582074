// The access matrix (SPEC §5 "an access matrix test (every role × every endpoint)"; SPEC §2
// principle 5; §4; policy R40, R48: access outside the caseload needs a reason, restricted records
// only for those named). Drives the Application directly.
//
// 1. Every route the Application registers is in the endpoint table (auth/access_policy.h), so a
//    new endpoint cannot be added without deciding who may use it.
// 2. Every role × every endpoint that touches a child's record or the audit views answers as the
//    one role × action table (AccessTable) says, for a record outside the role's caseload
//    (without and with a reason), a record on it, and a restricted record (always not found).

#include "app/access_matrix_fixture.h"

namespace childrecord::testing {
namespace {

bool IsChildEndpoint(const Endpoint& e) { return e.pattern.find("{id}") != std::string::npos; }

TEST_P(AccessMatrixTest, EveryRegisteredRouteIsInTheEndpointTable_Principle5) {
  for (const auto& [method, pattern] : app_->router().Patterns()) {
    const auto& endpoints = app_->endpoints();
    bool found = std::any_of(endpoints.begin(), endpoints.end(),
                             [&](const Endpoint& e) { return e.method == method && e.pattern == pattern; });
    EXPECT_TRUE(found)
        << method << " " << pattern
        << " is not in Endpoints() (src/auth/access_policy.cc) or a feature module's endpoints: decide who may use it";
  }
}

TEST_P(AccessMatrixTest, TheTableHasEveryRoleAndAction_R40) {
  for (const std::string& role : Roles()) {
    for (AccessAction a : {AccessAction::kSearchChildren, AccessAction::kOpenRecord, AccessAction::kReadOverview,
                           AccessAction::kReadPeople, AccessAction::kReadEntries, AccessAction::kRecordEntry,
                           AccessAction::kRecordDecision, AccessAction::kRestrictRecord, AccessAction::kReadAuditLog,
                           AccessAction::kReviewReasons, AccessAction::kManageAccounts, AccessAction::kOverseeTeam}) {
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
          std::string body =
              e.pattern == "/api/v1/entries/{id}/versions" || e.pattern == "/api/v1/children/{id}/people/{link_id}"
                  ? BodyFor(e)
              : e.pattern == "/api/v1/children/{id}/chronology/impacts"  // R20: an item of this record
                  ? Json{{"ref", "opened:" + child->id}, {"impact", "The family had help from then on"}}.dump()
                  : first_body;
          if (body == "@plan") body = PlanBodyFor(e, *child);
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
          } else if (want == AccessDecision::kAllowed && e.method == "POST" &&
                     e.pattern == "/api/v1/children/{id}/allocation") {
            // R40: then only the record's team manager or a senior manager; the same worker again
            // (the second call) is a validation error.
            if (MayAllocate(user, facts.team_id)) {
              EXPECT_TRUE(r.status == 200 || r.status == 422) << label << ": " << r.body;
            } else {
              EXPECT_EQ(r.status, 403) << label << ": " << r.body;
            }
          } else if (want == AccessDecision::kAllowed && e.method == "POST" &&
                     e.pattern == "/api/v1/children/{id}/team") {
            // R20, R40: then only the record's team manager or a senior manager moves it; the
            // matrix's body names no team and no transfer summary, so that is a validation error
            // (the records stay where the other rows expect them).
            if (MayAllocate(user, facts.team_id)) {
              EXPECT_EQ(r.status, 422) << label << ": " << r.body;
            } else {
              EXPECT_EQ(r.status, 403) << label << ": " << r.body;
            }
          } else if (want == AccessDecision::kAllowed && e.method == "POST" &&
                     (e.pattern == "/api/v1/children/{id}/assessments" ||
                      e.pattern == "/api/v1/assessments/{id}/completion" ||
                      e.pattern == "/api/v1/assessments/{id}/authorisation")) {
            // R20, R27: past access, one unfinished assessment at a time (409), completing names the
            // missing sections (422), and only a completed one is authorised (409).
          } else if (want == AccessDecision::kAllowed && e.method == "POST" &&
                     (e.pattern.starts_with("/api/v1/plans/") || e.pattern == "/api/v1/children/{id}/plan")) {
            // R24: past access, a plan of a kind already in force is refused (422), and an ended
            // plan takes no more goals, actions or reviews and ends once (409); the first role
            // allowed starts and ends them.
            EXPECT_TRUE(r.status < 300 || r.status == 409 || r.status == 422) << label << ": " << r.body;
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
        case AccessDecision::kAllowed:
          EXPECT_EQ(first.status, 200) << label;
          break;
        case AccessDecision::kReasonRequired:
          EXPECT_EQ(first.status, 403) << label;
          EXPECT_THAT(first.body, ::testing::HasSubstr("Why do you need to see this record?")) << label;
          break;
        case AccessDecision::kForbidden:
          EXPECT_EQ(first.status, 403) << label;
          break;
        case AccessDecision::kHidden:
          EXPECT_EQ(first.status, 404) << label;
          break;
      }
      // A reason of only spaces is refused, and changes nothing.
      Response blank =
          page("POST", "/children/" + child->id + "/access-reason", "csrf_token=" + web->csrf_token + "&reason=+++");
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
      const AccessAction action =
          std::string(path) == "/audit/reasons" ? AccessAction::kReviewReasons : AccessAction::kReadAuditLog;
      EXPECT_EQ(r.status, GrantFor(role, action) == Grant::kNo ? 403 : 200) << role << " " << path;
    }
  }
}

CHILDRECORD_INSTANTIATE_BACKENDS(AccessMatrixTest);

}  // namespace
}  // namespace childrecord::testing
