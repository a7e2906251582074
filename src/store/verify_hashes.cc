#include "store/verify_hashes.h"

#include "core/sha256.h"
#include "core/time_format.h"

namespace childrecord::verify {
namespace {

// Writes a canonical JSON object of fields given in key order, as long as every text is printable
// ASCII without a quote or a backslash (which canonical JSON writes as it is); false otherwise.
class HeaderText {
 public:
  bool Text(const char* key, const std::string& value) {
    for (char c : value) {
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') return false;
    }
    Key(key);
    out_ += '"';
    out_ += value;
    out_ += '"';
    return true;
  }
  void Number(const char* key, int64_t value) {
    Key(key);
    out_ += std::to_string(value);
  }
  std::string Finish() {
    out_ += '}';
    return std::move(out_);
  }

 private:
  void Key(const char* key) {
    out_ += out_.empty() ? "{\"" : ",\"";
    out_ += key;
    out_ += "\":";
  }
  std::string out_;
};

}  // namespace

std::string EventHash(const JournalEvent& e) {
  HeaderText header;
  if (header.Text("actor", e.actor) && header.Text("payload_sha256", e.payload_sha256) &&
      header.Text("prev_hash", e.prev_hash) && header.Text("recorded_at", FormatUtc(e.recorded_at))) {
    header.Number("seq", e.seq);
    if (header.Text("tenant_id", e.tenant_id) && header.Text("type", e.type)) return Sha256Hex(header.Finish());
  }
  // ComputeEventHash, except that a header that cannot be spelt (a field altered to bytes that are
  // not UTF-8) has no hash, so it matches no stored hash, instead of throwing.
  auto text = CanonicalJson(EventHeaderJson(e));
  return text.ok() ? Sha256Hex(*text) : std::string();
}

std::string AccessLogHash(const AccessLogEntry& e) {
  HeaderText header;
  if (header.Text("action", e.action) && header.Text("address", e.address) && header.Text("child_id", e.child_id) &&
      header.Text("detail", e.detail) && header.Text("outcome", e.outcome) && header.Text("prev_hash", e.prev_hash) &&
      header.Text("reason", e.reason) && header.Text("recorded_at", FormatUtc(e.recorded_at))) {
    header.Number("seq", e.seq);
    if (header.Text("tenant_id", e.tenant_id) && header.Text("user_id", e.user_id)) return Sha256Hex(header.Finish());
  }
  return ComputeAccessLogHash(e);
}

}  // namespace childrecord::verify
