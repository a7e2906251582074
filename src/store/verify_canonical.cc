#include "store/verify_canonical.h"

#include <cstdint>
#include <string>
#include <vector>

namespace childrecord::verify {
namespace {

// A recursive-descent reader that accepts only the canonical spelling (core/canonical_json.cc:
// nlohmann::json's dump without indent, strict UTF-8, non-ASCII as is).
class CanonicalReader {
 public:
  explicit CanonicalReader(std::string_view text) : text_(text) {}

  bool Whole() { return Value(0) && at_ == text_.size(); }

 private:
  // Deeper than any payload; the old check recursed without a limit (and would have crashed).
  static constexpr int kDeepest = 512;

  bool Value(int depth) {
    if (at_ >= text_.size() || depth > kDeepest) return false;
    switch (text_[at_]) {
      case '{':
        return Object(depth);
      case '[':
        return Array(depth);
      case '"':
        return String(nullptr);
      case 't':
        return Literal("true");
      case 'f':
        return Literal("false");
      case 'n':
        return Literal("null");
      default:
        return Number();
    }
  }

  bool Literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  // A whole number that parses to an integer (not a float) and is written as dump writes it: an
  // optional '-', no leading zeros, never "-0", within int64 when negative and uint64 otherwise.
  bool Number() {
    const bool negative = text_[at_] == '-';
    if (negative) ++at_;
    const size_t first = at_;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') ++at_;
    const std::string_view digits = text_.substr(first, at_ - first);
    if (digits.empty() || (digits[0] == '0' && (digits.size() > 1 || negative))) return false;
    if (at_ < text_.size() && (text_[at_] == '.' || text_[at_] == 'e' || text_[at_] == 'E')) return false;
    constexpr std::string_view kMostPositive = "18446744073709551615";  // UINT64_MAX
    constexpr std::string_view kMostNegative = "9223372036854775808";   // -INT64_MIN
    const std::string_view limit = negative ? kMostNegative : kMostPositive;
    return digits.size() < limit.size() || (digits.size() == limit.size() && digits <= limit);
  }

  // A string escaped exactly as dump escapes it. Appends its decoded bytes to `decoded` if given.
  bool String(std::string* decoded) {
    ++at_;  // the opening quote
    while (at_ < text_.size()) {
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c < 0x20) return false;
      if (c != '\\') {
        if (decoded) decoded->push_back(static_cast<char>(c));
        ++at_;
        continue;
      }
      if (at_ + 1 >= text_.size()) return false;
      char unescaped = 0;
      switch (text_[at_ + 1]) {
        case '"':
          unescaped = '"';
          break;
        case '\\':
          unescaped = '\\';
          break;
        case 'b':
          unescaped = '\b';
          break;
        case 'f':
          unescaped = '\f';
          break;
        case 'n':
          unescaped = '\n';
          break;
        case 'r':
          unescaped = '\r';
          break;
        case 't':
          unescaped = '\t';
          break;
        case 'u': {
          // Only the control characters without a short escape, as "\u00xx" in lower case.
          const std::string_view hex = text_.substr(at_ + 2, 4);
          if (hex.size() != 4 || hex[0] != '0' || hex[1] != '0' || (hex[2] != '0' && hex[2] != '1')) return false;
          const auto digit = [](char h) {
            return h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
          };
          const int low = digit(hex[3]);
          if (low < 0) return false;
          const char control = static_cast<char>((hex[2] - '0') * 16 + low);
          if (control == '\b' || control == '\f' || control == '\n' || control == '\r' || control == '\t') return false;
          if (decoded) decoded->push_back(control);
          at_ += 6;
          continue;
        }
        default:
          return false;  // "\/" and the like: the parse would unescape it and dump would not escape it again
      }
      if (decoded) decoded->push_back(unescaped);
      at_ += 2;
    }
    return false;
  }

  // Keys in strictly increasing byte order (std::map<std::string> order; a repeated key would be
  // dropped by the parse, so the dump would differ).
  bool Object(int depth) {
    ++at_;
    if (at_ < text_.size() && text_[at_] == '}') {
      ++at_;
      return true;
    }
    // keys_[depth] is this object's last key, keys_[depth + 1] the scratch for the next; an object
    // inside uses the slots from depth + 1 on, and may grow keys_, so they are found by index.
    if (keys_.size() < static_cast<size_t>(depth) + 2) keys_.resize(depth + 2);
    bool first = true;
    while (true) {
      if (at_ >= text_.size() || text_[at_] != '"') return false;
      std::string& key = keys_[depth + 1];
      key.clear();
      if (!String(&key)) return false;
      if (!first && !(keys_[depth] < key)) return false;
      keys_[depth].swap(key);
      if (at_ >= text_.size() || text_[at_] != ':') return false;
      ++at_;
      if (!Value(depth + 1)) return false;
      first = false;
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == '}') {
        ++at_;
        return true;
      }
      return false;
    }
  }

  bool Array(int depth) {
    ++at_;
    if (at_ < text_.size() && text_[at_] == ']') {
      ++at_;
      return true;
    }
    while (true) {
      if (!Value(depth + 1)) return false;
      if (at_ < text_.size() && text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (at_ < text_.size() && text_[at_] == ']') {
        ++at_;
        return true;
      }
      return false;
    }
  }

  std::string_view text_;
  size_t at_ = 0;
  std::vector<std::string> keys_;  // per depth, the last key of the object being read
};

}  // namespace

bool IsCanonicalJsonText(std::string_view text) { return CanonicalReader(text).Whole(); }

}  // namespace childrecord::verify
