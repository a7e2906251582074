// API tokens (R43): signing in for a bearer token, and revoking the one a request carries.
#include "features/accounts/token_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
#include "core/time_format.h"
#include "http/error_response.h"

namespace childrecord::features::accounts {

std::vector<FeatureEndpoint> TokenApiEndpoints(AppContext& context) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"POST", "/api/v1/tokens", AccessAction::kPublic,
                 [&context](Request& request) {
    auto body = JsonBody(request);
    if (!body.ok()) return ApiErrorResponse(body.error());
    if (!(*body)["username"].is_string() || (*body)["username"].get<std::string>().empty()) {
      return ApiErrorResponse(Error::Validation("username", "Enter your username"));
    }
    if (!(*body)["password"].is_string() || (*body)["password"].get<std::string>().empty()) {
      return ApiErrorResponse(Error::Validation("password", "Enter your password"));
    }
    auto issued = context.sessions.SignIn((*body)["username"], (*body)["password"], "api", request.remote_address);
    if (!issued.ok()) return ApiErrorResponse(issued.error());
    return Response::Json(
        Json{{"token", issued->token}, {"expires_at", FormatLondonRfc3339(issued->expires_at)}}.dump(), 201);
  },
                 Json{{"summary", "Sign in and get a bearer token"},
                      {"security", Json::array()},
                      {"requestBody", Body("TokenRequest")},
                      {"responses", Ok("A token", Ref("Token"), 201, {400, 401, 422})}}});

  out.push_back({"DELETE", "/api/v1/tokens/current", AccessAction::kSignedIn,
                 [&context](Request& request) {
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
  },
                 Json{{"summary", "Revoke the bearer token this request carries"},
                      {"responses", [] {
                         Json responses = ErrorResponses({401});
                         responses["204"] = {{"description", "Revoked: the token no longer works"}};
                         return responses;
                       }()}}});
  return out;
}

Json TokenOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  return Json{{"TokenRequest",
               {{"type", "object"},
                {"required", {"username", "password"}},
                {"properties", {{"username", text}, {"password", text}}}}},
              {"Token", {{"type", "object"}, {"properties", {{"token", text}, {"expires_at", text}}}}}};
}

}  // namespace childrecord::features::accounts
