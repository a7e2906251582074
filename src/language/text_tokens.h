#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace childrecord {

// One word of a text. Offsets are [start, end) into the text, in UTF-8 bytes and in Unicode
// code points (an invalid UTF-8 byte counts as one code point).
struct TextToken {
  std::uint32_t byte_start = 0;
  std::uint32_t byte_end = 0;
  std::uint32_t cp_start = 0;
  std::uint32_t cp_end = 0;
  // The word's matching key in TokenizedText::keys: ASCII letters lower-cased, ’ written as ',
  // a plural "s" after capitals left out ("PEPs" has the key "pep").
  std::uint32_t key_offset = 0;
  std::uint32_t key_length = 0;
  std::uint32_t sentence = 0;      // index into TokenizedText::sentences
  bool joined_to_previous = false; // only spaces or one hyphen since the previous word, same sentence
  bool all_capitals = false;       // two or more capital letters and no small ones ("LAC", "CPs")
  bool capitals_plural = false;    // capitals followed by a plural "s" ("CPs")
  bool in_brackets = false;        // inside ( ) or [ ]
};

// A sentence: ends at . ! ? … followed by a space or the end, or at a line break.
// Holds tokens [first_token, end_token); the span covers its words and its closing punctuation.
struct TextSentence {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  std::uint32_t byte_start = 0;
  std::uint32_t byte_end = 0;
  std::uint32_t cp_start = 0;
  std::uint32_t cp_end = 0;
};

// Text inside quotation marks, [byte_start, byte_end) including the marks. Pairs are "…", “…”,
// and '…' or ‘…’ when clearly quoting: the opening mark follows a space or the start and
// precedes a non-space; the closing mark follows a non-space and precedes a space, punctuation
// or the end. An apostrophe inside a word (don't, Amy's) is never a quotation mark. A quotation
// still open at a blank line (or the end of the text) is not a quotation.
struct QuotationSpan {
  std::uint32_t byte_start = 0;
  std::uint32_t byte_end = 0;
};

// The result of one pass over a text. Owns its keys; does not refer to the text.
struct TokenizedText {
  std::vector<TextToken> tokens;
  std::vector<TextSentence> sentences;
  std::vector<QuotationSpan> quotations;
  std::string keys;

  std::string_view Key(const TextToken& token) const {
    return std::string_view(keys).substr(token.key_offset, token.key_length);
  }
  // True when the byte offset lies inside a quotation (quotations are sorted).
  bool InQuotation(std::uint32_t byte_offset) const;
};

// Splits text into words, sentences and quotations in one pass. Words are runs of letters and
// digits (any non-ASCII code point outside the punctuation and symbol blocks counts as a
// letter); an apostrophe between letters, a full stop between ASCII letters or digits ("e.g",
// "s.20") and an ampersand between capitals ("A&E") stay inside a word; a possessive "'s" is
// dropped from the word ("LAC's" is "LAC"). Hyphens split words ("attention-seeking" is two
// words joined to each other). Texts of 4 GiB or more are not supported.
// Pure; thread-safe; linear in the text's length.
TokenizedText TokenizeText(std::string_view text);

}  // namespace childrecord
