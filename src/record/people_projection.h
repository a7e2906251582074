#pragma once

#include <optional>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord {

// Projections of the people events (issue 4 item 3; R3, R5, R7, R13): person.contact_changed,
// child.person_linked (old payloads without the issue 4 fields and new ones alike),
// child.person_link_changed, child.family_time_arranged and child.private_provider_used.
// nullopt for any other event type. Pure, like Project() which calls it.
std::optional<Result<std::vector<Mutation>>> ProjectPeopleEvent(const JournalEvent& event);

}  // namespace childrecord
