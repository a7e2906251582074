#pragma once

#include <memory>
#include <vector>

#include "features/closure/closure_service.h"
#include "service/app_context.h"

namespace childrecord {

// R1 on a child's Overview: a closed record says so above everything else (when, why, by whom,
// the closing summary, and "Reopen" for those who accept referrals); an open one offers a manager
// "Close this record" below the details. Each section holds `closures`.
std::vector<OverviewSection> ClosureOverviewSections(std::shared_ptr<ClosureService> closures);

// R1 in the API: the child's "closure" (schema RecordClosure; null while the record is open).
ChildMember ClosureChildMember(std::shared_ptr<ClosureService> closures);

}  // namespace childrecord
