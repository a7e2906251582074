#pragma once

// Internal to the demo generator: a seeded random source, fictional names and the templates
// the synthetic case notes are written from. Everything here is invented.

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace childrecord::demo {

// A seeded random source with results that are the same on every platform (the standard
// distributions are not specified exactly, so they are avoided).
class Rng {
 public:
  explicit Rng(uint64_t seed) : gen_(seed) {}
  // Uniform in [lo, hi].
  int Int(int lo, int hi) { return lo + static_cast<int>(gen_() % static_cast<uint64_t>(hi - lo + 1)); }
  // True with probability `p`.
  bool Chance(double p) { return static_cast<double>(gen_() >> 11) * 0x1.0p-53 < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<size_t>(Int(0, static_cast<int>(items.size()) - 1))];
  }

 private:
  std::mt19937_64 gen_;
};

// Name lists (UTF-8; a few names carry accents to exercise non-ASCII handling).
const std::vector<std::string_view>& GirlNames();
const std::vector<std::string_view>& BoyNames();
const std::vector<std::string_view>& WomenNames();
const std::vector<std::string_view>& MenNames();
const std::vector<std::string_view>& Surnames();
const std::vector<std::string_view>& Streets();
const std::vector<std::string_view>& PrimarySchools();
const std::vector<std::string_view>& SecondarySchools();
const std::vector<std::string_view>& Nurseries();

// "Łucja O'Brien" -> "lucja.obrien": lower-case ASCII letters and the dot.
std::string UsernameFor(std::string_view first, std::string_view last);

// Everything a note template can mention about a child and the people around them.
struct NoteContext {
  std::string child;          // the child's first name
  bool girl = false;
  int age = 0;                // years
  bool in_care = false;
  std::string parent;         // the first name of the main parent or carer ("Grace")
  std::string parent_role;    // "mum", "dad", "grandmother", "foster carer"
  bool parent_woman = true;   // for "she"/"he" when a note mentions the parent again
  std::string other_parent;   // first name of another adult in the child's life, or empty
  std::string sibling;        // first name of a brother or sister, or empty
  std::string school;         // nursery or school, or empty for a baby at home
  std::string teacher;        // "Ms Hughes"
  std::string worker;         // the allocated practitioner's full name
  std::string worker_first;
  std::string manager;        // the team manager's full name
  std::string language;       // the family's first language when an interpreter is used, else empty
  std::string next_date;      // "14 March", the next planned visit
  std::string by_date;        // "21 March", a deadline for actions
};

struct NoteText {
  std::string title;
  std::string body;
};

// Case notes of each kind, written as a careful practitioner would (SPEC R18, R19, R21, R24,
// R27, R33, R35: kind, plain words, no abbreviations, the child's own words).
NoteText VisitNote(Rng& rng, const NoteContext& c);
NoteText UnsuccessfulVisitNote(Rng& rng, const NoteContext& c);
NoteText PhoneCallNote(Rng& rng, const NoteContext& c);
NoteText MeetingNote(Rng& rng, const NoteContext& c);
NoteText DecisionNote(Rng& rng, const NoteContext& c, bool* significant);
NoteText AllocationNote(const NoteContext& c, std::string_view referral_reason);
NoteText LetterNote(Rng& rng, const NoteContext& c);
NoteText EmailNote(Rng& rng, const NoteContext& c);
NoteText DirectWorkNote(Rng& rng, const NoteContext& c);
NoteText AssessmentNote(Rng& rng, const NoteContext& c);
NoteText OutOfHoursNote(Rng& rng, const NoteContext& c, std::string_view edt_worker);
// Why a note was written up late, added to the end of a late note's body.
std::string LateReason(Rng& rng);

// A referral: who told us (`source`) and what they said (`reason`), about a child.
struct ReferralText {
  std::string source;
  std::string reason;
};
ReferralText Referral(Rng& rng, const NoteContext& c);

}  // namespace childrecord::demo
