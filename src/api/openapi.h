#pragma once

#include <initializer_list>
#include <string>

#include "core/canonical_json.h"

namespace childrecord {

// Building blocks of the OpenAPI 3.0 document (served at /api/v1/openapi.json), for openapi.cc
// and for the features' own operations (features/<name>/<name>_api.cc). Pure JSON builders.

// {"$ref": "#/components/schemas/<name>"}
Json Ref(const std::string& name);
// The error responses of `statuses`, each with the Error schema and what the status means here.
Json ErrorResponses(std::initializer_list<int> statuses);
// `responses`: `status` with `schema` as JSON, plus the error responses of `errors`.
Json Ok(const std::string& description, const Json& schema, int status = 200,
        std::initializer_list<int> errors = {401, 404});
// A page of `name`: {items: [name], next: cursor or null}.
Json ListOf(const std::string& name);
// A string parameter.
Json Param(const std::string& name, const std::string& in, const std::string& description, bool required);
// A required JSON request body of schema `schema`.
Json Body(const std::string& schema);

// The document of the API's own routes (api/*.cc). Application adds every feature's operations
// and schemas to a copy of it before serving it.
const Json& OpenApiDocument();

// The key of an operation under its path: the HTTP method in lower case ("GET" -> "get").
std::string OpenApiVerb(const std::string& method);

// Adds one operation at paths[pattern][OpenApiVerb(method)]; `schemas` to components.schemas.
void AddOperation(Json& document, const std::string& method, const std::string& pattern, const Json& operation);
void AddSchemas(Json& document, const Json& schemas);
// Adds property `name` of schema `schema` to the schema "Child" (a feature's ChildMember).
void AddChildMember(Json& document, const std::string& name, const Json& schema);

}  // namespace childrecord
