// `childrecord checkpoint` and `childrecord verify`.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "store/checkpoint.h"
#include "store/db_url.h"
#include "store/verify.h"
#include "features/documents/document_verify.h"

namespace childrecord::cli {

void AddCheckpointCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant, key;
  };
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("checkpoint", "Print a signed statement of the journal's head as JSON. Keep it "
                                               "somewhere else: `verify --checkpoint` later proves nothing before "
                                               "it was removed or rewritten.");
  cmd->add_option("--db", options->db, "Database URL")->required();
  cmd->add_option("--tenant", options->tenant, "Tenant name (needed only when the database holds several)");
  cmd->add_option("--key", options->key, "Ed25519 signing key file, created on first use (default for SQLite: "
                                         "<database file>.checkpoint-key; required for PostgreSQL)");
  cmd->callback([options, &run] {
    run = [options] {
      auto url = ParseDbUrl(options->db);
      if (!url.ok()) return Fail(url.error());
      std::string key_path = options->key;
      if (key_path.empty()) {
        if (url->dialect != Dialect::kSqlite) {
          return Fail(Error::Validation("key", "Give --key FILE: the signing key must live outside the database"));
        }
        key_path = url->sqlite_path + ".checkpoint-key";
      }
      auto store = OpenStore(options->db);
      if (!store.ok()) return Fail(store.error());
      auto tenant = ChooseTenant(**store, options->tenant);
      if (!tenant.ok()) return Fail(tenant.error());
      auto key = LoadOrCreateSigningKey(key_path);
      if (!key.ok()) return Fail(key.error());
      auto checkpoint = MakeCheckpoint(**store, *tenant, *key);
      if (!checkpoint.ok()) return Fail(checkpoint.error());
      std::cout << checkpoint->ToJson().dump(2) << "\n";
      return 0;
    };
  });
}

void AddVerifyCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant, checkpoint, public_key, blob_dir;
  };
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("verify", "Recompute every tenant's hash chain and current-state tables from the "
                                           "journal. Exits 0 only if everything verifies; otherwise names the first "
                                           "bad event.");
  cmd->add_option("--db", options->db, "Database URL")->required();
  cmd->add_option("--tenant", options->tenant, "Check only this tenant");
  cmd->add_option("--checkpoint", options->checkpoint, "A file printed earlier by `childrecord checkpoint`");
  cmd->add_option("--public-key", options->public_key,
                  "The council's published checkpoint key (hex): refuse a checkpoint signed with any other");
  cmd->add_option("--blob-dir", options->blob_dir,
                  "Folder of documents' files, each checked against its SHA-256 (default for SQLite: beside the "
                  "database; with PostgreSQL documents are checked only when this is given)");
  cmd->callback([options, &run] {
    run = [options] {
      auto blob_dir = BlobDirFor(options->db, options->blob_dir);  // PostgreSQL without --blob-dir: no blob check
      auto store = OpenStore(options->db);
      if (!store.ok()) return Fail(store.error());
      std::optional<Checkpoint> checkpoint;
      if (!options->checkpoint.empty()) {
        std::ifstream in(options->checkpoint);
        if (!in) return Fail(Error::Validation("checkpoint", "Cannot read " + options->checkpoint));
        std::stringstream text;
        text << in.rdbuf();
        auto json = ParseJson(text.str());
        if (!json.ok()) return Fail(Error::Validation("checkpoint", options->checkpoint + " is not JSON"));
        auto parsed = Checkpoint::FromJson(*json);
        if (!parsed.ok()) return Fail(parsed.error());
        checkpoint = *parsed;
      }
      if (checkpoint && !options->public_key.empty() && checkpoint->public_key != options->public_key) {
        std::cout << "FAILED: the checkpoint was signed with key " << checkpoint->public_key
                  << ", not the expected key " << options->public_key << "\n";
        return 1;
      }
      // Which tenants: the one named, else the checkpoint's, else all of them.
      auto all = (*store)->ListTenants();
      if (!all.ok()) return Fail(all.error());
      std::vector<Tenant> tenants;
      for (const Tenant& t : *all) {
        const bool named = options->tenant.empty() || t.name == options->tenant;
        const bool checkpointed = !checkpoint || t.id == checkpoint->tenant_id;
        if (named && checkpointed) tenants.push_back(t);
      }
      if (tenants.empty()) {
        if (checkpoint) {
          std::cout << "FAILED: the checkpoint's tenant " << checkpoint->tenant_id << " is not in this database\n";
          return 1;
        }
        if (!options->tenant.empty()) return Fail(Error::NotFound("There is no tenant called '" + options->tenant + "'"));
      }
      int status = 0;
      for (const Tenant& tenant : tenants) {
        auto report = VerifyTenant(**store, tenant, checkpoint);
        if (!report.ok()) return Fail(report.error());
        if (report->ok) {
          std::cout << "OK: " << tenant.name << ": " << report->events << " events, head " << report->head_hash
                    << "; " << report->access_log_rows << " access-log rows"
                    << (!checkpoint                 ? ""
                        : checkpoint->has_access_log ? ", journal and access log match the checkpoint"
                                                     : ", journal matches the checkpoint (made before checkpoints "
                                                       "signed the access log: the access log is checked only "
                                                       "against itself)")
                    << "\n";
        } else {
          std::cout << "FAILED: " << tenant.name << ": " << report->problem << "\n";
          status = 1;
        }
        // Documents' files (R8-R14, R22), once the journal that names them verifies.
        if (report->ok && blob_dir.ok()) {
          BlobStore blobs(*blob_dir);
          auto documents = VerifyDocumentBlobs(**store, tenant, blobs);
          if (!documents.ok()) return Fail(documents.error());
          if (!documents->ok) {
            std::cout << "FAILED: " << tenant.name << ": " << documents->problem << "\n";
            status = 1;
          } else {
            std::cout << "OK: " << tenant.name << ": " << documents->documents << " documents' files match their "
                      << "SHA-256 in " << *blob_dir << "\n";
          }
        }
      }
      return status;
    };
  });
}

}  // namespace childrecord::cli
