#pragma once

#include <string_view>

namespace childrecord {

// Syllables in one word, estimated: groups of vowels (a e i o u y), less a silent final "e"
// (but not "-le" as in "table"), at least 1. Words without letters (numbers) count 1.
// Pure; thread-safe.
int CountSyllables(std::string_view word);

// A reading age in years from the Flesch–Kincaid grade level:
//   grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
//   reading age = round(grade + 5), kept between 5 and 21.
// (A US school grade plus 5 gives the age of a reader at that grade.) Returns 0 when there are
// no words. Pure; thread-safe.
int ReadingAge(int words, int sentences, int syllables);

}  // namespace childrecord
