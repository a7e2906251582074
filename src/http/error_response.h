#pragma once

#include "core/error.h"
#include "http/request.h"

namespace childrecord {

// The one place where error codes become HTTP statuses.
int HttpStatusFor(ErrorCode code);

// The SPEC §6 error body: {"error":{"code","message","field"}} with the matching status.
// Internal errors never leak their detail to the client (it is logged instead).
Response ApiErrorResponse(const Error& error);

}  // namespace childrecord
