#include "http/url.h"

namespace childrecord {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool PercentDecode(std::string_view in, std::string& out, bool plus_is_space) {
  out.clear();
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      int hi = i + 1 < in.size() ? HexValue(in[i + 1]) : -1;
      int lo = i + 2 < in.size() ? HexValue(in[i + 2]) : -1;
      if (hi < 0 || lo < 0) return false;
      char decoded = static_cast<char>(hi * 16 + lo);
      if (decoded == '\0') return false;
      out.push_back(decoded);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return true;
}

std::string PercentEncode(std::string_view in) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : in) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0xf]);
    }
  }
  return out;
}

bool ParseFormEncoded(std::string_view text, std::multimap<std::string, std::string>& out) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('&', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view pair = text.substr(start, end - start);
    if (!pair.empty()) {
      size_t eq = pair.find('=');
      std::string name, value;
      if (!PercentDecode(pair.substr(0, eq), name, true)) return false;
      if (eq != std::string_view::npos && !PercentDecode(pair.substr(eq + 1), value, true)) return false;
      out.emplace(std::move(name), std::move(value));
    }
    start = end + 1;
  }
  return true;
}

bool SplitTarget(std::string_view target, std::string& path, std::multimap<std::string, std::string>& query) {
  if (target.empty() || target[0] != '/') return false;
  size_t q = target.find('?');
  if (!PercentDecode(target.substr(0, q), path, false)) return false;
  if (path.find("/../") != std::string::npos || path.ends_with("/..")) return false;
  if (q != std::string_view::npos && !ParseFormEncoded(target.substr(q + 1), query)) return false;
  return true;
}

}  // namespace childrecord
