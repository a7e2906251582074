#include "features/identity/upn_rules.h"

namespace childrecord {
namespace {

// The DfE check letter table, in value order (I, O and S are left out).
constexpr std::string_view kLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::string_view UpnProblemName(UpnProblem problem) {
  switch (problem) {
    case UpnProblem::kNone:
      return "ok";
    case UpnProblem::kEmpty:
      return "empty";
    case UpnProblem::kWrongLength:
      return "wrong_length";
    case UpnProblem::kBadCharacters:
      return "bad_characters";
    case UpnProblem::kCheckLetterMismatch:
      return "check_letter_mismatch";
  }
  return "unknown";
}

std::optional<int> UpnLetterValue(char letter) {
  auto pos = kLetters.find(letter);
  if (pos == std::string_view::npos) return std::nullopt;
  return static_cast<int>(pos);
}

char UpnCheckLetter(std::string_view rest) {
  int sum = 0;
  for (size_t i = 0; i < rest.size() && i < 12; ++i) {
    char c = rest[i];
    int value = IsDigit(c) ? c - '0' : UpnLetterValue(c).value_or(0);
    sum += value * static_cast<int>(i + 2);
  }
  return kLetters[static_cast<size_t>(sum % 23)];
}

UpnProblem CheckUpn(std::string_view text, std::string* upn_out) {
  std::string upn;
  for (char c : text) {
    if (c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    upn += c;
  }
  if (upn.empty()) return UpnProblem::kEmpty;
  if (upn.size() != 13) return UpnProblem::kWrongLength;
  if (!UpnLetterValue(upn[0])) return UpnProblem::kBadCharacters;
  for (size_t i = 1; i < 12; ++i) {
    if (!IsDigit(upn[i])) return UpnProblem::kBadCharacters;
  }
  if (!IsDigit(upn[12]) && !UpnLetterValue(upn[12])) return UpnProblem::kBadCharacters;
  if (UpnCheckLetter(std::string_view(upn).substr(1)) != upn[0]) return UpnProblem::kCheckLetterMismatch;
  if (upn_out) *upn_out = upn;
  return UpnProblem::kNone;
}

Result<std::string> ParseUpn(std::string_view text, const std::string& field) {
  std::string upn;
  switch (CheckUpn(text, &upn)) {
    case UpnProblem::kNone:
      return upn;
    case UpnProblem::kEmpty:
      return Error::Validation(field, "Enter the Unique Pupil Number");
    case UpnProblem::kWrongLength:
    case UpnProblem::kBadCharacters:
      return Error::Validation(field,
                               "A Unique Pupil Number is a letter followed by 12 numbers (the last can be a letter), "
                               "like B801200005001");
    case UpnProblem::kCheckLetterMismatch:
      return Error::Validation(field, "This is not a real Unique Pupil Number. Check it with the child's school");
  }
  return Error::Internal("unreachable");
}

bool IsTemporaryUpn(std::string_view upn) { return upn.size() == 13 && !IsDigit(upn[12]); }

}  // namespace childrecord
