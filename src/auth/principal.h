#pragma once

#include <memory>
#include <string>
#include <vector>

#include "record/read_models.h"

namespace childrecord {

// Who is making a request, once authenticated (auth/session_service.h Authenticate).
struct Principal {
  UserAccount user;
  std::string session_token_hash;  // the session or API token used
  std::string csrf_token;          // for web sessions; empty for API tokens
  bool via_api_token = false;
  bool locked = false;            // web: "Lock screen" is on (R45)
  bool password_expired = false;  // web: only the change-password page is open
};

// The reads of records one page view makes, allowed and waiting to be logged: a page view is one
// access-log row per record listing what it showed (its details), written before the page is
// answered (app/application.cc), rather than one row per read (an Overview reads five things).
// Not thread safe: one request's.
struct PageReads {
  struct Read {
    std::string child_id;
    std::string action;  // the first read's access action (auth/access_policy.h AccessActionName)
    std::string detail;  // what was shown, "; "-separated
    std::string reason;  // the reason the reads were allowed with; empty when none was needed
  };
  std::vector<Read> reads;  // one per record and reason, in the order first read
};

// Where a request comes from and why, for the access log (SPEC §2 principle 5).
struct AccessContext {
  std::string address;  // the client's address
  std::string reason;   // a stated reason (API: the X-Access-Reason header); empty when none
  // A page view's reads, logged together when it is answered; null logs each read at once.
  std::shared_ptr<PageReads> page_reads = nullptr;
};

}  // namespace childrecord
