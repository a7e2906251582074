#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace childrecord {

// R2: the child's Unique Pupil Number (UPN), checked before it is kept.
//
// Source: Department for Education, "Unique pupil numbers (UPNs): guidance for schools and local
// authorities" (https://www.gov.uk/government/publications/unique-pupil-numbers), the check
// letter annex. A UPN is 13 characters:
//   1      check letter
//   2-4    the local authority number of the school that issued it
//   5-8    the school's establishment number
//   9-10   the year it was issued
//   11-13  a serial number; in a temporary UPN character 13 is a letter.
// The check letter: give each of characters 2-13 a value (digits their own value, letters the
// DfE table A=0 B=1 C=2 D=3 E=4 F=5 G=6 H=7 J=8 K=9 L=10 M=11 N=12 P=13 Q=14 R=15 T=16 U=17
// V=18 W=19 X=20 Y=21 Z=22 — I, O and S are never used), multiply by the weights 2, 3, ..., 13,
// add, and take the remainder on dividing by 23; the check letter is that value in the same table.
// Checked: length, characters, check letter. Not checked: that the local authority number is a
// current one (authorities are merged and renumbered; a stale list would refuse real numbers).

enum class UpnProblem {
  kNone,
  kEmpty,                // nothing was entered
  kWrongLength,          // not 13 characters (spaces removed)
  kBadCharacters,        // characters 2-12 not digits, 13 not a digit or an allowed letter,
                         // or character 1 not an allowed letter
  kCheckLetterMismatch,  // the first letter is not the check letter of the rest
};

// "check_letter_mismatch" etc.: the names the data-driven tests use.
std::string_view UpnProblemName(UpnProblem problem);

// The DfE value of an allowed letter (A=0 ... Z=22), or nullopt for I, O, S and non-letters.
std::optional<int> UpnLetterValue(char letter);

// The check letter for characters 2-13 (`rest`, 12 characters, already validated).
char UpnCheckLetter(std::string_view rest);

// Checks `text`: surrounding and inner spaces are ignored and letters may be lower case.
// On kNone, `upn` (when given) receives the 13 characters in upper case.
UpnProblem CheckUpn(std::string_view text, std::string* upn = nullptr);

// The 13-character UPN, or Error::Validation(field, a plain message).
Result<std::string> ParseUpn(std::string_view text, const std::string& field = "upn");

// True for a temporary UPN (character 13 is a letter). Precondition: a valid UPN.
bool IsTemporaryUpn(std::string_view upn);

}  // namespace childrecord
