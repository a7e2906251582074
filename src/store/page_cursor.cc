#include "store/page_cursor.h"

#include "core/sha256.h"

namespace childrecord {

std::string MakeCursor(const std::string& key, const std::string& id) { return HexEncode(key + '\x1f' + id); }

bool ParseCursor(const std::string& cursor, std::string& key, std::string& id) {
  if (cursor.size() % 2 != 0) return false;
  std::string raw;
  for (size_t i = 0; i < cursor.size(); i += 2) {
    int value = 0;
    for (size_t k = i; k < i + 2; ++k) {
      char c = cursor[k];
      int digit = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
      if (digit < 0) return false;
      value = value * 16 + digit;
    }
    raw.push_back(static_cast<char>(value));
  }
  auto sep = raw.find('\x1f');
  if (sep == std::string::npos) return false;
  key = raw.substr(0, sep);
  id = raw.substr(sep + 1);
  return true;
}

}  // namespace childrecord
