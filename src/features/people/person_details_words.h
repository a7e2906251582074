#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "features/people/people_views.h"
#include "web/form_fields.h"

namespace childrecord::features::people {

// R20: a person's details and the adults' relationships in the reader's words (never a code, an
// id or an ISO date on screen), and the forms that record them.

// "Female", "Not recorded yet".
std::string SexWords(const PersonDetailsView& d);
// "3 March 2010", "Not known: second oldest of the brothers and sisters", "Not recorded yet".
std::string BornWords(const PersonDetailsView& d);
// "" while alive (or not recorded); "Died on 3 March 2019" or "Died (the date is not known)".
std::string DiedWords(const PersonDetailsView& d);
// "Married", "Living together".
std::string PartnershipKindWords(const std::string& kind);

// The rows the People tab adds to a person's card: {key, value} for sex, date of birth, died.
Json DetailRows(const PersonDetailsView& d);

// The People tab's "Relationships between adults": {who, kind, dates, recorded_by}, oldest first.
Json PartnershipRows(const std::vector<PartnershipView>& partnerships, const std::map<std::string, std::string>& names);

// The details form: its fields (what was typed, or the stored details when first shown) and the
// input it sends to BuildPersonDetails.
Json DetailFields(const LinkedPerson& p, const Form& form, bool posted);
Json DetailInput(const Form& form);

// The relationship form: the people on the record to choose from, and its input for BuildPartnership.
Json PartnershipFields(const std::vector<LinkedPerson>& people, const Form& form);
Json PartnershipInput(const Form& form);

}  // namespace childrecord::features::people
