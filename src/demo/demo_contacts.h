#pragma once

// Fictional contact details for the demo's people: phone numbers from the ranges Ofcom keeps for
// drama, addresses in the invented borough of Kingsmere, and e-mail addresses at example domains.

#include <string>
#include <string_view>

#include "demo/demo_random.h"

namespace childrecord::demo {

// "07700 900123" (mobile) or "0161 496 0123".
std::string Phone(Rng& rng, bool mobile);
// "12 Alder Road, Kingsmere, KM3 4AB".
std::string Address(Rng& rng);
// "first.last@domain".
std::string Email(std::string_view first, std::string_view last, std::string_view domain);

}  // namespace childrecord::demo
