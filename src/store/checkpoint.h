#pragma once

#include <string>

#include "core/canonical_json.h"
#include "core/result.h"
#include "store/store.h"

namespace childrecord {

// A signed statement of a tenant's journal head (docs/journal-format.md). Whoever keeps a
// checkpoint can later prove the journal still holds that event with that hash, so removing
// or rewriting events after it is detected even if the whole database was rewritten.
struct Checkpoint {
  std::string tenant_id;
  std::string tenant_name;
  int64_t seq = 0;
  std::string hash;
  std::string signed_at;   // RFC 3339 UTC
  std::string public_key;  // Ed25519, hex
  std::string signature;   // Ed25519 over the canonical JSON of {hash, seq, signed_at, tenant_id}, hex

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
