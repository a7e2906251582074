#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/canonical_json.h"

namespace childrecord {

// The people linked to a record, by person id, as an entry names them: "Ann Smith (Mother)".
// R18: "Who was there" on a visit keeps the people chosen from the record by id only.
using PeopleNames = std::map<std::string, std::string>;

// The label under which an entry's body (its current text) is shown, per kind. The kind's
// details row with the same label holds the first version's copy of that text (R29/R30: an
// amendment changes the body), so pages leave that row out and show the body instead.
std::string EntryBodyLabel(const std::string& kind);

// An entry's kind-specific details (R18 visit, R19 unsuccessful visit, R6/R27 decision), as the
// record page shows them: [{"label", "value"}] in the policy's order, yes/no spelt out with the
// reasons beside them, dates UK style, relationships in words. People chosen from the record are
// named from `people` ("someone linked to the record" when they are not there). Unknown or empty
// parts are left out, and so is the row labelled `leave_out` (EntryBodyLabel). Pure.
Json EntryDetailRows(const std::string& details_json, const PeopleNames& people = {},
                     const std::string& leave_out = "");

// The ids of the people chosen from the record under "Who was there" (R18), in the order given.
std::vector<std::string> PeopleChosenIn(const std::string& details_json);

}  // namespace childrecord
