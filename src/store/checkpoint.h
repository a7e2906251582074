#pragma once

#include <string>

#include "core/canonical_json.h"
#include "core/result.h"
#include "store/store.h"

namespace childrecord {

// A signed statement of a tenant's journal head and access-log head (docs/journal-format.md).
// Whoever keeps a checkpoint can later prove the journal still holds that event with that hash
// and the access log that row with that hash, so removing or rewriting either before that point
// is detected even if the whole database was rewritten with every hash recomputed (SPEC §2
// principles 2 and 5).
struct Checkpoint {
  std::string tenant_id;
  std::string tenant_name;
  int64_t seq = 0;
  std::string hash;
  // The access log's head when signed. A checkpoint made before the access log was signed has
  // none (has_access_log false): it proves the journal only, and verify says so.
  bool has_access_log = false;
  int64_t access_log_seq = 0;
  std::string access_log_hash;
  std::string signed_at;   // RFC 3339 UTC
  std::string public_key;  // Ed25519, hex
  // Ed25519, hex, over the canonical JSON of {access_log_hash, access_log_seq, hash, seq,
  // signed_at, tenant_id} (without the two access_log fields when has_access_log is false).
  std::string signature;

  Json ToJson() const;
  static Result<Checkpoint> FromJson(const Json& json);
};

// An Ed25519 signing key kept in a file outside the database (hex of libsodium's 64-byte secret
// key, mode 0600). Created on first use.
Result<std::string> LoadOrCreateSigningKey(const std::string& path);

// Signs the tenant's current head.
Result<Checkpoint> MakeCheckpoint(Store& store, const Tenant& tenant, const std::string& secret_key_hex);

// True when the signature is valid for the checkpoint's own fields and public key.
bool CheckpointSignatureValid(const Checkpoint& checkpoint);

}  // namespace childrecord
