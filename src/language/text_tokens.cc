#include "language/text_tokens.h"

#include <algorithm>
#include <array>

namespace childrecord {
namespace {

struct CodePoint {
  char32_t cp;
  std::uint32_t length;
};

constexpr char32_t kNone = 0xFFFFFFFF;  // before the start or after the end

// Decodes one code point; an invalid or truncated sequence is one byte standing for U+FFFD.
CodePoint Decode(std::string_view text, size_t i) {
  if (i >= text.size()) return {kNone, 0};
  auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](size_t k) -> int {
    if (i + k >= text.size()) return -1;
    auto b = static_cast<unsigned char>(text[i + k]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    int c1 = cont(1);
    if (c1 >= 0) return {static_cast<char32_t>(((b0 & 0x1F) << 6) | c1), 2};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      char32_t cp = static_cast<char32_t>(((b0 & 0x0F) << 12) | (c1 << 6) | c2);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      char32_t cp = static_cast<char32_t>(((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3);
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
    }
  }
  return {0xFFFD, 1};
}

bool IsAsciiAlnum(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool IsAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }

bool IsWordChar(char32_t c) {
  if (c == kNone) return false;
  if (c < 0x80) return IsAsciiAlnum(c);
  if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation (dashes, quotes, …)
  if (c >= 0x20A0 && c <= 0x2BFF) return false;  // currency, symbols, arrows, shapes
  if (c >= 0x3000 && c <= 0x303F) return false;
  if ((c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF || c == 0xFFFD) return false;
  if (c >= 0x1F000) return false;                // emoji and pictographs
  return true;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

bool IsCloser(char32_t c) { return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']'; }

// After a closing quotation mark: a space, punctuation or the end.
bool EndsQuote(char32_t next) {
  if (next == kNone || IsSpace(next)) return true;
  switch (next) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
    case '"': case '\'': case 0x201D: case 0x2019: case 0x2014: case 0x2013: case '-': case 0x2026:
      return true;
    default:
      return false;
  }
}

// Before an opening quotation mark: a space, the start, a bracket or a dash.
bool StartsQuote(char32_t prev) {
  return prev == kNone || IsSpace(prev) || prev == '(' || prev == '[' || prev == 0x2014 || prev == 0x2013 ||
         prev == '-' || prev == ':';
}

bool IsAbbreviationKey(std::string_view key) {
  static constexpr std::array<std::string_view, 10> kKeys = {"mr", "mrs", "ms", "dr", "st", "prof",
                                                             "e.g", "i.e", "vs", "approx"};
  return std::find(kKeys.begin(), kKeys.end(), key) != kKeys.end();
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {
    out_.tokens.reserve(text.size() / 5 + 4);
    out_.keys.reserve(text.size());
  }

  TokenizedText Run() {
    size_t i = 0;
    std::uint32_t cp_index = 0;
    char32_t prev = kNone;
    bool gap_joinable = false;
    bool newline_since_text = false;  // for blank-line (paragraph) detection
    while (i < text_.size()) {
      CodePoint c = Decode(text_, i);
      if (IsWordChar(c.cp)) {
        size_t end = i;
        std::uint32_t cp_end = cp_index;
        char32_t last = kNone;
        size_t skip_to = 0;
        std::uint32_t skip_cps = 0;
        while (end < text_.size()) {
          CodePoint d = Decode(text_, end);
          if (IsWordChar(d.cp)) {
            last = d.cp;
            end += d.length;
            ++cp_end;
            continue;
          }
          CodePoint n = Decode(text_, end + d.length);
          if (IsApostrophe(d.cp) && IsWordChar(n.cp)) {
            if ((n.cp == 's' || n.cp == 'S') && !IsWordChar(Decode(text_, end + d.length + 1).cp)) {
              skip_to = end + d.length + 1;  // possessive 's: not part of the word
              skip_cps = 2;
              break;
            }
          } else if (!((d.cp == '.' && IsAsciiAlnum(last) && IsAsciiAlnum(n.cp)) ||
                       (d.cp == '&' && IsAsciiUpper(last) && IsAsciiUpper(n.cp)))) {
            break;
          }
          last = n.cp;
          end += d.length + n.length;
          cp_end += 2;
        }
        AddToken(i, end, cp_index, cp_end, gap_joinable);
        gap_joinable = true;
        newline_since_text = false;
        prev = 'a';
        if (skip_to != 0) {
          i = skip_to;
          cp_index = cp_end + skip_cps;
        } else {
          i = end;
          cp_index = cp_end;
        }
        continue;
      }
      CodePoint n = Decode(text_, i + c.length);
      switch (c.cp) {
        case ' ': case '\t': case '\r': case 0xA0:
          break;
        case '-':
          break;  // hyphens and spaces keep words joined
        case '\n':
          gap_joinable = false;
          EndSentence(0, 0);  // the sentence ends with its last word
          bracket_depth_ = 0;
          if (newline_since_text) DropOpenQuote();
          newline_since_text = true;
          break;
        case '.': case '!': case '?': case 0x2026: {
          gap_joinable = false;
          size_t j = i + c.length;
          std::uint32_t cps = 1;
          CodePoint k = Decode(text_, j);
          while (IsCloser(k.cp)) {
            j += k.length;
            ++cps;
            k = Decode(text_, j);
          }
          if (k.cp != kNone && !IsSpace(k.cp)) break;
          if (c.cp == '.' && !out_.tokens.empty() && out_.tokens.back().byte_end == i &&
              IsAbbreviationKey(out_.Key(out_.tokens.back()))) {
            break;
          }
          // The sentence takes its full stop but not the closing marks (they are handled next).
          EndSentence(static_cast<std::uint32_t>(i + c.length), cp_index + 1);
          break;
        }
        case '(': case '[':
          gap_joinable = false;
          ++bracket_depth_;
          break;
        case ')': case ']':
          gap_joinable = false;
          if (bracket_depth_ > 0) --bracket_depth_;
          break;
        case '"': case 0x201C: case 0x201D: case '\'': case 0x2018: case 0x2019:
          gap_joinable = false;
          Quote(c.cp, i, c.length, prev, n.cp);
          break;
        default:
          gap_joinable = false;
          break;
      }
      if (!IsSpace(c.cp)) newline_since_text = false;
      prev = c.cp;
      i += c.length;
      ++cp_index;
    }
    EndSentence(out_.tokens.empty() ? 0 : out_.tokens.back().byte_end,
                out_.tokens.empty() ? 0 : out_.tokens.back().cp_end);
    DropOpenQuote();
    return std::move(out_);
  }

 private:
  void AddToken(size_t start, size_t end, std::uint32_t cp_start, std::uint32_t cp_end, bool joinable) {
    if (!sentence_open_) {
      TextSentence s;
      s.first_token = static_cast<std::uint32_t>(out_.tokens.size());
      s.byte_start = static_cast<std::uint32_t>(start);
      s.cp_start = cp_start;
      out_.sentences.push_back(s);
      sentence_open_ = true;
      joinable = false;
    }
    TextToken t;
    t.byte_start = static_cast<std::uint32_t>(start);
    t.byte_end = static_cast<std::uint32_t>(end);
    t.cp_start = cp_start;
    t.cp_end = cp_end;
    t.sentence = static_cast<std::uint32_t>(out_.sentences.size() - 1);
    t.joined_to_previous = joinable;
    t.in_brackets = bracket_depth_ > 0;
    t.key_offset = static_cast<std::uint32_t>(out_.keys.size());
    int upper = 0, lower = 0;
    for (size_t k = start; k < end; ++k) {
      char ch = text_[k];
      if (ch >= 'A' && ch <= 'Z') {
        ++upper;
        out_.keys.push_back(static_cast<char>(ch - 'A' + 'a'));
      } else if (ch == '\xE2' && k + 2 < end && text_[k + 1] == '\x80' && text_[k + 2] == '\x99') {
        out_.keys.push_back('\'');
        k += 2;
      } else {
        if (ch >= 'a' && ch <= 'z') ++lower;
        out_.keys.push_back(ch);
      }
    }
    if (upper >= 2 && lower == 0) {
      t.all_capitals = true;
    } else if (upper >= 2 && lower == 1 && text_[end - 1] == 's') {
      t.all_capitals = true;
      t.capitals_plural = true;
      out_.keys.pop_back();
    }
    t.key_length = static_cast<std::uint32_t>(out_.keys.size() - t.key_offset);
    out_.tokens.push_back(t);
  }

  void EndSentence(std::uint32_t byte_end, std::uint32_t cp_end) {
    if (!sentence_open_) return;
    TextSentence& s = out_.sentences.back();
    s.end_token = static_cast<std::uint32_t>(out_.tokens.size());
    s.byte_end = std::max(byte_end, out_.tokens.back().byte_end);
    s.cp_end = std::max(cp_end, out_.tokens.back().cp_end);
    sentence_open_ = false;
  }

  void Quote(char32_t mark, size_t i, std::uint32_t length, char32_t prev, char32_t next) {
    bool can_open = StartsQuote(prev) && next != kNone && !IsSpace(next);
    bool can_close = prev != kNone && !IsSpace(prev) && EndsQuote(next);
    auto close = [&] {
      out_.quotations.push_back({open_byte_, static_cast<std::uint32_t>(i + length)});
      open_mark_ = 0;
    };
    if (open_mark_ == '"') {
      if ((mark == '"' && can_close) || mark == 0x201D) close();
      return;
    }
    if (open_mark_ == 0x201C) {
      if (mark == 0x201D || (mark == '"' && can_close)) close();
      return;
    }
    if (open_mark_ == '\'') {
      if ((mark == '\'' || mark == 0x2019) && can_close) close();
      return;
    }
    // Nothing open.
    if (mark == 0x201C || ((mark == '"' || mark == '\'' || mark == 0x2018) && can_open)) {
      open_mark_ = (mark == 0x2018) ? U'\'' : mark;
      open_byte_ = static_cast<std::uint32_t>(i);
    }
  }

  void DropOpenQuote() { open_mark_ = 0; }

  std::string_view text_;
  TokenizedText out_;
  bool sentence_open_ = false;
  int bracket_depth_ = 0;
  char32_t open_mark_ = 0;
  std::uint32_t open_byte_ = 0;
};

}  // namespace

bool TokenizedText::InQuotation(std::uint32_t byte_offset) const {
  auto it = std::upper_bound(quotations.begin(), quotations.end(), byte_offset,
                             [](std::uint32_t b, const QuotationSpan& q) { return b < q.byte_start; });
  if (it == quotations.begin()) return false;
  --it;
  return byte_offset >= it->byte_start && byte_offset < it->byte_end;
}

TokenizedText TokenizeText(std::string_view text) { return Tokenizer(text).Run(); }

}  // namespace childrecord
