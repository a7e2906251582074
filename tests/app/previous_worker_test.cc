// R40 through the whole application on the store's fake clock: a worker a record is reallocated
// from, now in another team, reads it (and sees it as readable in the children list) on day 29
// after the reallocation, and is refused without a reason (reason_required) on day 31. A record
// ended allocation is journaled and shown in the history; a closed record cannot be allocated.
#include <chrono>

#include "access_matrix_fixture.h"
#include "auth/session_service.h"
#include "features/accounts/account_admin.h"

namespace childrecord::testing {
namespace {

// The senior manager (in another team) states why they act on the record.
constexpr char kWhy[] = "Allocating the team's records while its manager is away";

class PreviousWorkerTest : public AccessMatrixTest {
 protected:
  std::string TokenOf(const UserAccount& user) {
    SessionSettings settings;
    SessionService sessions(store(), tenant_.id, settings);
    auto token = sessions.SignIn(user.username, kPassword, "api");
    EXPECT_TRUE(token.ok()) << (token.ok() ? "" : token.error().message);
    return token.ok() ? token->token : "";
  }
  Json Body(const Response& r) { return Json::parse(r.body, nullptr, false); }
  // The child in `who`'s children list: "full" or "reason_required".
  std::string ListedAccess(const std::string& token, const std::string& child_id) {
    Request request = Api("GET", "/api/v1/children", token, "", "");
    request.target = "/api/v1/children?limit=200";
    const Response r = Send(request);
    const Json list = Body(r);
    EXPECT_TRUE(list.is_object() && list.contains("items")) << r.status << " " << r.body;
    if (!list.is_object() || !list.contains("items")) return "no list";
    for (const Json& c : list["items"]) {
      if (c["id"] == child_id) return c["access"];
    }
    return "not listed";
  }
};

TEST_P(PreviousWorkerTest, ReadsTheFormerRecordOnDay29AndNeedsAReasonOnDay31_R40) {
  auto ben = AddUser(store(), tenant_.id, "system", {"ben.a", "Ben Worker", "practitioner", "Team A"}, kPassword);
  ASSERT_TRUE(ben.ok());
  // Senior managers may allocate any team's record; the record moves from Ada to Ben.
  const std::string manager = TokenOf(users_["senior_manager"]);
  Response moved = Send(Api("POST", "/api/v1/children/" + outside_.id + "/allocation", manager,
                            Json{{"worker_id", ben->id}, {"reason", "Ada moves team"}}.dump(), kWhy));
  ASSERT_EQ(moved.status, 200) << moved.body;
  // Ada leaves the record's team, so only R40's 30 days let her read it.
  ASSERT_TRUE(AccountAdmin(store(), tenant_.id).SetTeam("system", worker_a_.id, "Team B").ok());

  clock().Advance(std::chrono::hours(24 * 29));
  std::string ada = TokenOf(worker_a_);
  EXPECT_EQ(Send(Api("GET", "/api/v1/children/" + outside_.id, ada, "", "")).status, 200) << "day 29: she reads it";
  EXPECT_EQ(ListedAccess(ada, outside_.id), "full") << "day 29: her list shows it readable, not needing a reason";
  Response write = Send(Api("POST", "/api/v1/children/" + outside_.id + "/entries", ada,
                            Json{{"kind", "case_note"}, {"occurred_at", FormatUtc(clock().Now())}, {"title", "Note"},
                                 {"body", "A note."}}
                                .dump(),
                            ""));
  EXPECT_NE(write.status, 201) << "reading only: she cannot add to it";

  clock().Advance(std::chrono::hours(24 * 2));
  ada = TokenOf(worker_a_);
  Response refused = Send(Api("GET", "/api/v1/children/" + outside_.id, ada, "", ""));
  EXPECT_EQ(refused.status, 403) << "day 31";
  EXPECT_EQ(Body(refused)["error"]["code"], "reason_required");
  EXPECT_EQ(ListedAccess(ada, outside_.id), "reason_required");
}

TEST_P(PreviousWorkerTest, AManagerEndsAnAllocationAndAClosedRecordCannotBeAllocated_R40) {
  const std::string manager = TokenOf(users_["senior_manager"]);
  Response ended = Send(Api("POST", "/api/v1/children/" + outside_.id + "/allocation", manager,
                            Json{{"worker_id", nullptr}, {"reason", "Case stepped down"}}.dump(), kWhy));
  ASSERT_EQ(ended.status, 200) << ended.body;
  const Json allocation = Body(Send(Api("GET", "/api/v1/children/" + outside_.id + "/allocation", manager, "", kWhy)));
  EXPECT_TRUE(allocation["worker_id"].is_null()) << allocation.dump();
  ASSERT_FALSE(allocation["history"].empty()) << allocation.dump();
  EXPECT_TRUE(allocation["history"][0]["worker_id"].is_null()) << "the ending is in the history";
  EXPECT_EQ(allocation["history"][0]["previous_worker_id"], worker_a_.id);

  MustAppend(tenant_.id, "system",
             {{"child.record_closed", Json{{"child_id", outside_.id}, {"closed_on", "2026-11-24"},
                                           {"reason", "Support ended"}, {"closing_summary", "All well."}}}});
  Response refused = Send(Api("POST", "/api/v1/children/" + outside_.id + "/allocation", manager,
                              Json{{"worker_id", worker_a_.id}}.dump(), kWhy));
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_NE(Body(refused)["error"]["message"].get<std::string>().find("closed"), std::string::npos) << refused.body;
}

INSTANTIATE_TEST_SUITE_P(Sqlite, PreviousWorkerTest, ::testing::Values(Backend::kSqlite), BackendParamName);

}  // namespace
}  // namespace childrecord::testing
