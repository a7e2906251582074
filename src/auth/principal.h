#pragma once

#include <string>

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

// Where a request comes from and why, for the access log (SPEC §2 principle 5).
struct AccessContext {
  std::string address;  // the client's address
  std::string reason;   // a stated reason (API: the X-Access-Reason header); empty when none
};

}  // namespace childrecord
