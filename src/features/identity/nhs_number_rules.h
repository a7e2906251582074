#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace childrecord {

// R2: the child's NHS number, checked before it is kept.
//
// Source: NHS Data Dictionary, "NHS Number" (https://www.datadictionary.nhs.uk/attributes/nhs_number.html)
// — ten digits; the tenth is a modulus 11 check digit: multiply digits 1-9 by the weights
// 10, 9, ..., 2, add the products, take the remainder on dividing by 11 and subtract it from 11.
// A result of 11 gives check digit 0; a result of 10 means the number can never be valid.
// People write it as "943 476 5919" (3-3-4), which is also how we show it.

enum class NhsNumberProblem {
  kNone,
  kEmpty,               // nothing was entered
  kNotDigits,           // a character other than a digit or a space
  kWrongLength,         // not exactly ten digits
  kBadSpacing,          // spaces anywhere but the 3-3-4 positions
  kCheckDigitTen,       // the check digit works out as 10: no such NHS number exists
  kCheckDigitMismatch,  // the last digit is not the check digit (usually a typing slip)
};

// "check_digit_mismatch" etc.: the names the data-driven tests use.
std::string_view NhsNumberProblemName(NhsNumberProblem problem);

// Checks `text` (leading and trailing spaces ignored; "9434765919" or "943 476 5919").
// On kNone, `digits` (when given) receives the ten digits.
NhsNumberProblem CheckNhsNumber(std::string_view text, std::string* digits = nullptr);

// The ten digits, or Error::Validation(field, a plain message saying what is wrong).
Result<std::string> ParseNhsNumber(std::string_view text, const std::string& field = "nhs_number");

// "9434765919" -> "943 476 5919". Precondition: ten digits (anything else is returned as is).
std::string FormatNhsNumber(std::string_view digits);

}  // namespace childrecord
