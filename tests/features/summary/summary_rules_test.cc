// R25: an up-to-date Case Note Summary — the due rule (summary.due: 3 months, or a significant
// change since the last version, whichever comes first; none at all since the record opened) and
// the checks of a new version. Cases: cases/summary_due.txt, each with its own fixed clock.
#include "features/summary/summary_rules.h"

#include <gtest/gtest.h>

#include "core/time_format.h"
#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;

constexpr char kCases[] = "tests/features/summary/cases/";

std::string Trim(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

std::vector<std::string> Parts(const std::string& text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const auto end = text.find(sep, start);
    out.push_back(Trim(text.substr(start, end == std::string::npos ? std::string::npos : end - start)));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

std::string Due(const std::string& rest) {
  const auto p = Parts(rest, '|');
  if (p.size() != 4) return "malformed case";
  SummaryDueInput input{.last_version_at = p[0] == "-" ? "" : p[0], .record_opened_at = p[1]};
  if (p[2] != "-") {
    for (const std::string& c : Parts(p[2], ',')) {
      const auto at = c.find('@');
      if (at == std::string::npos) return "malformed case";
      input.changes.push_back({c.substr(0, at), c.substr(at + 1), "a " + c.substr(0, at) + " change"});
    }
  }
  auto now = ParseRfc3339(p[3]);
  if (!now) return "malformed case";
  input.now = *now;
  const SummaryDue due = DecideSummaryDue(input);
  if (!due.due) return "not due, next " + due.next_due;
  EXPECT_FALSE(due.reason.empty());
  return "due " + due.trigger + " since " + due.due_since;
}

std::string Version(const std::string& rest) {
  Json input = Json::object();
  for (const std::string& pair : Parts(rest, ';')) {
    const auto eq = pair.find('=');
    if (eq == std::string::npos) return "malformed case";
    const std::string key = Trim(pair.substr(0, eq)), value = Trim(pair.substr(eq + 1));
    if (key == "key") {
      Json people = Json::array();
      if (!value.empty()) {
        for (const std::string& k : Parts(value, ',')) {
          const auto bits = Parts(k, ':');
          Json one{{"person_id", bits[0]}};
          if (bits.size() > 1) one["safety"] = bits[1];
          if (bits.size() > 2) one["note"] = bits[2];
          people.push_back(one);
        }
      }
      input["key_people"] = people;
      continue;
    }
    const std::string field = key == "pen"           ? "pen_picture"
                              : key == "helps"       ? "what_helps"
                              : key == "safety"      ? "safety_plan"
                              : key == "contingency" ? "contingency_plan"
                                                     : key;
    input[field] = value;
  }
  auto built = BuildSummaryVersion(input, "child-1", 2, {"p1", "p2", "p3"});
  if (built.ok()) {
    EXPECT_EQ((*built)["version"], 2);
    EXPECT_EQ((*built)["child_id"], "child-1");
    return "ok";
  }
  std::string out = "errors";
  for (const Error& e : built.error().All()) out += " " + e.field;
  return out;
}

// R25
TEST(SummaryRulesTest, R25CasesFromSummaryDueTxt) {
  const std::string file = "summary_due.txt";
  auto lines = ReadCaseFile(file, kCases);
  int due = 0, version = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.rfind("= ", 0) == 0) << At(file, expect) << " (expected '= ...')";
    const std::string expected = expect.text.substr(2);
    auto [verb, rest] = SplitFirst(line.text);
    if (verb == "due") {
      ++due;
      EXPECT_EQ(Due(rest), expected) << At(file, line);
    } else if (verb == "version") {
      ++version;
      EXPECT_EQ(Version(rest), expected) << At(file, line);
    } else {
      ADD_FAILURE() << At(file, line) << " (unknown case)";
    }
  }
  EXPECT_GE(due, 15);
  EXPECT_GE(version, 8);
}

// R25: the due rule's reason says which trigger, in words a reader understands.
TEST(SummaryRulesTest, R25ReasonNamesTheChange) {
  SummaryDueInput input{.last_version_at = "2026-11-01T09:00:00Z",
                        .record_opened_at = "2026-01-01T09:00:00Z",
                        .changes = {{"household", "2026-11-10T09:00:00Z", "Dad moved back into the child’s home"}},
                        .now = *ParseRfc3339("2026-11-24T09:00:00Z")};
  const SummaryDue due = DecideSummaryDue(input);
  EXPECT_TRUE(due.due);
  EXPECT_NE(due.reason.find("Dad moved back into the child’s home"), std::string::npos) << due.reason;
  input.changes.clear();
  input.now = *ParseRfc3339("2027-03-01T09:00:00Z");
  EXPECT_EQ(DecideSummaryDue(input).reason, "3 months have passed since the summary was last updated");
}

}  // namespace
}  // namespace childrecord
