#include "auth/password.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <functional>
#include <mutex>
#include <set>

#include "core/text.h"

namespace childrecord {
namespace {

// Short built-in lists, used only until the shipped data/passwords/ files are installed.
constexpr std::array<std::string_view, 12> kCommonPasswords = {
    "password1234", "123456789012",  "qwertyuiopas", "passwordpassword", "letmeinletmein", "iloveyou1234",
    "welcome12345", "administrator", "changeme1234", "password123!",     "qwerty123456",   "1234567890ab"};
constexpr std::array<std::string_view, 12> kBuiltInWords = {"password", "welcome",  "letmein",  "qwerty",
                                                            "summer",   "winter",   "spring",   "autumn",
                                                            "admin",    "football", "iloveyou", "changeme"};
// The service's own names, as the letters a password is reduced to.
constexpr std::array<std::string_view, 5> kServiceNames = {"childrecord", "childsrecord", "childrecords",
                                                           "childrensrecord", "childrenrecord"};

constexpr size_t kMinCharacters = 12;
constexpr size_t kMinNonSpace = 10;
constexpr size_t kMinDistinct = 5;
constexpr size_t kMinWord = 4;  // shorter pieces of a name are not worth refusing ("al", "uk")

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string WithoutSpaces(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    if (!IsSpace(c)) out.push_back(static_cast<char>(c));
  }
  return out;
}

// A look-alike character read as the letter it stands for, or 0.
char LetterFor(char c) {
  switch (c) {
    case '0':
      return 'o';
    case '1':
    case '!':
    case '|':
      return 'i';
    case '3':
      return 'e';
    case '4':
    case '@':
      return 'a';
    case '5':
    case '$':
      return 's';
    case '7':
    case '+':
      return 't';
    default:
      return IsLetter(static_cast<unsigned char>(c)) ? c : 0;
  }
}

// The letters a password is built on: lower-case, without white space, without the digits and
// symbols before the first letter and after the last, look-alikes in between read as letters and
// anything else in between dropped. "Summer2025!!" -> "summer", "p@ssw0rd!" -> "password",
// "2025 summer-winter" -> "summerwinter".
std::string Core(std::string_view lower) {
  const std::string text = WithoutSpaces(lower);
  size_t first = 0;
  while (first < text.size() && !IsLetter(static_cast<unsigned char>(text[first]))) ++first;
  size_t last = text.size();
  while (last > first && !IsLetter(static_cast<unsigned char>(text[last - 1]))) --last;
  std::string core;
  for (size_t i = first; i < last; ++i) {
    if (char letter = LetterFor(text[i])) core.push_back(letter);
  }
  return core;
}

// The letters of a name, as its words and every run of neighbouring words joined: "Durham County
// Council" -> durham, county, council, durhamcounty, countycouncil, durhamcountycouncil.
std::vector<std::string> NameForms(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (unsigned char c : Lower(name) + " ") {
    if (IsLetter(c)) {
      word.push_back(static_cast<char>(c));
    } else if (c == '\'') {
      continue;  // "child's" is "childs"
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  std::vector<std::string> forms;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string joined;
    for (size_t j = i; j < words.size(); ++j) {
      joined += words[j];
      if (joined.size() >= kMinWord) forms.push_back(joined);
    }
  }
  return forms;
}

std::mutex& ListMutex() {
  static auto* mutex = new std::mutex;
  return *mutex;
}

std::shared_ptr<const CommonPasswordList>& InstalledList() {
  static auto* list = new std::shared_ptr<const CommonPasswordList>;
  return *list;
}

std::shared_ptr<const PasswordWordList>& InstalledWords() {
  static auto* words = new std::shared_ptr<const PasswordWordList>;
  return *words;
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

// Whether `core` is one of `words`, one repeated, or two of them together.
bool BuiltFromWords(const std::string& core, const std::function<bool(std::string_view)>& is_word) {
  if (core.size() < kMinWord) return false;
  if (is_word(core)) return true;
  for (size_t unit = kMinWord; unit <= core.size() / 2; ++unit) {
    if (core.size() % unit != 0) continue;
    const std::string_view first(core.data(), unit);
    bool repeated = true;
    for (size_t at = unit; at < core.size() && repeated; at += unit) repeated = core.compare(at, unit, first) == 0;
    if (repeated && is_word(first)) return true;
  }
  for (size_t split = kMinWord; split + kMinWord <= core.size(); ++split) {
    if (is_word(std::string_view(core).substr(0, split)) && is_word(std::string_view(core).substr(split))) return true;
  }
  return false;
}

}  // namespace

void InstallCommonPasswords(std::shared_ptr<const CommonPasswordList> list) {
  std::lock_guard lock(ListMutex());
  InstalledList() = std::move(list);
}

void InstallPasswordWords(std::shared_ptr<const PasswordWordList> words) {
  std::lock_guard lock(ListMutex());
  InstalledWords() = std::move(words);
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

Status CheckPasswordRules(std::string_view password, const PasswordContext& context) {
  const size_t characters = CountCharacters(password);
  if (characters < kMinCharacters) {
    return Error::Validation("password", "The password must be at least 12 characters long");
  }
  if (password.size() > 256) return Error::Validation("password", "The password must be at most 256 characters long");
  const size_t spaces = static_cast<size_t>(
      std::count_if(password.begin(), password.end(), [](char c) { return IsSpace(static_cast<unsigned char>(c)); }));
  if (characters - spaces < kMinNonSpace) {
    return Error::Validation("password",
                             "The password is mostly spaces: it needs at least 10 characters that are "
                             "not spaces");
  }
  const std::set<char> distinct(password.begin(), password.end());
  if (distinct.size() < kMinDistinct) {
    return Error::Validation("password",
                             "The password repeats too few different characters: choose one that is "
                             "harder to guess");
  }
  const std::string lower = Lower(password);
  if (IsCommon(lower) || IsCommon(WithoutSpaces(lower))) {
    return Error::Validation("password", "That password is too common: choose a less guessable one");
  }
  const std::string core = Core(lower);
  std::set<std::string> names(kServiceNames.begin(), kServiceNames.end());
  for (const std::string& name : context.names) {
    for (std::string& form : NameForms(name)) names.insert(std::move(form));
  }
  if (BuiltFromWords(core, [&](std::string_view w) { return names.contains(std::string(w)); })) {
    return Error::Validation("password",
                             "The password is built from the name of the service, the council or "
                             "your own name or username: choose one nobody could guess from those");
  }
  std::shared_ptr<const PasswordWordList> words;
  {
    std::lock_guard lock(ListMutex());
    words = InstalledWords();
  }
  auto is_word = [&](std::string_view w) {
    if (words) return words->contains(std::string(w));
    return std::find(kBuiltInWords.begin(), kBuiltInWords.end(), w) != kBuiltInWords.end();
  };
  if (BuiltFromWords(core, is_word)) {
    return Error::Validation("password",
                             "The password is a common word with numbers or symbols added, which is "
                             "among the first things attackers try. Three or more random words make a "
                             "strong password that is easy to remember");
  }
  return Status::Ok();
}

}  // namespace childrecord
