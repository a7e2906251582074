#include "app/application.h"

#include <future>

#include "api/openapi.h"
#include "app/modules.h"
#include "http/error_response.h"
#include "http/request_text.h"
#include "http/static_files.h"
#include "web/audit_pages.h"
#include "web/page_support.h"
#include "web/pages.h"

namespace childrecord {
namespace {

void AddSecurityHeaders(Response& response, bool is_asset) {
  response.Set("X-Content-Type-Options", "nosniff");
  response.Set("Referrer-Policy", "no-referrer");
  response.Set("X-Frame-Options", "DENY");
  response.Set("Content-Security-Policy",
               "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
               "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'");
  // Record pages and API answers hold personal data: never keep them in a cache.
  if (!is_asset) response.Set("Cache-Control", "no-store");
}

}  // namespace

Application::Application(Store& store, Tenant tenant, AppConfig config, std::unique_ptr<Templates> templates,
                         std::shared_ptr<const LanguageRules> language_rules)
    : context_{store,
               tenant,
               config,
               SessionService(store, tenant.id, config.sessions),
               RecordAccess(store, tenant.id),
               std::move(templates),
               LanguageChecker(std::move(language_rules))} {
  router_.Add("GET", "/healthz", [this](Request&) {
    Status ok = context_.store.Ping();
    return ok.ok() ? Response::Json(R"({"status":"ok"})") : ApiErrorResponse(Error::Unavailable(ok.error().message));
  });
  router_.Add("GET", "/assets/*", [this](Request& request) {
    return ServeStaticFile(context_.config.web_root + "/dist", request.PathParam("*"), request);
  });
  AddPageRoutes(router_, context_);
  AddAuditPageRoutes(router_, context_);
  AddFeatureModules();
}

void Application::AddFeatureModules() {
  endpoints_ = Endpoints();
  openapi_ = OpenApiDocument();
  for (FeatureModule& module : BuildFeatureModules(context_)) {
    for (FeatureEndpoint& e : module.endpoints) {
      endpoints_.push_back({e.method, e.pattern, e.action});
      if (!e.openapi.is_null()) AddOperation(openapi_, e.method, e.pattern, e.openapi);
      router_.Add(e.method, e.pattern, std::move(e.handler));
    }
    AddSchemas(openapi_, module.openapi_schemas);
    for (OverviewSection& section : module.overview_sections) context_.overview_sections.push_back(std::move(section));
    for (ChildMember& member : module.child_members) {
      AddChildMember(openapi_, member.name, member.schema);
      context_.child_members.push_back(std::move(member));
    }
  }
  router_.Add("GET", "/api/v1/openapi.json", [this](Request&) { return Response::Json(openapi_.dump(2)); });
}

std::vector<NewAccessLogEntry> Application::PageReadRows(const Request& request) const {
  std::vector<NewAccessLogEntry> rows;
  if (!request.page_reads) return rows;
  for (const PageReads::Read& read : request.page_reads->reads) {
    rows.push_back(NewAccessLogEntry{request.principal ? request.principal->user.id : std::string(), read.child_id,
                                     read.action, read.detail, request.remote_address, read.reason, "allowed"});
  }
  return rows;
}

Response Application::Unlogged(Request& request) {
  const bool is_api = request.path.starts_with("/api/");
  const Error unlogged =
      Error::Unavailable(is_api ? "The answer could not be given because its reading could not be logged"
                                : "The page could not be shown because its reading could not be logged");
  return is_api ? ApiErrorResponse(unlogged) : ErrorPage(context_, request, unlogged);
}

void Application::Finish(const Request& request, Response& response) {
  if (request.method == "HEAD") response.body.clear();
  AddSecurityHeaders(response, request.path.starts_with("/assets/"));
}

Response Application::Handle(Request& request) {
  // The server's own path (HandleAsync), waited for: the tests that come in here prove it.
  auto shared = std::make_shared<Request>(std::move(request));
  // Shared with the callback: it may still be returning from set_value when get() does.
  auto answered = std::make_shared<std::promise<Response>>();
  std::future<Response> answer = answered->get_future();
  HandleAsync(shared, [answered](Response response) { answered->set_value(std::move(response)); });
  Response response = answer.get();
  request = std::move(*shared);
  return response;
}

void Application::HandleAsync(std::shared_ptr<Request> request, std::function<void(Response)> respond) {
  Response response = Answer(*request);
  std::vector<NewAccessLogEntry> rows = PageReadRows(*request);
  if (rows.empty()) {
    Finish(*request, response);
    return respond(std::move(response));
  }
  context_.store.AppendAccessLogAsync(
      context_.tenant.id, rows,
      [this, request, response = std::move(response), respond = std::move(respond)](Status logged) mutable {
        // On the access log's thread: whatever happens here, the request is answered.
        try {
          if (!logged.ok()) response = Unlogged(*request);
          Finish(*request, response);
        } catch (const std::exception&) {
          response = ApiErrorResponse(Error::Internal("Something went wrong on the server"));
          Finish(*request, response);
        }
        respond(std::move(response));
      });
}

Response Application::Answer(Request& request) {
  const bool is_api = request.path.starts_with("/api/");
  // The edge: no handler ever sees invalid text, a control character or an over-long value.
  Status text = CheckRequestText(request);
  Router::Match match{Router::Outcome::kNoPath, nullptr, ""};
  if (text.ok()) match = router_.Route(request);
  if (!text.ok()) {
    request.query.clear();
    request.form.clear();
    return is_api ? ApiErrorResponse(text.error()) : ErrorPage(context_, request, text.error());
  }
  if (match.outcome == Router::Outcome::kMatched) {
    // A page view, or an API read, logs its reads of a record as one row listing what it showed,
    // before it is answered (SPEC §4): the out-of-hours summary reads the record and its latest
    // entries, one row and one wait for the log's commit instead of two.
    if (request.method == "GET") request.page_reads = std::make_shared<PageReads>();
    return (*match.handler)(request);
  }
  if (match.outcome == Router::Outcome::kWrongMethod) {
    Response response =
        ApiErrorResponse(Error::BadRequest(request.method + " is not allowed here; use " + match.allowed));
    response.status = 405;
    response.Set("Allow", match.allowed);
    return response;
  }
  if (is_api) return ApiErrorResponse(Error::NotFound("There is no API resource at " + request.path));
  return NotFoundPage(context_, request);
}

}  // namespace childrecord
