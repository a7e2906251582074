#pragma once

// The demo's fictional names and places: first names and surnames, streets, schools and
// nurseries of the invented borough of Kingsmere, and the usernames made from names.

#include <string>
#include <string_view>
#include <vector>

namespace childrecord::demo {

// Name lists (UTF-8; a few names carry accents to exercise non-ASCII handling).
const std::vector<std::string_view>& GirlNames();
const std::vector<std::string_view>& BoyNames();
const std::vector<std::string_view>& WomenNames();
const std::vector<std::string_view>& MenNames();
const std::vector<std::string_view>& Surnames();
const std::vector<std::string_view>& Streets();
const std::vector<std::string_view>& PrimarySchools();
const std::vector<std::string_view>& SecondarySchools();
const std::vector<std::string_view>& Nurseries();

// "Łucja O'Brien" -> "lucja.obrien": lower-case ASCII letters and the dot.
std::string UsernameFor(std::string_view first, std::string_view last);

}  // namespace childrecord::demo
