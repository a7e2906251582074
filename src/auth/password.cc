#include "auth/password.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <mutex>

namespace childrecord {
namespace {

// A short built-in list, used only until the shipped data/passwords/common.txt is installed.
constexpr std::array<std::string_view, 12> kCommonPasswords = {
    "password1234", "123456789012", "qwertyuiopas", "passwordpassword", "letmeinletmein", "iloveyou1234",
    "welcome12345", "administrator", "changeme1234", "password123!", "qwerty123456", "1234567890ab"};

size_t CountCharacters(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(),
                                           [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::mutex& ListMutex() {
  static auto* mutex = new std::mutex;
  return *mutex;
}

std::shared_ptr<const CommonPasswordList>& InstalledList() {
  static auto* list = new std::shared_ptr<const CommonPasswordList>;
  return *list;
}

bool IsCommon(const std::string& lower) {
  std::shared_ptr<const CommonPasswordList> list;
  {
    std::lock_guard lock(ListMutex());
    list = InstalledList();
  }
  if (list && list->contains(lower)) return true;
  return std::find(kCommonPasswords.begin(), kCommonPasswords.end(), lower) != kCommonPasswords.end();
}

}  // namespace

void InstallCommonPasswords(std::shared_ptr<const CommonPasswordList> list) {
  std::lock_guard lock(ListMutex());
  InstalledList() = std::move(list);
}

Result<std::string> HashPassword(std::string_view password) {
  if (sodium_init() < 0) return Error::Internal("libsodium could not initialise");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error::Internal("Out of memory while hashing a password");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view password, const std::string& stored_hash) {
  if (sodium_init() < 0) return false;
  return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

Status CheckPasswordRules(std::string_view password) {
  if (CountCharacters(password) < 12) {
    return Error::Validation("password", "The password must be at least 12 characters long");
  }
  if (password.size() > 256) return Error::Validation("password", "The password must be at most 256 characters long");
  std::string lower(password);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  if (IsCommon(lower)) {
    return Error::Validation("password", "That password is too common: choose a less guessable one");
  }
  return Status::Ok();
}

}  // namespace childrecord
