# Which folder of src/ may include which (Chromium's DEPS, in one table). Checked on every build by
# cmake/check_dependencies.cmake: a forbidden include fails the build before anything compiles.
# docs/architecture.md explains the layers.
#
# CHILDRECORD_DEPS_<folder>: the other folders (or single headers) of src/ the folder may include.
# CHILDRECORD_PURE: folders of pure rules, which may include no I/O library either (SQLite,
# libpq, Boost.Asio/Beast, spdlog, the file system).

set(CHILDRECORD_PURE core record language)
set(CHILDRECORD_IO_HEADERS "sqlite3.h" "libpq-fe.h" "boost/" "spdlog/" "filesystem" "fstream")

# The pure core: rules know nothing of HTTP, SQL or the file system.
set(CHILDRECORD_DEPS_core "")
set(CHILDRECORD_DEPS_language core)
set(CHILDRECORD_DEPS_record core auth/access_policy.h)
set(CHILDRECORD_DEPS_audit core record)
# Storage: the journal, the projections' tables, the access log. Never auth, http or above.
set(CHILDRECORD_DEPS_store core record audit)
# HTTP: the server and what a request is (who made it is auth/principal.h).
set(CHILDRECORD_DEPS_http core record auth/principal.h)
# Accounts, sessions and the access table.
set(CHILDRECORD_DEPS_auth core record store)
# The use cases: never HTTP (a request's context comes in as auth/principal.h's AccessContext).
set(CHILDRECORD_DEPS_service core record language audit auth store)
set(CHILDRECORD_DEPS_data core language auth)
# Handlers: the JSON API, then the pages, which may reuse the API's JSON (never the other way).
set(CHILDRECORD_DEPS_api core record language audit auth store http service)
set(CHILDRECORD_DEPS_web core record language audit auth store http service api)
# The application wires the handlers; the command line and the demo sit on top (the demo writes
# the features' events, so it may use their event types).
# The features (src/features/<name>/): a feature's repository, service, API and pages may use
# everything below the application. Its pure part (files named *_rules.*, *_events.* or *_views.*,
# the plain data it reads, and the list's feature_events.cc) is held to the pure folders' rules:
# core, record, language and auth/access_policy.h (the access table, as record/ may) only, the
# access log's row (audit/access_log_entry.h, plain data the access log's views hold), other
# features' pure headers, and no I/O library.
set(CHILDRECORD_DEPS_features core record language audit auth store http service api web data)
set(CHILDRECORD_DEPS_features_pure core record language auth/access_policy.h audit/access_log_entry.h)
set(CHILDRECORD_FEATURES_PURE_FILES "(_rules|_events|_views)\\.(h|cc)$|^features/feature_events\\.cc$|^features/feature_list\\.h$")
set(CHILDRECORD_DEPS_app core record language audit auth store http service api web features)
set(CHILDRECORD_DEPS_demo core record auth store features)
set(CHILDRECORD_DEPS_cli core record language audit auth store http service api web features app data demo)
