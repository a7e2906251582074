// The audit pages speak the reader's words (R45: an auditor reads who did what to which record):
// the access log's stored codes are shown as words, and a code with no words of its own still
// reads without its punctuation.
#include "features/access_log/access_log_views.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

TEST(AccessLogWordsTest, ActionsAreWords) {
  EXPECT_EQ(AccessLogActionWords("child.read"), "Read the record");
  EXPECT_EQ(AccessLogActionWords("entry.record"), "Recorded on the record");
  EXPECT_EQ(AccessLogActionWords("access.reason_given"), "Gave a reason to open the record");
  EXPECT_EQ(AccessLogActionWords("records.search"), "Searched the records");
  EXPECT_EQ(AccessLogActionWords("something.new_here"), "Something new here");
}

TEST(AccessLogWordsTest, AFormsEntryKindIsWords) {
  EXPECT_EQ(AccessLogDetailWords("management_decision form"), "the Management decision form");
  EXPECT_EQ(AccessLogDetailWords("close form"), "close form");
  EXPECT_EQ(AccessLogDetailWords("overview; people; entries"), "overview; people; entries");
  EXPECT_EQ(AccessLogDetailWords(""), "");
}

TEST(AccessLogWordsTest, OutcomesAreWords) {
  EXPECT_EQ(AccessLogOutcomeWords("allowed"), "Allowed");
  EXPECT_EQ(AccessLogOutcomeWords("refused"), "Refused");
  EXPECT_EQ(AccessLogOutcomeWords("reason_required"), "Asked for a reason");
}

}  // namespace
}  // namespace childrecord
