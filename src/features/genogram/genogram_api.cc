#include "features/genogram/genogram_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "features/genogram/genogram_layout.h"
#include "http/error_response.h"
#include "web/page_support.h"

namespace childrecord {

Response GenogramDownload(GenogramService& genograms, Request& request, const Principal& who, const std::string& format,
                          bool api) {
  std::optional<Date> as_at;
  if (const std::string asked = request.Query("as_at"); !asked.empty()) {
    as_at = ParseIsoDate(asked);
    if (!as_at) {
      Error bad = Error::BadRequest("Enter the date to view the family as at, for example 27 3 2024", "as_at");
      return api ? ApiErrorResponse(bad) : Response::Text(bad.message, 400);
    }
  }
  auto got = genograms.Read(who, request.PathParam("id"), as_at, AccessContextOf(request));
  if (!got.ok()) return api ? ApiErrorResponse(got.error()) : Response::Text(got.error().message, 404);
  auto drawn = RenderGenogram(got->model, format);
  if (!drawn.ok()) return api ? ApiErrorResponse(drawn.error()) : Response::Text(drawn.error().message, 500);
  Response response;
  response.status = 200;
  response.body = std::move(*drawn);
  response.Set("Content-Type", format == "pdf" ? "application/pdf" : "image/svg+xml");
  response.Set("Content-Disposition", "attachment; filename=\"family-tree." + format + "\"");
  return response;
}

std::vector<FeatureEndpoint> GenogramApiEndpoints(AppContext& context, GenogramService& genograms) {
  const Json id = Param("id", "path", "identifier", true);
  const Json as_at = Param("as_at", "query", "YYYY-MM-DD: the household as it was on that date", false);
  std::vector<FeatureEndpoint> out;
  for (const std::string format : {"svg", "pdf"}) {
    Json responses = ErrorResponses({400, 401, 403, 404});
    const std::string media = format == "pdf" ? "application/pdf" : "image/svg+xml";
    responses["200"] = {{"description", "R20: the genogram, drawn from the people on the record at read time"},
                        {"content", {{media, {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
    out.push_back({"GET",
                   "/api/v1/children/{id}/genogram." + format,
                   AccessAction::kReadPeople,
                   WithToken(context,
                             [&genograms, format](Request& request, const Principal& who) {
                               return GenogramDownload(genograms, request, who, format, true);
                             }),
                   {{"summary",
                     "R20: the child's genogram (family tree) as " + media + "; the read is written to the access log"},
                    {"parameters", {id, as_at}},
                    {"responses", responses}}});
  }
  return out;
}

}  // namespace childrecord
