// How an entry's details read on the record's pages (features/entries/entry_details.h): R18's
// who was there, R29/R30's current text shown once, codes in words.
#include "features/entries/entry_details.h"

#include <gtest/gtest.h>

namespace childrecord::testing {
namespace {

std::string RowValue(const Json& rows, const std::string& label) {
  for (const Json& row : rows) {
    if (row.value("label", "") == label) return row.value("value", "");
  }
  return "<no row>";
}

// R18: a court record shows who was present, the people ticked from the record as well as those
// typed by name, and the row is there when only ticked people were present.
TEST(EntryDetailsR18, WhoWasThereNamesPeopleTickedFromTheRecord) {
  const PeopleNames people{{"p-1", "Ann Smith (Mother)"}, {"p-2", "Joe Smith (Step-father)"}};
  const std::string only_ticked =
      R"({"visit":{"place":"At home","who_was_there":[{"person_id":"p-1"},{"person_id":"p-2"}]}})";
  EXPECT_EQ(RowValue(EntryDetailRows(only_ticked, people), "Who was there"),
            "Ann Smith (Mother)\nJoe Smith (Step-father)");

  const std::string both =
      R"({"visit":{"who_was_there":[{"person_id":"p-1"},{"name":"Sam Lee","role":"health visitor"}]}})";
  EXPECT_EQ(RowValue(EntryDetailRows(both, people), "Who was there"), "Ann Smith (Mother)\nSam Lee (health visitor)");

  // Someone no longer found is still counted, never silently dropped.
  EXPECT_EQ(RowValue(EntryDetailRows(only_ticked, {}), "Who was there"),
            "Someone linked to the record\nSomeone linked to the record");
  EXPECT_EQ(PeopleChosenIn(both), std::vector<std::string>{"p-1"});
}

// Pages speak the reader's words: a relationship's code typed as a role reads as the word.
TEST(EntryDetailsR18, RelationshipCodesReadAsWords) {
  const std::string typed = R"({"visit":{"who_was_there":[{"name":"Joe Smith","role":"step_father"}]}})";
  EXPECT_EQ(RowValue(EntryDetailRows(typed), "Who was there"), "Joe Smith (Step-father)");
}

// R29/R30: the body is the entry's current text; the details' copy of it (the first version's)
// is left out, so an amended entry never shows the old text beside the new.
TEST(EntryDetailsR29R30, TheFirstVersionsCopyOfTheTextIsLeftOut) {
  const std::string visit = R"({"visit":{"place":"At home","discussed_and_seen":"The old text"}})";
  const Json rows = EntryDetailRows(visit, {}, EntryBodyLabel("visit"));
  EXPECT_EQ(RowValue(rows, "What was discussed and seen"), "<no row>");
  EXPECT_EQ(RowValue(rows, "Where"), "At home");
  EXPECT_EQ(EntryBodyLabel("management_decision"), "Decision");
  EXPECT_EQ(EntryBodyLabel("unsuccessful_visit"), "What happened");
}

}  // namespace
}  // namespace childrecord::testing
