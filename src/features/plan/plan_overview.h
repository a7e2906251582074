#pragma once

#include <memory>
#include <vector>

#include "features/plan/plan_service.h"
#include "service/app_context.h"

namespace childrecord {

// R24 on a child's Overview: each plan in force, when its next review is due (or that it is
// overdue) and the actions past their date and not done. Holds `plans`.
std::vector<OverviewSection> PlanOverviewSections(std::shared_ptr<PlanService> plans);

// R24 in the record's header (features/children/record_page.cc): a link to each plan in force,
// "Child protection plan", one click from every tab. Reads the child's plans through its index;
// decides nothing (the page has decided access to the record).
Json PlanHeaderLinks(Store& store, const std::string& tenant_id, const std::string& child_id);

}  // namespace childrecord
