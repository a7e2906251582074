#include "store/verify_canonical.h"

#include <array>
#include <cstdint>
#include <string>

namespace childrecord::verify {
namespace {

// Bytes a string holds as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// A recursive-descent parser that accepts only the canonical spelling (core/canonical_json.cc:
// nlohmann::json's dump without indent, strict UTF-8, non-ASCII as is) and builds the value
// nlohmann::json's parse would.
class CanonicalParser {
 public:
  explicit CanonicalParser(std::string_view text) : text_(text) {}

  std::optional<Json> Whole() {
    Json value;
    if (!Value(0, value) || at_ != text_.size()) return std::nullopt;
    return value;
  }

 private:
  // Deeper than any payload; a deeper text is left to the general parse.
  static constexpr int kDeepest = 256;

  bool Value(int depth, Json& out) {
    if (at_ >= text_.size() || depth > kDeepest) return false;
    switch (text_[at_]) {
      case '{':
        return Object(depth, out);
      case '[':
        return Array(depth, out);
      case '"': {
        std::string s;
        if (!String(s)) return false;
        out = std::move(s);
        return true;
      }
      case 't':
        out = true;
        return Literal("true");
      case 'f':
        out = false;
        return Literal("false");
      case 'n':
        out = nullptr;
        return Literal("null");
      default:
        return Number(out);
    }
  }

  bool Literal(std::string_view word) {
    if (text_.substr(at_, word.size()) != word) return false;
    at_ += word.size();
    return true;
  }

  // A whole number written as dump writes it: an optional '-', no leading zeros, never "-0",
  // within int64 when negative (parsed as a signed integer) and uint64 otherwise (unsigned), as
  // nlohmann::json's parse reads them; anything else would parse as a float, which is refused.
  bool Number(Json& out) {
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
    if (digits.size() > limit.size() || (digits.size() == limit.size() && digits > limit)) return false;
    uint64_t value = 0;
    for (char d : digits) value = value * 10 + static_cast<uint64_t>(d - '0');
    if (negative) {
      out = static_cast<int64_t>(0 - value);  // two's complement: -9223372036854775808 included
    } else {
      out = value;
    }
    return true;
  }

  // The bytes of one UTF-8 character that starts with a byte of 0x80 or more, as RFC 3629 (and
  // nlohmann::json's lexer) allows them: 0 when they are not UTF-8.
  size_t Utf8Length(size_t at) const {
    auto byte = [&](size_t i) { return i < text_.size() ? static_cast<unsigned char>(text_[i]) : 0u; };
    auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
    const unsigned b0 = byte(at), b1 = byte(at + 1), b2 = byte(at + 2), b3 = byte(at + 3);
    if (in(b0, 0xC2, 0xDF)) return in(b1, 0x80, 0xBF) ? 2 : 0;
    if (b0 == 0xE0) return in(b1, 0xA0, 0xBF) && in(b2, 0x80, 0xBF) ? 3 : 0;
    if (in(b0, 0xE1, 0xEC) || in(b0, 0xEE, 0xEF)) return in(b1, 0x80, 0xBF) && in(b2, 0x80, 0xBF) ? 3 : 0;
    if (b0 == 0xED) return in(b1, 0x80, 0x9F) && in(b2, 0x80, 0xBF) ? 3 : 0;
    if (b0 == 0xF0) return in(b1, 0x90, 0xBF) && in(b2, 0x80, 0xBF) && in(b3, 0x80, 0xBF) ? 4 : 0;
    if (in(b0, 0xF1, 0xF3)) return in(b1, 0x80, 0xBF) && in(b2, 0x80, 0xBF) && in(b3, 0x80, 0xBF) ? 4 : 0;
    if (b0 == 0xF4) return in(b1, 0x80, 0x8F) && in(b2, 0x80, 0xBF) && in(b3, 0x80, 0xBF) ? 4 : 0;
    return 0;
  }

  // A string escaped exactly as dump escapes it; its decoded bytes into `out`.
  bool String(std::string& out) {
    ++at_;  // the opening quote
    while (true) {
      const size_t run = at_;
      while (at_ < text_.size() && kPlain[static_cast<unsigned char>(text_[at_])]) ++at_;
      out.append(text_.data() + run, at_ - run);
      if (at_ >= text_.size()) return false;
      const auto c = static_cast<unsigned char>(text_[at_]);
      if (c == '"') {
        ++at_;
        return true;
      }
      if (c >= 0x80) {
        const size_t n = Utf8Length(at_);
        if (n == 0) return false;
        out.append(text_.data() + at_, n);
        at_ += n;
        continue;
      }
      if (c != '\\' || at_ + 1 >= text_.size()) return false;  // a control character, or a lone backslash
      switch (text_[at_ + 1]) {
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
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
          out.push_back(control);
          at_ += 6;
          continue;
        }
        default:
          return false;  // "\/" and the like: the parse would unescape it and dump would not escape it again
      }
      at_ += 2;
    }
  }

  // Keys in strictly increasing byte order (std::map<std::string> order; a repeated key would be
  // dropped by the parse, so the dump would differ).
  bool Object(int depth, Json& out) {
    out = Json::object();
    auto& members = out.get_ref<Json::object_t&>();
    ++at_;
    if (at_ < text_.size() && text_[at_] == '}') {
      ++at_;
      return true;
    }
    while (true) {
      if (at_ >= text_.size() || text_[at_] != '"') return false;
      std::string key;
      if (!String(key)) return false;
      if (!members.empty() && !(members.rbegin()->first < key)) return false;
      if (at_ >= text_.size() || text_[at_] != ':') return false;
      ++at_;
      Json value;
      if (!Value(depth + 1, value)) return false;
      members.emplace_hint(members.end(), std::move(key), std::move(value));
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

  bool Array(int depth, Json& out) {
    out = Json::array();
    auto& items = out.get_ref<Json::array_t&>();
    ++at_;
    if (at_ < text_.size() && text_[at_] == ']') {
      ++at_;
      return true;
    }
    while (true) {
      items.emplace_back();
      if (!Value(depth + 1, items.back())) return false;
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
};

}  // namespace

std::optional<Json> ParseCanonicalJson(std::string_view text) { return CanonicalParser(text).Whole(); }

}  // namespace childrecord::verify
