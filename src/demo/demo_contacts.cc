#include "demo/demo_contacts.h"

#include <cstdio>

#include "demo/demo_names.h"

namespace childrecord::demo {

std::string Phone(Rng& rng, bool mobile) {
  char buf[32];
  if (mobile) {
    std::snprintf(buf, sizeof buf, "07700 900%03d", rng.Int(0, 999));  // Ofcom's range for drama
  } else {
    std::snprintf(buf, sizeof buf, "0161 496 0%03d", rng.Int(0, 999));
  }
  return buf;
}

std::string Address(Rng& rng) {
  static const char kLetters[] = "ABDEFGHJLNPQRSTUWXYZ";
  std::string a = std::to_string(rng.Int(1, 148)) + " " + std::string(rng.Pick(demo::Streets())) +
                  ", Kingsmere, KM" + std::to_string(rng.Int(1, 9)) + " " + std::to_string(rng.Int(1, 9));
  a += kLetters[rng.Int(0, 19)];
  a += kLetters[rng.Int(0, 19)];
  return a;
}

std::string Email(std::string_view first, std::string_view last, std::string_view domain) {
  return demo::UsernameFor(first, last) + "@" + std::string(domain);
}

}  // namespace childrecord::demo
