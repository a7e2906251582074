#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The child's record's Overview and Entries tabs (web/record_page.h has the tabs):
//   GET /children/{id}           Overview: the child, the people around them, the latest entries
//   GET /children/{id}/entries   Entries: every entry, newest first, a page at a time
//   GET/POST /children/{id}/close  R1: a manager closes the record (it stays readable)
void AddRecordPageRoutes(Router& router, AppContext& context);

}  // namespace childrecord
