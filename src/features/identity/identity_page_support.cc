#include "features/identity/identity_page_support.h"

#include <charconv>
#include <cstdio>

#include "core/time_format.h"
#include "features/children/children_service.h"
#include "web/page_support.h"

namespace childrecord::features::identity {

std::string DateFromParts(const std::string& day, const std::string& month, const std::string& year) {
  if (day.empty() && month.empty() && year.empty()) return "";
  int d = 0, m = 0, y = 0;
  auto number = [](const std::string& text, int& out) {
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && ec == std::errc() && ptr == text.data() + text.size();
  };
  if (!number(day, d) || !number(month, m) || !number(year, y) || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 ||
      d > 31) {
    return day + "/" + month + "/" + year;
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
  return buffer;
}

TypedDate PartsOf(const std::string& iso) {
  auto date = ParseIsoDate(iso);
  if (!date) return {};
  return {std::to_string(static_cast<unsigned>(date->day())), std::to_string(static_cast<unsigned>(date->month())),
          std::to_string(static_cast<int>(date->year()))};
}

std::string ChildPath(const std::string& id) { return "/children/" + id; }

Response Failed(AppContext& context, const Request& request, const Error& error) {
  if (error.code == ErrorCode::kReasonRequired) return Response::Redirect(ChildPath(request.PathParam("id")));
  return ErrorPage(context, request, error);
}

Json ChildJson(const ChildRecord& child) {
  return Json{{"full_name", child.summary.full_name},
              {"href", ChildPath(child.summary.id)},
              {"identity_href", ChildPath(child.summary.id) + "/identity"},
              {"living_href", ChildPath(child.summary.id) + "/living"}};
}

Result<ChildRecord> ChildForChange(AppContext& context, const Request& request, const char* what) {
  const AccessContext access = AccessContextOf(request);
  CR_RETURN_IF_ERROR(context.record_access.Authorize(*request.principal, request.PathParam("id"),
                                                     AccessAction::kRecordEntry, access, what));
  return ChildrenService(context).GetChild(*request.principal, request.PathParam("id"), access);
}

}  // namespace childrecord::features::identity
