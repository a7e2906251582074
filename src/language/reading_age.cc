#include "language/reading_age.h"

#include <algorithm>
#include <cmath>

namespace childrecord {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

int CountSyllables(std::string_view word) {
  int groups = 0;
  bool in_vowels = false;
  int letters = 0;
  for (char raw : word) {
    char c = Lower(raw);
    bool letter = (c >= 'a' && c <= 'z');
    if (letter) ++letters;
    bool vowel = letter && IsVowel(c);
    if (vowel && !in_vowels) ++groups;
    in_vowels = vowel;
  }
  if (letters == 0) return 1;
  size_t n = word.size();
  if (groups > 1 && n >= 2 && Lower(word[n - 1]) == 'e' && !IsVowel(Lower(word[n - 2])) &&
      !(n >= 3 && Lower(word[n - 2]) == 'l' && !IsVowel(Lower(word[n - 3])))) {
    --groups;  // silent final e ("home"), but "table" keeps it
  }
  return std::max(groups, 1);
}

int ReadingAge(int words, int sentences, int syllables) {
  if (words <= 0) return 0;
  double grade = 0.39 * (static_cast<double>(words) / std::max(sentences, 1)) +
                 11.8 * (static_cast<double>(syllables) / words) - 15.59;
  int age = static_cast<int>(std::lround(grade + 5.0));
  return std::clamp(age, 5, 21);
}

}  // namespace childrecord
