#include "features/transfer/transfer_rules.h"

#include "core/field_errors.h"

#include <algorithm>
#include <set>

#include "core/time_format.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {

struct Code {
  const char* code;
  const char* label;
};

const std::vector<Code>& MethodCodes() {
  static const auto* codes = new std::vector<Code>{
      {"secure_email", "Secure email"}, {"courier", "Courier"}, {"post", "Post"}, {"by_hand", "By hand"}};
  return *codes;
}

const std::vector<Code>& PartCodes() {
  static const auto* codes =
      new std::vector<Code>{{"overview", "Overview"},      {"identity", "Identity"}, {"people", "People"},
                            {"living", "Where they live"}, {"entries", "Entries"},   {"documents", "Documents (list)"}};
  return *codes;
}

std::vector<std::string> CodesOf(const std::vector<Code>& codes) {
  std::vector<std::string> out;
  for (const Code& c : codes) out.push_back(c.code);
  return out;
}

std::string LabelOf(const std::vector<Code>& codes, const std::string& code) {
  for (const Code& c : codes) {
    if (code == c.code) return c.label;
  }
  return code;
}

}  // namespace

const std::vector<std::string>& TransferMethods() {
  static const auto* methods = new std::vector<std::string>(CodesOf(MethodCodes()));
  return *methods;
}

const std::vector<std::string>& TransferParts() {
  static const auto* parts = new std::vector<std::string>(CodesOf(PartCodes()));
  return *parts;
}

bool MayRecordTransfer(const std::string& role) {
  return role == "team_manager" || role == "senior_manager" || role == "records_officer";
}

std::string TransferMethodLabel(const std::string& method) { return LabelOf(MethodCodes(), method); }
std::string TransferPartLabel(const std::string& part) { return LabelOf(PartCodes(), part); }

Result<Json> BuildRecordTransferred(const Json& input, const std::string& child_id, const std::string& transfer_id,
                                    TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  // Every field is checked, so the person sees every problem at once.
  FieldErrors errors;
  auto agency = Text(input, "agency", "agency", "Give the name of the adoption agency the copy was sent to");
  errors.Check(agency);
  auto contact = OptionalText(input, "agency_contact", "agency_contact");
  errors.Check(contact);
  auto sent_on = RequiredDate(input, "sent_on", "sent_on", "the date the copy was sent", Today(now),
                              "The date the copy was sent must be today or earlier");
  errors.Check(sent_on);
  auto method = Choice(input, "method", "method", TransferMethods(), "Say how the copy was sent");
  errors.Check(method);
  std::set<std::string> chosen;
  const Status parts_ok = [&]() -> Status {
    auto parts = input.find("parts");
    if (parts == input.end() || parts->is_null() || (parts->is_array() && parts->empty())) {
      return Error::Validation("parts", "Choose which parts of the record were sent");
    }
    if (!parts->is_array()) return Error::Validation("parts", "Parts must be a list");
    for (size_t i = 0; i < parts->size(); ++i) {
      const Json& part = (*parts)[i];
      const std::string path = Index("parts", i);
      if (!part.is_string()) return Error::Validation(path, "Each part must be one of the parts of the record");
      const std::string code = part.get<std::string>();
      const auto& known = TransferParts();
      if (std::find(known.begin(), known.end(), code) == known.end()) {
        return Error::Validation(path, "'" + code + "' is not a part of the record we know");
      }
      if (!chosen.insert(code).second) return Error::Validation(path, "'" + code + "' is chosen twice");
    }
    return Status::Ok();
  }();
  errors.Check(parts_ok);
  auto from = OptionalDate(input, "entries_from", "entries_from", "the date of the first entry sent");
  errors.Check(from);
  auto to = OptionalDate(input, "entries_to", "entries_to", "the date of the last entry sent");
  errors.Check(to);
  if (parts_ok.ok() && from.ok() && to.ok()) {
    if ((*from || *to) && !chosen.count("entries")) {
      errors.Add(Error::Validation(*from ? "entries_from" : "entries_to",
                                   "Entry dates can only be given when entries are part of the copy"));
    } else if (*from && *to && **to < **from) {
      errors.Add(Error::Validation("entries_to", "The date of the last entry must be on or after the date of the first"));
    }
  }
  auto reason = Text(input, "reason", "reason", "Say why the record was transferred", kMaxLongText);
  errors.Check(reason);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  Json ordered = Json::array();
  for (const std::string& code : TransferParts()) {
    if (chosen.count(code)) ordered.push_back(code);
  }
  return Json{{"transfer_id", transfer_id},
              {"child_id", child_id},
              {"agency", *agency},
              {"agency_contact", contact->empty() ? Json(nullptr) : Json(*contact)},
              {"sent_on", FormatIsoDate(*sent_on)},
              {"method", *method},
              {"parts", ordered},
              {"entries_from", *from ? Json(FormatIsoDate(**from)) : Json(nullptr)},
              {"entries_to", *to ? Json(FormatIsoDate(**to)) : Json(nullptr)},
              {"reason", *reason}};
}

bool EntryWasSent(TimePoint occurred_at, TimePoint recorded_at, Date sent_on, TimePoint transfer_recorded_at,
                  std::optional<Date> from, std::optional<Date> to) {
  if (recorded_at > transfer_recorded_at || sent_on < LondonDate(recorded_at)) return false;
  const Date day = LondonDate(occurred_at);
  return !(from && day < *from) && !(to && *to < day);
}

}  // namespace childrecord
