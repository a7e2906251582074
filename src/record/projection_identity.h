#pragma once

#include <vector>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord {

// The identity columns of a newly opened child (R2); the identity and living-arrangement
// histories are the identity feature's (features/identity/identity_events.h). Pure.

// The identity columns a new child's row starts with, from its child.record_opened columns
// (full_name, date_of_birth, local_child_id): the opened_* copies, and every other identity
// column and <detail>_from NULL.
Fields OpenedIdentityColumns(const Fields& opened);

}  // namespace childrecord
