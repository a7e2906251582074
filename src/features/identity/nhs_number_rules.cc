#include "features/identity/nhs_number_rules.h"

namespace childrecord {

std::string_view NhsNumberProblemName(NhsNumberProblem problem) {
  switch (problem) {
    case NhsNumberProblem::kNone:
      return "ok";
    case NhsNumberProblem::kEmpty:
      return "empty";
    case NhsNumberProblem::kNotDigits:
      return "not_digits";
    case NhsNumberProblem::kWrongLength:
      return "wrong_length";
    case NhsNumberProblem::kBadSpacing:
      return "bad_spacing";
    case NhsNumberProblem::kCheckDigitTen:
      return "check_digit_ten";
    case NhsNumberProblem::kCheckDigitMismatch:
      return "check_digit_mismatch";
  }
  return "unknown";
}

NhsNumberProblem CheckNhsNumber(std::string_view text, std::string* digits_out) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return NhsNumberProblem::kEmpty;
  std::string digits;
  bool has_space = false;
  for (char c : text) {
    if (c == ' ') {
      has_space = true;
    } else if (c >= '0' && c <= '9') {
      digits += c;
    } else {
      return NhsNumberProblem::kNotDigits;
    }
  }
  if (digits.size() != 10) return NhsNumberProblem::kWrongLength;
  // Spaces are allowed only as "ddd ddd dddd" (one space in each gap).
  if (has_space && (text.size() != 12 || text[3] != ' ' || text[7] != ' ')) return NhsNumberProblem::kBadSpacing;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (digits[static_cast<size_t>(i)] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return NhsNumberProblem::kCheckDigitTen;
  if (digits[9] - '0' != check) return NhsNumberProblem::kCheckDigitMismatch;
  if (digits_out) *digits_out = digits;
  return NhsNumberProblem::kNone;
}

Result<std::string> ParseNhsNumber(std::string_view text, const std::string& field) {
  std::string digits;
  switch (CheckNhsNumber(text, &digits)) {
    case NhsNumberProblem::kNone:
      return digits;
    case NhsNumberProblem::kEmpty:
      return Error::Validation(field, "Enter the NHS number");
    case NhsNumberProblem::kNotDigits:
    case NhsNumberProblem::kWrongLength:
      return Error::Validation(field, "Enter a valid NHS number: it is 10 digits, like 943 476 5919");
    case NhsNumberProblem::kBadSpacing:
      return Error::Validation(field,
                               "Enter a valid NHS number as 10 digits, or in groups of 3, 3 and 4, like 943 476 5919");
    case NhsNumberProblem::kCheckDigitTen:
    case NhsNumberProblem::kCheckDigitMismatch:
      return Error::Validation(field,
                               "Enter a valid NHS number: this one is not real (its check digit does not match). Check "
                               "it against the letter or card it came from");
  }
  return Error::Internal("unreachable");
}

std::string FormatNhsNumber(std::string_view digits) {
  if (digits.size() != 10) return std::string(digits);
  return std::string(digits.substr(0, 3)) + " " + std::string(digits.substr(3, 3)) + " " +
         std::string(digits.substr(6));
}

}  // namespace childrecord
