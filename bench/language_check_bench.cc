// Language checking is part of writing (SPEC §2 principle 4; R33-R35), so the checker must handle
// a 2,000-word case note in under 2 ms on one core. Prints the per-call time and its ratio to a
// tokenise-only pass (lower-case and split into words) over the same text, measured in the same
// run. No timing asserts.
//
// Usage: language_check_bench [data-directory] [iterations] [--show]   (--show lists the findings)

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "language_baseline.h"
#include "core/source_root.h"
#include "data/language_data.h"
#include "language/language_checker.h"

namespace {

using childrecord::LanguageCheckOptions;
using childrecord::LanguageChecker;

// Realistic sentences of a visit note: mostly plain words, with the things the checker looks for
// at the rate a busy practitioner might write them.
constexpr std::string_view kSentences[] = {
    "I visited Amy at her foster home on Tuesday afternoon and she was pleased to see me.",
    "Amy showed me her bedroom, which she has decorated with drawings of her dog and her friends from school.",
    "We talked about contact with her mum and she said she would like to see her more often at weekends.",
    "The LAC review is booked for next month and the IRO will meet Amy before it.",
    "Amy told me \"I don't want to go to the meeting if Dad is there\" and we agreed she could write her views instead.",
    "Her foster carer said Amy has been sleeping better and is eating well, which is a big change since she arrived.",
    "At school her teacher says she is doing well in reading and enjoys art, and her PEP targets are being met.",
    "Last week Amy absconded from the placement after an argument about her phone and was found at a friend's house.",
    "When we talked about it she said she felt nobody listened to her and she wanted some time on her own.",
    "The care order means the council shares parental responsibility with her mum and dad.",
    "Mum failed to attend the last two family time sessions because she was unwell, and she rang to say sorry.",
    "I explained that the plan is for Amy to stay with her foster carers while her mum gets help with her health.",
    "Amy's brother Josh lives with their grandmother and the siblings see each other every other Saturday at the park.",
    "She said the best thing this month was going swimming with Josh and getting a certificate for her reading.",
    "Her foster carer is worried that Amy kicked off at bedtime twice this week when she was asked to turn off her tablet.",
    "We agreed a plan to help with bedtimes, with a story and a hot drink, and Amy chose the story herself.",
    "The CIN plan was closed last year when the CP plan started, and the next RCPC is in March.",
    "Amy wants her social worker to tell her mum that she loves her and that she is doing well at school.",
    "I will visit again in four weeks and will ring the school before then to ask how she is getting on in class.",
    "The health assessment is due in May and her foster carer will take her to the doctor for it.",
};

std::string BuildNote(int words_wanted) {
  std::string note;
  int words = 0;
  size_t i = 0;
  while (words < words_wanted) {
    std::string_view s = kSentences[i % std::size(kSentences)];
    note.append(s);
    note.push_back((i % 5 == 4) ? '\n' : ' ');
    words += static_cast<int>(std::count(s.begin(), s.end(), ' ')) + 1;
    ++i;
  }
  return note;
}

}  // namespace

using childrecord::bench::MillisPerCall;
using childrecord::bench::TokeniseOnly;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : std::string(childrecord::SourceRoot()) + "/data/language";
  int iterations = argc > 2 ? std::atoi(argv[2]) : 500;
  if (iterations <= 0) iterations = 500;
  bool show = argc > 3 && std::string_view(argv[3]) == "--show";
  auto rules = childrecord::LoadLanguageRules(dir);
  if (!rules.ok()) {
    std::fprintf(stderr, "language_check_bench: %s\n", rules.error().message.c_str());
    return 1;
  }
  LanguageChecker checker(rules.value());
  LanguageCheckOptions options;
  options.preferred_words = {{"contact", "family time"}, {"foster carer", "Nana Sue"}};

  const std::string note = BuildNote(2000);
  auto probe = checker.Check(note, options);

  if (show) {
    for (const auto& f : probe.findings) {
      std::printf("%s\t%s\t%s%s\n", std::string(childrecord::LanguageCategoryName(f.category)).c_str(),
                  f.text.substr(0, 60).c_str(), f.suggestions.empty() ? "" : f.suggestions.front().c_str(),
                  f.in_quotation ? "\t(quoted)" : "");
    }
  }
  size_t sink = 0;
  std::string lower;
  std::vector<std::string_view> words;
  double baseline = MillisPerCall(iterations, [&] { sink += TokeniseOnly(note, lower, words); });
  double check = MillisPerCall(iterations, [&] { sink += checker.Check(note, options).findings.size(); });

  std::printf("note: %d words, %zu bytes, %zu findings, reading age %d\n", probe.words, note.size(),
              probe.findings.size(), probe.reading_age);
  std::printf("tokenise_only_2000_words: %.4f ms per call\n", baseline);
  std::printf("language_check_2000_words: %.3f ms per call (%.1fx a tokenise-only pass; target under 2 ms)\n", check,
              check / baseline);
  return sink == 0 ? 2 : 0;
}
