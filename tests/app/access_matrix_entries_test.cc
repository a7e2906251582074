// The access matrix for entries (SPEC §5, R6, R27, R32): amending every kind needs the right to
// record it, and a restricted record is never named on a brother's or sister's record. The
// fixture and its instantiation on both backends are in access_matrix_fixture.h and
// access_matrix_test.cc.

#include "app/access_matrix_fixture.h"

namespace childrecord::testing {
namespace {

// Amending an entry needs the same right as recording its kind (R6, R27): every role × every
// kind × a record outside the caseload (without and with a reason), on it, and restricted, through
// the API and the amend page. A practitioner cannot rewrite a manager's decision.
TEST_P(AccessMatrixTest, AmendingEveryKindNeedsTheRightToRecordIt_R6_R27) {
  std::map<std::string, std::map<const Child*, std::string>> entries;  // kind -> record -> entry id
  for (const std::string& kind : EntryKinds()) {
    for (const Child* child : {&outside_, &own_, &restricted_}) {
      const std::string id = NewId();
      MustAppend(tenant_.id, "system",
                 {{events::kEntryRecorded,
                   payloads::EntryRecorded(id, child->id, worker_a_.id, clock().Now() - std::chrono::hours(3),
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
          const std::string body = Json{
              {"reason", "Correcting a detail"},
              {"body", "What happened, corrected " + RandomHex(4) +
                           "."}}.dump();
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
          case AccessDecision::kAllowed:
            EXPECT_EQ(shown.status, 200) << label;
            break;
          case AccessDecision::kHidden:
            EXPECT_EQ(shown.status, 404) << label;
            break;
          default:
            EXPECT_EQ(shown.status, 403) << label;
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
  for (const std::string& target :
       {"/children/" + own_.id + "/entries", "/children/" + own_.id, "/entries/" + entry_id + "?record=" + own_.id}) {
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

}  // namespace
}  // namespace childrecord::testing
