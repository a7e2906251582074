#include "record/projection.h"

#include <gtest/gtest.h>

#include "core/time_format.h"
#include "features/entries/entries_events.h"
#include "features/identity/identity_events.h"

namespace childrecord {
namespace {

JournalEvent EntryEvent(const std::string& occurred, const std::string& recorded) {
  JournalEvent e;
  e.seq = 9;
  e.type = events::kEntryRecorded;
  e.actor = "recorder";
  e.recorded_at = *ParseRfc3339(recorded);
  e.payload = Json{{"entry_id", "e1"},   {"child_id", "c1"}, {"kind", "visit"}, {"occurred_at", occurred},
                   {"practitioner_id", "p1"}, {"title", "t"},   {"body", "b"}};
  return e;
}

// R28: an entry recorded more than 24 hours after the event is marked late, from the journal's
// own recorded time, so the mark cannot be removed by editing a field.
TEST(ProjectionR28, MarksLateEntries) {
  auto on_time = Project(EntryEvent("2026-11-23T10:00:00Z", "2026-11-24T09:59:59Z"));
  ASSERT_TRUE(on_time.ok());
  EXPECT_EQ(std::get<int64_t>(on_time->at(0).fields.at("late")), 0);
  auto late = Project(EntryEvent("2026-11-23T10:00:00Z", "2026-11-24T10:00:01Z"));
  ASSERT_TRUE(late.ok());
  EXPECT_EQ(std::get<int64_t>(late->at(0).fields.at("late")), 1);
  // R26: who recorded it is the journal's actor; who was involved is kept apart.
  EXPECT_EQ(std::get<std::string>(late->at(0).fields.at("recorded_by")), "recorder");
  EXPECT_EQ(std::get<std::string>(late->at(0).fields.at("practitioner_id")), "p1");
}

TEST(Projection, RefusesMalformedPayloadsAndUnknownTypes) {
  JournalEvent e = EntryEvent("2026-11-23T10:00:00Z", "2026-11-24T09:00:00Z");
  e.payload.erase("child_id");
  EXPECT_FALSE(Project(e).ok());
  e.type = "mystery.event";
  EXPECT_FALSE(Project(e).ok());
}

TEST(ProjectionState, RejectsDoubleInsertAndOrphanUpdate) {
  ProjectionState state;
  Mutation insert{Mutation::Kind::kInsert, "children", "c1", {{"full_name", std::string("A")}}};
  ASSERT_TRUE(state.Apply({insert}).ok());
  EXPECT_FALSE(state.Apply({insert}).ok());
  Mutation update{Mutation::Kind::kUpdate, "children", "c2", {{"full_name", std::string("B")}}};
  EXPECT_FALSE(state.Apply({update}).ok());
}

// R2: identity changes update the children row only when they are true from the same date or
// later than what it holds, so replaying the journal always ends with the latest effective_from.
JournalEvent IdentityEvent(int64_t seq, const std::string& from, const std::string& name) {
  JournalEvent e;
  e.seq = seq;
  e.type = events::kIdentityChanged;
  e.actor = "u1";
  e.recorded_at = *ParseRfc3339("2026-11-24T09:00:00Z");
  e.payload = Json{{"child_id", "c1"},
                   {"effective_from", from},
                   {"reason", nullptr},
                   {"changes", {{"full_name", {{"value", name}, {"evidence", nullptr}}}}}};
  return e;
}

TEST(ProjectionR2, GuardedIdentityUpdatesKeepTheLatestEffectiveFrom) {
  ProjectionState state;
  ASSERT_TRUE(state.Apply({Mutation{Mutation::Kind::kInsert, "children", "c1",
                                    Fields{{"full_name", std::string("Opened Name")}, {"full_name_from", FieldValue{}}}}})
                  .ok());
  auto apply = [&](int64_t seq, const std::string& from, const std::string& name) {
    auto mutations = Project(IdentityEvent(seq, from, name));
    ASSERT_TRUE(mutations.ok()) << mutations.error().message;
    ASSERT_TRUE(state.Apply(*mutations).ok());
  };
  auto name = [&] { return std::get<std::string>(state.tables().at("children").at("c1").at("full_name")); };
  apply(10, "2024-06-01", "Later Name");
  EXPECT_EQ(name(), "Later Name");
  apply(11, "2015-03-14", "Birth Name");  // back-dated: kept in the history, not today's name
  EXPECT_EQ(name(), "Later Name");
  EXPECT_EQ(state.tables().at("identity_changes").size(), 2u);
  EXPECT_EQ(state.tables().at("identity_changes").count("000000000011"), 1u);
  apply(12, "2024-06-01", "Corrected Later Name");  // same date, recorded later: wins
  EXPECT_EQ(name(), "Corrected Later Name");
  EXPECT_EQ(std::get<std::string>(state.tables().at("children").at("c1").at("name_key")), "corrected later name");
}

}  // namespace
}  // namespace childrecord
