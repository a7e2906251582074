#include "features/closure/closure_overview.h"

#include "auth/access_policy.h"
#include "web/page_support.h"

namespace childrecord {

std::vector<OverviewSection> ClosureOverviewSections(std::shared_ptr<ClosureService> closures) {
  std::vector<OverviewSection> out;
  out.push_back(
      {"closure_banner",
       [closures](const Principal& who, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
         auto closure = closures->Current(child);
         if (!closure.ok()) return closure.error();
         if (!*closure) return Status::Ok();
         const RecordClosure& c = **closure;
         data = {{"closed_on", UkDate(c.closed_on)},
                 {"reason", c.reason},
                 {"closing_summary", c.closing_summary},
                 {"closed_by", c.closed_by_name},
                 {"recorded_at", UkDateTimeOf(c.recorded_at)}};
         if (GrantFor(who.user.role, AccessAction::kOpenRecord) != Grant::kNo) {
           data["reopen_href"] = "/children/" + child.summary.id + "/reopen";
         }
         return Status::Ok();
       },
       OverviewPlace::kBanner});
  out.push_back({"closure_close_link",
                 [](const Principal& who, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
                   if (child.summary.status != "closed" && IsManagerRole(who.user.role)) {
                     data = {{"close_href", "/children/" + child.summary.id + "/close"}};
                   }
                   return Status::Ok();
                 },
                 OverviewPlace::kSection});
  return out;
}

ChildMember ClosureChildMember(std::shared_ptr<ClosureService> closures) {
  Json schema = fields::OpenApiSchema<RecordClosure>("How involvement ended; null while the record is open (R1)");
  schema["nullable"] = true;
  return ChildMember{"closure", std::move(schema), [closures](const ChildRecord& child) -> Result<Json> {
                       CR_ASSIGN_OR_RETURN(std::optional<RecordClosure> closure, closures->Current(child));
                       return closure ? fields::ToJson(*closure) : Json(nullptr);
                     }};
}

}  // namespace childrecord
