#pragma once

#include <string>
#include <vector>

#include "core/time_format.h"
#include "features/people/people_views.h"
#include "web/form_fields.h"

namespace childrecord::features::people {

// The People tab's words: relationships, who someone is important to, dates and moves, and the
// choices the forms offer (R3, R5).

std::string FirstName(const std::string& full_name);

std::string RelationshipLabel(const std::string& stored);

std::vector<Option> RelationshipOptions();

std::vector<Option> BasisOptions();

std::vector<Option> ImportantToOptions(const std::string& child_first);

std::string ImportantToWords(const std::string& code);

std::string Dates(const std::string& from, const std::string& to);

// "Yes, since 3 March 2024" or "No (lived there 3 March 2024 to 1 June 2025)".
std::string LivesWords(const LinkedPerson& p, bool lives_now);

bool LivesNow(const LinkedPerson& p, Date today);

Json PersonCard(const LinkedPerson& p, bool lives_now, const std::string& change_href);

std::string ChangeWords(const PersonLinkChangeView& c);

}  // namespace childrecord::features::people
