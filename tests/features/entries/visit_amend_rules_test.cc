// R18 with R29/R30: a visit's answers (seen, seen alone, interpreter) are amended like its text,
// and the amendment keeps the answers of every version (features/entries/visit_rules.h,
// record/commands.h BuildEntryAmended).
#include <gtest/gtest.h>

#include "features/entries/visit_rules.h"
#include "record/commands.h"

namespace childrecord::testing {
namespace {

Json Recorded() {
  return Json{{"visit",
               {{"place", "At home"},
                {"interpreter_used", false},
                {"interpreter_language", nullptr},
                {"child_seen", true},
                {"seen_alone", true},
                {"seen_alone_reason", nullptr},
                {"child_not_seen_reason", nullptr}}}};
}

TEST(VisitAnswersR18R29, SeenAloneCanBeAmendedAndTheRestOfTheVisitIsKept) {
  auto amended = AmendVisitAnswers(Recorded(), Json{{"interpreter_used", false},
                                                    {"child_seen", true},
                                                    {"seen_alone", false},
                                                    {"seen_alone_reason", "Her mum stayed in the room."}});
  ASSERT_TRUE(amended.ok()) << amended.error().message;
  EXPECT_EQ((*amended)["visit"]["seen_alone"], false);
  EXPECT_EQ((*amended)["visit"]["seen_alone_reason"], "Her mum stayed in the room.");
  EXPECT_EQ((*amended)["visit"]["place"], "At home");
}

TEST(VisitAnswersR18R29, EveryMissingReasonIsToldAtOnce) {
  auto amended =
      AmendVisitAnswers(Recorded(), Json{{"interpreter_used", true}, {"interpreter_language", ""}, {"child_seen", false}});
  ASSERT_FALSE(amended.ok());
  std::vector<std::string> fields;
  for (const Error& e : amended.error().All()) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"visit.interpreter_language", "visit.child_not_seen_reason"}));
}

TEST(VisitAnswersR18R29, OnlyAVisitHasAnswersToAmend) {
  EXPECT_FALSE(AmendVisitAnswers(Json{{"decision", Json::object()}}, Json{{"child_seen", true}}).ok());
}

// R29/R30: changed answers make a new version holding them; unchanged ones with unchanged text
// are "nothing changed".
TEST(EntryAmendedR29R30, ChangedAnswersAloneMakeANewVersionThatKeepsThem) {
  const EntryAsItStands current{.id = "e-1", .version = 1, .title = "Home visit", .body = "Text", .details = Recorded()};
  Json details = Recorded();
  details["visit"]["seen_alone"] = false;
  auto payload = BuildEntryAmended(Json{{"reason", "She was not on her own"}, {"details", details}}, current);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["version"], 2);
  EXPECT_EQ((*payload)["details"], details);
  EXPECT_EQ((*payload)["body"], "Text");

  auto same = BuildEntryAmended(Json{{"reason", "No change"}, {"details", Recorded()}}, current);
  ASSERT_FALSE(same.ok());
  EXPECT_EQ(same.error().field, "body");
  auto text_only = BuildEntryAmended(Json{{"reason", "Typo"}, {"body", "Text, corrected"}}, current);
  ASSERT_TRUE(text_only.ok());
  EXPECT_FALSE(text_only->contains("details")) << "text-only amendments keep the answers where they were";
}

}  // namespace
}  // namespace childrecord::testing
