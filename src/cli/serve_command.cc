// `childrecord serve`: the web application and API over HTTP.
#include <spdlog/spdlog.h>

#include <filesystem>
#include <iostream>

#include "app/application.h"
#include "cli/cli_support.h"
#include "cli/commands.h"
#include "core/source_root.h"
#include "data/language_data.h"
#include "data/password_data.h"
#include "http/server.h"
#include "store/blob_store.h"

namespace childrecord::cli {
namespace {

Result<std::pair<std::string, uint16_t>> ParseListen(const std::string& text) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    return Error::Validation("listen", "--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080");
  }
  int port = 0;
  try {
    port = std::stoi(text.substr(colon + 1));
  } catch (...) {
    port = -1;
  }
  if (port < 0 || port > 65535) return Error::Validation("listen", "The port in --listen must be 0 to 65535");
  return std::make_pair(text.substr(0, colon), static_cast<uint16_t>(port));
}

}  // namespace

void AddServeCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant, listen = "127.0.0.1:8080", idle = "15m", absolute = "10h";
    std::string password_max_age = "365d", lockout = "15m", token_lifetime = "8h";
    std::string tls_cert, tls_key, blob_dir;
    int lockout_failures = 5, address_failures = 20;
    std::string web_root = std::string(SourceRoot()) + "/web";
    std::string data_dir = std::string(SourceRoot()) + "/data";
    // Most of a worker's time is spent waiting for its group commit (the access-log row of a read,
    // the journal append of a write), not on a core: more waiting workers make bigger batches per
    // fsync. 32 doubled reads and sped writes by a third over 8 (docs/performance.md).
    int io_threads = 2, workers = 32;
  };
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("serve", "Serve the web pages and the JSON API");
  cmd->add_option("--db", options->db, "Database URL")->required();
  cmd->add_option("--tenant", options->tenant, "Tenant name (needed only when the database holds several)");
  cmd->add_option("--listen", options->listen, "ADDRESS:PORT to listen on (port 0 picks a free one)")
      ->capture_default_str();
  cmd->add_option("--idle-timeout", options->idle, "Sign out after this long without use (R44)")->capture_default_str();
  cmd->add_option("--absolute-timeout", options->absolute, "Sign out this long after signing in, whatever happens")
      ->capture_default_str();
  cmd->add_option("--password-max-age", options->password_max_age,
                  "Passwords older than this must be changed at next sign-in (R44); 0 turns it off. NCSC and OWASP "
                  "advise against forced expiry: see docs/security.md before choosing")
      ->capture_default_str();
  cmd->add_option("--lockout-failures", options->lockout_failures,
                  "Failed sign-ins under one username before it is locked")
      ->capture_default_str();
  cmd->add_option("--address-lockout-failures", options->address_failures,
                  "Failed sign-ins from one client address before it is locked")
      ->capture_default_str();
  cmd->add_option("--lockout", options->lockout, "How long a sign-in lock lasts")->capture_default_str();
  cmd->add_option("--tls-cert", options->tls_cert,
                  "PEM certificate chain: serve HTTPS (cookies then get Secure and the __Host- prefix)");
  cmd->add_option("--tls-key", options->tls_key, "PEM private key of --tls-cert");
  cmd->add_option("--api-token-lifetime", options->token_lifetime, "How long an API token lasts")
      ->capture_default_str();
  cmd->add_option("--blob-dir", options->blob_dir,
                  "Folder for documents' files (default for SQLite: beside the database, e.g. var/demo.blobs; "
                  "required for PostgreSQL). Back it up with the database: docs/operations.md");
  cmd->add_option("--web-root", options->web_root, "Folder holding templates/ and dist/")->capture_default_str();
  cmd->add_option("--data-dir", options->data_dir, "Folder holding language/ (the council's word lists)")
      ->capture_default_str();
  cmd->add_option("--io-threads", options->io_threads, "Threads for network I/O")->capture_default_str();
  cmd->add_option("--workers", options->workers, "Threads for request handling and database work")
      ->capture_default_str();
  cmd->callback([options, &run] {
    run = [options] {
      auto listen = ParseListen(options->listen);
      if (!listen.ok()) return Fail(listen.error());
      auto idle = ParseDuration(options->idle, "idle-timeout");
      if (!idle.ok()) return Fail(idle.error());
      auto absolute = ParseDuration(options->absolute, "absolute-timeout");
      if (!absolute.ok()) return Fail(absolute.error());
      auto max_age = options->password_max_age == "0" ? Result<std::chrono::seconds>(std::chrono::seconds(0))
                                                      : ParseDuration(options->password_max_age, "password-max-age");
      if (!max_age.ok()) return Fail(max_age.error());
      auto lockout = ParseDuration(options->lockout, "lockout");
      if (!lockout.ok()) return Fail(lockout.error());
      auto token_lifetime = ParseDuration(options->token_lifetime, "api-token-lifetime");
      if (!token_lifetime.ok()) return Fail(token_lifetime.error());
      if (options->lockout_failures < 1 || options->address_failures < 1) {
        return Fail(Error::Validation("lockout-failures",
                                      "--lockout-failures and --address-lockout-failures must "
                                      "be at least 1"));
      }
      Status password_list = LoadCommonPasswords(options->data_dir);
      if (!password_list.ok()) return Fail(password_list.error());
      auto templates = Templates::Load(options->web_root + "/templates");
      if (!templates.ok()) return Fail(templates.error());
      if (!std::filesystem::is_directory(options->web_root + "/dist")) {
        spdlog::warn("{}/dist is missing: pages will have no styles (run `npm ci && node web/build-assets.mjs`)",
                     options->web_root);
      }
      auto language_rules = LoadLanguageRules(options->data_dir + "/language");
      if (!language_rules.ok()) return Fail(language_rules.error());
      auto store = OpenStore(options->db);
      if (!store.ok()) return Fail(store.error());
      auto tenant = ChooseTenant(**store, options->tenant);
      if (!tenant.ok()) return Fail(tenant.error());

      auto blob_dir = BlobDirFor(options->db, options->blob_dir);
      if (!blob_dir.ok()) return Fail(blob_dir.error());
      // Made now, so a folder that cannot be written stops the server instead of the first upload.
      Status blob_folder = BlobStore(*blob_dir).Init();
      if (!blob_folder.ok()) return Fail(blob_folder.error());

      AppConfig config;
      config.blob_dir = *blob_dir;
      config.web_root = options->web_root;
      config.data_dir = options->data_dir;
      config.sessions.idle_timeout = *idle;
      config.sessions.absolute_timeout = *absolute;
      config.tls = !options->tls_cert.empty();
      config.sessions.password_max_age = *max_age;
      config.sessions.api_token_lifetime = *token_lifetime;
      config.sessions.throttle.lockout = *lockout;
      config.sessions.throttle.account_failures = options->lockout_failures;
      config.sessions.throttle.address_failures = options->address_failures;
      Application application(**store, *tenant, config, std::move(templates).value(),
                              std::move(language_rules).value());

      ServerOptions server_options;
      server_options.address = listen->first;
      server_options.port = listen->second;
      server_options.io_threads = std::max(1, options->io_threads);
      server_options.worker_threads = std::max(1, options->workers);
      server_options.tls_cert_file = options->tls_cert;
      server_options.tls_key_file = options->tls_key;
      HttpServer server(server_options, [&application](std::shared_ptr<Request> request, Respond respond) {
        application.HandleAsync(std::move(request), std::move(respond));
      });
      Status listening = server.Listen();
      if (!listening.ok()) return Fail(listening.error());
      std::cout << "childrecord is serving " << tenant->name << " at " << (config.tls ? "https" : "http") << "://"
                << listen->first << ":" << server.port() << "/" << std::endl;
      server.Run(/*handle_signals=*/true);
      // Answers still waiting for their access-log row are told before the server goes (their
      // connections' I/O is stopped, so they are not sent).
      (*store)->DrainAccessLog();
      spdlog::info("stopped");
      return 0;
    };
  });
}

}  // namespace childrecord::cli
