// R20, R23, R27, R37 in the store, on both backends: the assessment events project into the
// assessments row and one row per saved version (every version kept); the record's assessments,
// one with its versions, and a team's overdue ones are read by index; verify replays it all.
#include <gtest/gtest.h>

#include "core/ids.h"
#include "features/accounts/accounts_events.h"
#include "features/assessment/assessment_events.h"
#include "features/assessment/assessment_repository.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

class AssessmentStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    r_ = Seed("Assessment County Council", 0);
    manager_ = NewId();
    MustAppend(r_.tenant.id, "system",
               {{events::kUserAdded,
                 payloads::UserAdded(manager_, "tina.manager", "Tina Manager", "team_manager", r_.team_id)}});
  }

  // The referral was received on Monday 23 November 2026: due 45 working days later, across
  // Christmas's three bank holidays, on Thursday 28 January 2027 (R20).
  std::string Start(const std::string& started_on) {
    const std::string id = NewId();
    MustAppend(r_.tenant.id, r_.worker_id,
               {{events::kAssessmentStarted, Json{{"assessment_id", id},
                                                  {"child_id", r_.child_id},
                                                  {"started_on", started_on},
                                                  {"referral_received_on", "2026-11-23"},
                                                  {"working_days", 45},
                                                  {"due_on", "2027-01-28"}}}});
    return id;
  }

  void Save(const std::string& id, int64_t version, Json content) {
    clock().Advance(std::chrono::minutes(10));
    MustAppend(r_.tenant.id, r_.worker_id,
               {{events::kAssessmentSaved,
                 Json{{"assessment_id", id}, {"child_id", r_.child_id}, {"version", version}, {"content", content}}}});
  }

  SeededRecord r_;
  std::string manager_;
};

TEST_P(AssessmentStoreTest, EveryVersionIsKeptAndTheDecisionRecorded_R20_R27) {
  const std::string id = Start("2026-11-24");
  Save(id, 1, {{"developmental_needs", "Amara is doing well at nursery."}});
  Save(id, 2,
       {{"developmental_needs", "Amara is doing well at nursery."},
        {"views", Json::array({{{"whose", "child"},
                                {"person_id", nullptr},
                                {"name", "Amara Okafor"},
                                {"words", "I like my teacher."},
                                {"agrees", "yes"},
                                {"support", Json::array({"advocate"})},
                                {"support_other", nullptr}}})},
        {"outcome", "early_help"}});
  MustAppend(r_.tenant.id, r_.worker_id,
             {{events::kAssessmentCompleted, Json{{"assessment_id", id}, {"child_id", r_.child_id}, {"version", 2}}}});
  AssessmentRepository repo(store());
  auto waiting = repo.Get(r_.tenant.id, id);
  ASSERT_TRUE(waiting.ok()) << waiting.error().message;
  EXPECT_EQ(waiting->status, "submitted");
  EXPECT_EQ(waiting->submitted_by_name, "Sam Worker");

  MustAppend(r_.tenant.id, manager_,
             {{events::kAssessmentAuthorised, Json{{"assessment_id", id},
                                                   {"child_id", r_.child_id},
                                                   {"version", 2},
                                                   {"authorised_on", "2026-11-24"},
                                                   {"outcome", "early_help"},
                                                   {"outcome_label", "Support from the Early Help service"},
                                                   {"reasons", "The family agree and Early Help can start."}}}});
  auto a = repo.Get(r_.tenant.id, id);
  ASSERT_TRUE(a.ok()) << a.error().message;
  EXPECT_EQ(a->status, "authorised");
  EXPECT_EQ(a->version, 2);
  EXPECT_EQ(a->due_on, "2027-01-28");
  EXPECT_EQ(a->started_by_name, "Sam Worker");
  EXPECT_EQ(a->authorised_by_name, "Tina Manager");
  EXPECT_EQ(a->authorisation_reasons, "The family agree and Early Help can start.");
  EXPECT_EQ(a->outcome, "early_help");
  EXPECT_EQ(Json::parse(a->content)["views"][0]["words"], "I like my teacher.");

  auto versions = repo.Versions(r_.tenant.id, id);
  ASSERT_TRUE(versions.ok()) << versions.error().message;
  ASSERT_EQ(versions->size(), 2u);  // the first draft is kept beside the second
  EXPECT_EQ((*versions)[0].version, 1);
  EXPECT_EQ(Json::parse((*versions)[0].content).count("views"), 0u);
  EXPECT_EQ((*versions)[1].saved_by_name, "Sam Worker");

  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

TEST_P(AssessmentStoreTest, SeveralOverTheYearsNewestFirst_R20) {
  const std::string first = Start("2026-11-24");
  clock().Advance(std::chrono::hours(24 * 400));
  const std::string second = Start("2027-12-29");
  auto list = AssessmentRepository(store()).ForChild(r_.tenant.id, r_.child_id);
  ASSERT_TRUE(list.ok()) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, second);
  EXPECT_EQ((*list)[1].id, first);
  EXPECT_FALSE(AssessmentRepository(store()).Get(r_.tenant.id, NewId()).ok());
}

TEST_P(AssessmentStoreTest, TheTeamsOverdueAssessments_R20) {
  const std::string id = Start("2026-11-24");
  AssessmentRepository repo(store());
  // Due on 28 January 2027: not overdue that day, overdue the day after.
  auto on_the_day = repo.OverdueAssessments(r_.tenant.id, r_.team_id, "2027-01-28");
  ASSERT_TRUE(on_the_day.ok()) << on_the_day.error().message;
  EXPECT_TRUE(on_the_day->empty());
  auto after = repo.OverdueAssessments(r_.tenant.id, r_.team_id, "2027-01-29");
  ASSERT_TRUE(after.ok()) << after.error().message;
  ASSERT_EQ(after->size(), 1u);
  EXPECT_EQ((*after)[0].id, id);
  EXPECT_EQ((*after)[0].full_name, "Amara Okafor");
  EXPECT_EQ((*after)[0].due_on, "2027-01-28");
  // Another team's list does not hold it.
  auto other = repo.OverdueAssessments(r_.tenant.id, NewId(), "2027-01-29");
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->empty());
  // Authorised, even late, it is no longer overdue.
  MustAppend(r_.tenant.id, manager_,
             {{events::kAssessmentCompleted, Json{{"assessment_id", id}, {"child_id", r_.child_id}, {"version", 0}}}});
  MustAppend(r_.tenant.id, manager_,
             {{events::kAssessmentAuthorised, Json{{"assessment_id", id},
                                                   {"child_id", r_.child_id},
                                                   {"version", 0},
                                                   {"authorised_on", "2027-02-01"},
                                                   {"outcome", "no_further_action"},
                                                   {"outcome_label", "No further involvement"},
                                                   {"reasons", "Needs met."}}}});
  after = repo.OverdueAssessments(r_.tenant.id, r_.team_id, "2027-02-02");
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE(after->empty());
  VerifyReport report = Verify(r_.tenant);
  EXPECT_TRUE(report.ok) << report.problem;
}

CHILDRECORD_INSTANTIATE_BACKENDS(AssessmentStoreTest);

}  // namespace
}  // namespace childrecord::testing
