#pragma once

#include <string>

#include "audit/access_log_entry.h"
#include "core/journal_event.h"

namespace childrecord::verify {

// ComputeEventHash and ComputeAccessLogHash, exactly (tests/store/verify_hashes_test.cc), without
// building a JSON object to spell the header: the canonical header is written straight into text
// when every field is plain ASCII (as ids, hashes, times and the server's words are), and left to
// the general functions otherwise. A header that is not UTF-8 (so has no canonical spelling) gives
// an empty hash, which matches no stored one. Thread safe (pure).
std::string EventHash(const JournalEvent& event);
std::string AccessLogHash(const AccessLogEntry& entry);

}  // namespace childrecord::verify
