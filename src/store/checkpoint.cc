#include "store/checkpoint.h"

#include <sodium.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "core/ids.h"
#include "core/sha256.h"
#include "core/time_format.h"

namespace childrecord {
namespace {

std::string SignedText(const Checkpoint& c) {
  Json signed_fields{{"tenant_id", c.tenant_id}, {"seq", c.seq}, {"hash", c.hash}, {"signed_at", c.signed_at}};
  if (c.has_access_log) {
    signed_fields["access_log_seq"] = c.access_log_seq;
    signed_fields["access_log_hash"] = c.access_log_hash;
  }
  return CanonicalJson(signed_fields).value();
}

bool HexDecode(const std::string& hex, std::string& out) {
  if (hex.size() % 2 != 0) return false;
  out.assign(hex.size() / 2, '\0');
  size_t written = 0;
  return sodium_hex2bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), hex.data(), hex.size(), nullptr,
                        &written, nullptr) == 0 &&
         written == out.size();
}

}  // namespace

Json Checkpoint::ToJson() const {
  Json json{{"tenant_id", tenant_id}, {"tenant", tenant_name},  {"seq", seq},
            {"hash", hash},           {"signed_at", signed_at}, {"public_key", public_key},
            {"signature", signature}, {"algorithm", "ed25519"}};
  if (has_access_log) {
    json["access_log_seq"] = access_log_seq;
    json["access_log_hash"] = access_log_hash;
  }
  return json;
}

Result<Checkpoint> Checkpoint::FromJson(const Json& json) {
  Checkpoint c;
  try {
    c.tenant_id = json.at("tenant_id").get<std::string>();
    c.tenant_name = json.value("tenant", "");
    c.seq = json.at("seq").get<int64_t>();
    c.hash = json.at("hash").get<std::string>();
    c.signed_at = json.at("signed_at").get<std::string>();
    c.public_key = json.at("public_key").get<std::string>();
    c.signature = json.at("signature").get<std::string>();
    c.has_access_log = json.contains("access_log_seq") || json.contains("access_log_hash");
    if (c.has_access_log) {
      c.access_log_seq = json.at("access_log_seq").get<int64_t>();
      c.access_log_hash = json.at("access_log_hash").get<std::string>();
    }
  } catch (const Json::exception& e) {
    return Error::Validation("checkpoint", std::string("The checkpoint file is incomplete: ") + e.what());
  }
  return c;
}

Result<std::string> LoadOrCreateSigningKey(const std::string& path) {
  if (sodium_init() < 0) return Error::Internal("libsodium could not initialise");
  std::ifstream in(path);
  if (in) {
    std::string hex;
    in >> hex;
    std::string raw;
    if (!HexDecode(hex, raw) || raw.size() != crypto_sign_SECRETKEYBYTES) {
      return Error::Validation("key", "The key file " + path + " does not hold an Ed25519 secret key");
    }
    return hex;
  }
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  std::string hex = HexEncode(std::string_view(reinterpret_cast<char*>(sk), sizeof sk));
  sodium_memzero(sk, sizeof sk);
  mode_t old_mask = umask(077);
  std::ofstream out(path);
  umask(old_mask);
  if (!out || !(out << hex << "\n") || !out.flush()) {
    return Error::Validation("key", "Cannot write the key file " + path);
  }
  return hex;
}

Result<Checkpoint> MakeCheckpoint(Store& store, const Tenant& tenant, const std::string& secret_key_hex) {
  std::string sk;
  if (!HexDecode(secret_key_hex, sk) || sk.size() != crypto_sign_SECRETKEYBYTES) {
    return Error::Validation("key", "Not an Ed25519 secret key");
  }
  CR_ASSIGN_OR_RETURN(JournalHead head, store.Head(tenant.id));
  CR_ASSIGN_OR_RETURN(JournalHead access_head, store.AccessLogHead(tenant.id));
  Checkpoint c;
  c.tenant_id = tenant.id;
  c.tenant_name = tenant.name;
  c.seq = head.seq;
  c.hash = head.hash;
  c.has_access_log = true;
  c.access_log_seq = access_head.seq;
  c.access_log_hash = access_head.hash;
  c.signed_at = FormatUtc(store.clock().Now());
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  crypto_sign_ed25519_sk_to_pk(pk, reinterpret_cast<const unsigned char*>(sk.data()));
  c.public_key = HexEncode(std::string_view(reinterpret_cast<char*>(pk), sizeof pk));
  std::string text = SignedText(c);
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                       reinterpret_cast<const unsigned char*>(sk.data()));
  sodium_memzero(sk.data(), sk.size());
  c.signature = HexEncode(std::string_view(reinterpret_cast<char*>(sig), sizeof sig));
  return c;
}

bool CheckpointSignatureValid(const Checkpoint& c) {
  if (sodium_init() < 0) return false;
  std::string pk, sig;
  if (!HexDecode(c.public_key, pk) || pk.size() != crypto_sign_PUBLICKEYBYTES || !HexDecode(c.signature, sig) ||
      sig.size() != crypto_sign_BYTES) {
    return false;
  }
  std::string text = SignedText(c);
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(sig.data()),
                                     reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                                     reinterpret_cast<const unsigned char*>(pk.data())) == 0;
}

}  // namespace childrecord
