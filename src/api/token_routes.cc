#include "api/token_routes.h"

#include "api/api_support.h"

#include "http/error_response.h"

namespace childrecord {

void AddTokenRoutes(Router& router, AppContext& context) {
  router.Add("DELETE", "/api/v1/tokens/current", [&context](Request& request) {
    const std::string token = BearerToken(request);
    if (token.empty()) {
      return ApiErrorResponse(Error::Unauthenticated("Send 'Authorization: Bearer TOKEN' with the token to revoke"));
    }
    auto who = context.sessions.Authenticate(token, "api");
    if (!who.ok()) return ApiErrorResponse(who.error());
    Status ended = context.sessions.SignOut(token);
    if (!ended.ok()) return ApiErrorResponse(ended.error());
    Response response;
    response.status = 204;
    return response;
  });
}

}  // namespace childrecord
