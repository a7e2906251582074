// R2: identification numbers are checked before they are kept (NHS number, Unique Pupil Number).
#include <gtest/gtest.h>

#include "features/identity/nhs_number_rules.h"
#include "features/identity/upn_rules.h"
#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;

constexpr char kCases[] = "tests/features/identity/cases/";

struct PipeCase {
  std::string input, expected;
};

PipeCase SplitPipe(const std::string& text) {
  const auto bar = text.rfind('|');
  std::string input = bar == std::string::npos ? text : text.substr(0, bar);
  std::string expected = bar == std::string::npos ? "" : text.substr(bar + 1);
  while (!input.empty() && input.back() == ' ') input.pop_back();  // keep leading spaces: part of the case
  expected.erase(0, expected.find_first_not_of(' '));
  return {input, expected};
}

// R2: NHS numbers from tests/features/identity/cases/nhs_numbers.txt.
TEST(NhsNumberR2, CasesFromFile) {
  const std::string file = "nhs_numbers.txt";
  int count = 0;
  for (const auto& line : ReadCaseFile(file, kCases)) {
    auto c = SplitPipe(line.text);
    std::string digits;
    auto problem = CheckNhsNumber(c.input, &digits);
    if (c.expected.rfind("ok ", 0) == 0) {
      EXPECT_EQ(problem, NhsNumberProblem::kNone) << At(file, line) << " gave " << NhsNumberProblemName(problem);
      EXPECT_EQ(FormatNhsNumber(digits), c.expected.substr(3)) << At(file, line);
      auto parsed = ParseNhsNumber(c.input);
      EXPECT_TRUE(parsed.ok()) << At(file, line);
    } else {
      EXPECT_EQ(NhsNumberProblemName(problem), c.expected) << At(file, line);
      auto parsed = ParseNhsNumber(c.input, "changes.nhs_number.value");
      ASSERT_FALSE(parsed.ok()) << At(file, line);
      EXPECT_EQ(parsed.error().code, ErrorCode::kValidation);
      EXPECT_EQ(parsed.error().field, "changes.nhs_number.value");
      EXPECT_FALSE(parsed.error().message.empty());
    }
    ++count;
  }
  EXPECT_GE(count, 20);
}

// R2: any single wrong digit is caught by the modulus 11 check.
TEST(NhsNumberR2, EverySingleDigitSlipIsCaught) {
  const std::string good = "9434765919";
  for (size_t i = 0; i < good.size(); ++i) {
    for (char d = '0'; d <= '9'; ++d) {
      if (d == good[i]) continue;
      std::string slip = good;
      slip[i] = d;
      EXPECT_NE(CheckNhsNumber(slip), NhsNumberProblem::kNone) << slip;
    }
  }
}

TEST(UpnR2, CasesFromFile) {
  const std::string file = "upn.txt";
  int count = 0;
  for (const auto& line : ReadCaseFile(file, kCases)) {
    auto c = SplitPipe(line.text);
    std::string upn;
    auto problem = CheckUpn(c.input, &upn);
    if (c.expected.rfind("ok ", 0) == 0) {
      EXPECT_EQ(problem, UpnProblem::kNone) << At(file, line) << " gave " << UpnProblemName(problem);
      EXPECT_EQ(upn, c.expected.substr(3)) << At(file, line);
      EXPECT_TRUE(ParseUpn(c.input).ok()) << At(file, line);
    } else {
      EXPECT_EQ(UpnProblemName(problem), c.expected) << At(file, line);
      auto parsed = ParseUpn(c.input);
      ASSERT_FALSE(parsed.ok()) << At(file, line);
      EXPECT_EQ(parsed.error().field, "upn");
    }
    ++count;
  }
  EXPECT_GE(count, 15);
}

TEST(UpnR2, CheckLetterAndTemporaryNumbers) {
  EXPECT_EQ(UpnCheckLetter("801200005001"), 'B');
  EXPECT_FALSE(UpnLetterValue('I').has_value());
  EXPECT_FALSE(UpnLetterValue('O').has_value());
  EXPECT_FALSE(UpnLetterValue('S').has_value());
  EXPECT_EQ(UpnLetterValue('Z'), 22);
  EXPECT_TRUE(IsTemporaryUpn("X20912345678A"));
  EXPECT_FALSE(IsTemporaryUpn("B801200005001"));
}

}  // namespace
}  // namespace childrecord
