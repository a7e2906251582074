// R25 in the store, on both backends: every version of the Case Note Summary is kept (who and
// when), the key people are stored as ids of people on the record, the significant changes since
// a version are read by child (an entry marked significant, someone moving out of the home), the
// Emergency Duty Team's entries reach the allocated worker, and verify replays it all.
#include <gtest/gtest.h>

#include "core/ids.h"
#include "core/time_format.h"
#include "features/accounts/accounts_events.h"
#include "features/entries/entries_events.h"
#include "features/people/people_events.h"
#include "features/summary/summary_events.h"
#include "features/summary/summary_repository.h"
#include "features/summary/summary_rules.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class SummaryStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Summary County Council", 1);
  }

  void Write(int64_t version, const std::string& pen) {
    auto payload =
        BuildSummaryVersion(Json{{"pen_picture", pen},
                                 {"worries", "School attendance"},
                                 {"what_helps", "Nan visits every day"},
                                 {"safety_plan", "If Mum is unwell, call Nan on 07700 900123"},
                                 {"key_people", Json::array({{{"person_id", r_.person_id}, {"safety", "safe"}}})}},
                            r_.child_id, version, {r_.person_id});
    ASSERT_TRUE(payload.ok()) << payload.error().message;
    MustAppend(r_.tenant.id, r_.worker_id, {{events::kCaseNoteSummaryWritten, *payload}});
  }

  SeededRecord r_;
};

TEST_P(SummaryStoreTest, EveryVersionIsKeptWithWhoAndWhen_R25) {
  SummaryRepository repo(store());
  auto none = repo.Latest(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(none.ok()) << none.error().message;
  EXPECT_FALSE(none->has_value());
  Write(1, "Amara is 11 and loves football.");
  clock().Advance(std::chrono::hours(24));
  Write(2, "Amara is 11, loves football and has started at secondary school.");
  auto latest = repo.Latest(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(latest.ok() && latest->has_value());
  EXPECT_EQ((*latest)->version, 2);
  EXPECT_EQ((*latest)->recorded_by_name, "Sam Worker");
  EXPECT_NE((*latest)->key_people.find(r_.person_id), std::string::npos) << "the person's id, not a copy";
  EXPECT_EQ((*latest)->key_people.find("07700"), std::string::npos);
  auto versions = repo.Versions(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(versions.ok());
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[1].pen_picture, "Amara is 11 and loves football.");  // newest first
  EXPECT_LT((*versions)[1].recorded_at, (*versions)[0].recorded_at);
  // Two updates from the same version: the second is refused, never silently replacing the first.
  auto again = BuildSummaryVersion(Json{{"pen_picture", "x"},
                                        {"worries", "x"},
                                        {"what_helps", "x"},
                                        {"safety_plan", "x"},
                                        {"key_people", Json::array({{{"person_id", r_.person_id}}})}},
                                   r_.child_id, 2, {r_.person_id});
  ASSERT_TRUE(again.ok());
  auto refused = store().Append(r_.tenant.id, r_.worker_id, {{events::kCaseNoteSummaryWritten, *again}});
  EXPECT_FALSE(refused.ok());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

TEST_P(SummaryStoreTest, SignificantChangesSinceTheLastVersion_R25) {
  Write(1, "Amara is 11.");
  auto latest = SummaryRepository(store()).Latest(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(latest.ok() && latest->has_value());
  const std::string since = (*latest)->recorded_at;
  SummaryRepository repo(store());
  auto nothing = repo.SignificantChangesSince(r_.tenant.id, r_.child_id, since);
  ASSERT_TRUE(nothing.ok()) << nothing.error().message;
  EXPECT_TRUE(nothing->empty()) << "the seeded entry came before the summary";

  clock().Advance(std::chrono::hours(2));
  Json ordinary = payloads::EntryRecorded(NewId(), r_.child_id, r_.worker_id, clock().Now(), "Phone call", "Talked");
  Json significant =
      payloads::EntryRecorded(NewId(), r_.child_id, r_.worker_id, clock().Now(), "Police attended", "At 2am");
  significant["significant"] = true;
  MustAppend(r_.tenant.id, r_.worker_id, {{events::kEntryRecorded, ordinary}, {events::kEntryRecorded, significant}});
  clock().Advance(std::chrono::hours(2));
  // Mum moves out of the child's home (R3, R18 key changes).
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kChildPersonLinkChanged,
               Json{{"link_id", r_.link_id},
                    {"child_id", r_.child_id},
                    {"version", 2},
                    {"relationship", "mother"},
                    {"lives_in_home", false},
                    {"parental_responsibility", true},
                    {"home_periods", Json::array({{{"moved_in", "2015-03-14"}, {"moved_out", "2026-11-20"}}})},
                    {"changed", Json::array({"home_periods"})},
                    {"reason", "Mum has moved to her sister's"}}}});
  auto changes = repo.SignificantChangesSince(r_.tenant.id, r_.child_id, since);
  ASSERT_TRUE(changes.ok()) << changes.error().message;
  ASSERT_EQ(changes->size(), 2u);
  EXPECT_EQ((*changes)[0].kind, "entry");
  EXPECT_NE((*changes)[0].description.find("significant event"), std::string::npos);
  EXPECT_EQ((*changes)[1].kind, "household");
  EXPECT_NE((*changes)[1].description.find("moved out"), std::string::npos) << (*changes)[1].description;
  // The due rule reads them as they come: due since the significant entry.
  const SummaryDue due = DecideSummaryDue({since, "", *changes, clock().Now()});
  EXPECT_TRUE(due.due);
  EXPECT_EQ(due.trigger, "significant_change");
  EXPECT_EQ(due.due_since, (*changes)[0].at);
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

TEST_P(SummaryStoreTest, OutOfHoursEntriesReachTheAllocatedWorker_R25) {
  const std::string duty = NewId();
  MustAppend(r_.tenant.id, "system",
             {{events::kUserAdded, payloads::UserAdded(duty, "dee.duty", "Dee Duty", "edt", r_.team_id)}});
  const std::string since = FormatUtc(clock().Now());
  clock().Advance(std::chrono::hours(1));
  MustAppend(r_.tenant.id, duty,
             {{events::kEntryRecorded,
               payloads::EntryRecorded(NewId(), r_.child_id, duty, clock().Now(), "Police called at night",
                                       "Recorded out of hours", "phone_call")}});
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kEntryRecorded, payloads::EntryRecorded(NewId(), r_.child_id, r_.worker_id, clock().Now(),
                                                               "Home visit", "The worker's own")}});
  auto mine = SummaryRepository(store()).OutOfHoursEntriesFor(r_.tenant.id, r_.worker_id, since);
  ASSERT_TRUE(mine.ok()) << mine.error().message;
  ASSERT_EQ(mine->size(), 1u);
  EXPECT_EQ((*mine)[0].title, "Police called at night");
  EXPECT_EQ((*mine)[0].recorded_by_name, "Dee Duty");
  EXPECT_EQ((*mine)[0].child_name, "Amara Okafor");
  auto later = SummaryRepository(store()).OutOfHoursEntriesFor(r_.tenant.id, r_.worker_id, FormatUtc(clock().Now()));
  ASSERT_TRUE(later.ok());
  EXPECT_TRUE(later->empty());
}

CHILDRECORD_INSTANTIATE_BACKENDS(SummaryStoreTest);

}  // namespace
}  // namespace childrecord::testing
