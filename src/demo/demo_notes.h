#pragma once

// The synthetic case notes and referrals of the demo, written from templates (the phrases are
// in demo_note_phrases.cc). Everything here is invented.

#include <string>
#include <string_view>

#include "demo/demo_random.h"

namespace childrecord::demo {

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
