#pragma once

#include <string>
#include <string_view>

namespace childrecord {

// Lower-case hexadecimal SHA-256 of `bytes` (64 characters). Thread safe.
std::string Sha256Hex(std::string_view bytes);

// Incremental SHA-256 for content too large to hold at once (documents, verify).
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void Update(std::string_view bytes);
  // Returns the hex digest; the object must not be used afterwards.
  std::string FinishHex();

 private:
  void* ctx_;  // EVP_MD_CTX*, kept opaque so OpenSSL headers stay out of users of this header
};

// Lower-case hexadecimal of arbitrary bytes.
std::string HexEncode(std::string_view bytes);

}  // namespace childrecord
