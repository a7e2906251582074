#include "features/people/household_rules.h"

#include <algorithm>
#include <set>

#include "core/field_errors.h"
#include "core/ids.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {

// Legal statuses that are court orders: these need the order's date and court (R8).
const std::set<std::string>& CourtOrderStatuses() {
  static const auto* s = new std::set<std::string>{"emergency_protection_order",
                                                   "interim_care_order",
                                                   "care_order",
                                                   "placement_order",
                                                   "special_guardianship_order",
                                                   "child_arrangements_order",
                                                   "interim_supervision_order",
                                                   "supervision_order",
                                                   "remanded_to_local_authority"};
  return *s;
}

std::vector<std::string> Codes(const std::vector<LabelledCode>& list) {
  std::vector<std::string> codes;
  for (const auto& c : list) codes.push_back(c.code);
  return codes;
}

bool Before(Date a, Date b) { return std::chrono::sys_days(a) < std::chrono::sys_days(b); }

Result<Json> ContactOf(const Json& input) {
  if (Missing(input, "contact")) return Json(nullptr);
  const Json& contact = input.at("contact");
  if (!contact.is_object()) return Error::Validation("contact", "Give the phone number, email address or address");
  CR_ASSIGN_OR_RETURN(std::string phone, OptionalText(contact, "phone", "contact.phone", 40));
  CR_ASSIGN_OR_RETURN(std::string email, OptionalText(contact, "email", "contact.email", 254));
  CR_ASSIGN_OR_RETURN(std::string address, OptionalText(contact, "address", "contact.address", 1000));
  if (!phone.empty() && phone.find_first_not_of("0123456789 +()-") != std::string::npos) {
    return Error::Validation("contact.phone", "Enter a phone number using numbers, like 01234 567890");
  }
  if (!email.empty()) {
    auto at = email.find('@');
    if (at == std::string::npos || at == 0 || email.find('.', at) == std::string::npos ||
        email.find(' ') != std::string::npos) {
      return Error::Validation("contact.email", "Enter an email address like name@example.com");
    }
  }
  auto opt = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  return Json{{"phone", opt(phone)}, {"email", opt(email)}, {"address", opt(address)}};
}

Result<std::vector<HomePeriod>> ReadHomePeriods(const Json& input, Date today) {
  std::vector<HomePeriod> periods;
  if (Missing(input, "home_periods")) return periods;
  const Json& list = input.at("home_periods");
  if (!list.is_array()) return Error::Validation("home_periods", "List when they moved in and out");
  for (size_t i = 0; i < list.size(); ++i) {
    const std::string at = Index("home_periods", i);
    CR_ASSIGN_OR_RETURN(Date in,
                        RequiredDate(list[i], "moved_in", Join(at, "moved_in"), "the date they moved in", today));
    CR_ASSIGN_OR_RETURN(std::optional<Date> out,
                        OptionalDate(list[i], "moved_out", Join(at, "moved_out"), "the date they moved out", today));
    periods.push_back({in, out});
  }
  CR_RETURN_IF_ERROR(CheckHomePeriods(periods, "home_periods"));
  return periods;
}

Result<std::pair<Date, std::optional<Date>>> StartEnd(const Json& input, Date today, bool start_not_future) {
  CR_ASSIGN_OR_RETURN(Date starts, RequiredDate(input, "starts_on", "starts_on", "the date it starts",
                                                start_not_future ? std::optional<Date>(today) : std::nullopt));
  CR_ASSIGN_OR_RETURN(std::optional<Date> ends, OptionalDate(input, "ends_on", "ends_on", "the date it ends"));
  if (ends && Before(*ends, starts)) {
    return Error::Validation("ends_on", "The end date must be on or after the start date");
  }
  return std::make_pair(starts, ends);
}

Json OptDate(const std::optional<Date>& d) { return d ? Json(FormatIsoDate(*d)) : Json(nullptr); }

}  // namespace

bool LivesInHomeOn(const std::vector<HomePeriod>& periods, Date on) {
  for (const auto& p : periods) {
    if (Before(on, p.moved_in)) continue;
    if (!p.moved_out || Before(on, *p.moved_out)) return true;
  }
  return false;
}

Status CheckHomePeriods(const std::vector<HomePeriod>& periods, const std::string& path) {
  for (size_t i = 0; i < periods.size(); ++i) {
    const auto& p = periods[i];
    if (p.moved_out && Before(*p.moved_out, p.moved_in)) {
      return Error::Validation(Join(Index(path, i), "moved_out"),
                               "The date they moved out must be on or after the date they moved in");
    }
    if (i > 0) {
      const auto& prev = periods[i - 1];
      if (!prev.moved_out) {
        return Error::Validation(Join(Index(path, i - 1), "moved_out"),
                                 "Enter when they moved out before they moved in again");
      }
      if (Before(p.moved_in, *prev.moved_out)) {
        return Error::Validation(Join(Index(path, i), "moved_in"),
                                 "They moved in again before the date they moved out. Check the dates");
      }
    }
  }
  return Status::Ok();
}

Result<std::vector<HomePeriod>> ApplyHomeMove(std::vector<HomePeriod> periods, const std::string& change, Date on,
                                              const std::string& path) {
  const bool living = !periods.empty() && !periods.back().moved_out;
  if (!periods.empty()) {
    const Date last = periods.back().moved_out ? *periods.back().moved_out : periods.back().moved_in;
    if (Before(on, last)) {
      return Error::Validation(path,
                               "The record already shows a later move on " + FormatUkDate(last) + ". Check the date");
    }
  }
  if (change == "moved_in") {
    if (living) return Error::Validation(path, "The record already shows them living in the home");
    periods.push_back({on, std::nullopt});
  } else if (change == "moved_out") {
    if (!living) return Error::Validation(path, "The record does not show them living in the home");
    periods.back().moved_out = on;
  } else {
    return Error::Validation(path, "Say whether they moved in or moved out");
  }
  return periods;
}

Json HomePeriodsToJson(const std::vector<HomePeriod>& periods) {
  Json out = Json::array();
  for (const auto& p : periods)
    out.push_back({{"moved_in", FormatIsoDate(p.moved_in)}, {"moved_out", OptDate(p.moved_out)}});
  return out;
}

std::vector<HomePeriod> HomePeriodsFromJson(const Json& periods) {
  std::vector<HomePeriod> out;
  if (!periods.is_array()) return out;
  for (const auto& p : periods) {
    if (!p.is_object() || !p.contains("moved_in") || !p["moved_in"].is_string()) continue;
    auto in = ParseIsoDate(p["moved_in"].get<std::string>());
    if (!in) continue;
    std::optional<Date> moved_out;
    if (p.contains("moved_out") && p["moved_out"].is_string()) {
      auto d = ParseIsoDate(p["moved_out"].get<std::string>());
      if (d) moved_out = *d;
    }
    out.push_back({*in, moved_out});
  }
  return out;
}

Result<Json> BuildPersonLink(const Json& input, const std::string& child_id, const std::string& link_id,
                             TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);
  CR_ASSIGN_OR_RETURN(std::string person_id, Text(input, "person_id", "person_id", "Choose the person", 64));
  std::vector<std::string> relationship_codes;
  for (const auto& t : RelationshipTypes()) relationship_codes.push_back(t.code);
  CR_ASSIGN_OR_RETURN(std::string relationship, Choice(input, "relationship", "relationship", relationship_codes,
                                                       "Choose how this person is related to the child"));
  CR_ASSIGN_OR_RETURN(std::string important_to,
                      Choice(input, "important_to", "important_to", {"child", "parents", "both"},
                             "Choose whether they are important to the child, the parents or both", false));
  CR_ASSIGN_OR_RETURN(Json contact, ContactOf(input));
  CR_ASSIGN_OR_RETURN(std::vector<HomePeriod> periods, ReadHomePeriods(input, today));

  bool holds = false;
  std::string basis;
  std::optional<Date> since;
  if (!Missing(input, "parental_responsibility")) {
    const Json& pr = input.at("parental_responsibility");
    if (!pr.is_object()) {
      return Error::Validation("parental_responsibility", "Say whether this person has parental responsibility");
    }
    CR_ASSIGN_OR_RETURN(holds, Bool(pr, "holds", "parental_responsibility.holds",
                                    "Say whether this person has parental responsibility"));
    if (holds) {
      CR_ASSIGN_OR_RETURN(basis,
                          Choice(pr, "basis", "parental_responsibility.basis", Codes(ParentalResponsibilityBases()),
                                 "Choose how this person has parental responsibility"));
      CR_ASSIGN_OR_RETURN(since, OptionalDate(pr, "since", "parental_responsibility.since",
                                              "the date parental responsibility started", today));
      if (basis == "birth_mother" && relationship != "mother") {
        return Error::Validation("parental_responsibility.basis",
                                 "Only the child's mother has parental responsibility as the birth mother");
      }
      if ((basis == "married_father" || basis == "named_on_birth_certificate") && relationship != "father") {
        return Error::Validation("parental_responsibility.basis",
                                 "Only the child's father has parental responsibility on this basis");
      }
    }
  }
  const bool lives_in_home = !periods.empty() && !periods.back().moved_out;
  return Json{{"link_id", link_id},
              {"child_id", child_id},
              {"person_id", person_id},
              {"relationship", relationship},
              {"lives_in_home", lives_in_home},
              {"parental_responsibility", holds},
              {"parental_responsibility_basis", OptText(basis)},
              {"parental_responsibility_since", OptDate(since)},
              {"important_to", OptText(important_to)},
              {"contact", contact},
              {"home_periods", HomePeriodsToJson(periods)}};
}

Result<Json> BuildLivingArrangement(const Json& input, const std::string& child_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);
  FieldErrors errors;  // every problem at once, in the order of the form's fields
  auto from = RequiredDate(input, "effective_from", "effective_from", "the date the child started living there", today);
  auto place_kind =
      Choice(input, "place_kind", "place_kind", Codes(LivingPlaceKinds()), "Choose where the child lives");
  errors.Check(from);
  const bool at_home = errors.Check(place_kind) && *place_kind == "home";
  auto place = Text(input, "place", "place", "Say where the child lives", 1000, !at_home);
  auto with_whom = Text(input, "with_whom", "with_whom", "Say who the child lives with", 1000, !at_home);
  auto status =
      Choice(input, "legal_status", "legal_status", Codes(LegalStatuses()), "Choose the child's legal status");
  errors.Check(place);
  errors.Check(with_whom);
  if (errors.Check(status) && *status == "section_20" && at_home) {
    errors.Add(Error::Validation("legal_status",
                                 "A child accommodated under section 20 lives away from home. Choose where they live"));
  }
  Json order = nullptr;
  if (status.ok() && CourtOrderStatuses().count(*status) > 0) {
    if (Missing(input, "order") || !input.at("order").is_object()) {
      errors.Add(Error::Validation("order", "Give the date the order was made and the court that made it"));
    } else {
      const Json& o = input.at("order");
      auto made_on = RequiredDate(o, "made_on", "order.made_on", "the date the order was made", today);
      auto court = Text(o, "court", "order.court", "Say which court made the order");
      // The sealed order itself, when it has been added to the record's documents (an id only:
      // that it exists on this record is the service's check, not a pure rule).
      auto document_id = OptionalText(o, "document_id", "order.document_id", 64);
      if (errors.Check(document_id) && !document_id->empty() && !IsWellFormedId(*document_id)) {
        errors.Add(Error::Validation("order.document_id", "Choose the order from the record's documents"));
      }
      const bool made_on_ok = errors.Check(made_on);
      const bool court_ok = errors.Check(court);
      if (made_on_ok && court_ok && document_id.ok()) {
        order = Json{{"made_on", FormatIsoDate(*made_on)}, {"court", *court}};
        if (!document_id->empty()) order["document_id"] = *document_id;
      }
    }
  } else if (status.ok() && !Missing(input, "order")) {
    errors.Add(
        Error::Validation("order", "This legal status is not a court order, so there are no order details to give"));
  }
  auto provider = OptionalText(input, "provider_name", "provider_name");
  errors.Check(provider);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},     {"effective_from", FormatIsoDate(*from)}, {"place_kind", *place_kind},
              {"place", OptText(*place)}, {"with_whom", OptText(*with_whom)},       {"legal_status", *status},
              {"order", order},           {"provider_name", OptText(*provider)}};
}

std::optional<Json> LivingArrangementAsAt(const std::vector<Json>& history, Date as_at) {
  std::optional<Json> best;
  std::optional<Date> best_from;
  for (const Json& p : history) {
    if (!p.is_object() || !p.contains("effective_from") || !p["effective_from"].is_string()) continue;
    auto from = ParseIsoDate(p["effective_from"].get<std::string>());
    if (!from || Before(as_at, *from)) continue;
    if (!best_from || !Before(*from, *best_from)) {  // later or same date recorded later wins
      best = p;
      best_from = *from;
    }
  }
  return best;
}

Result<Json> BuildFamilyTime(const Json& input, const std::string& child_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);
  // Every problem of the input at once (one round trip fixes them all).
  FieldErrors errors;
  Json with = PeopleChosenOrNamed(input, "with", "with", "Say who the child spends this time with",
                                  /*with_role=*/false, errors);
  auto how_often = Text(input, "how_often", "how_often", "Say how often, for example 'every Saturday afternoon'");
  auto where = OptionalText(input, "where", "where", 1000);
  auto support = Choice(input, "support", "support", {"supervised", "supported", "unsupervised"},
                        "Choose whether the time is supervised, supported or unsupervised");
  auto dates = StartEnd(input, today, false);
  auto views = OptionalText(input, "childs_views", "childs_views", kMaxLongText);
  errors.Check(how_often);
  errors.Check(where);
  errors.Check(support);
  errors.Check(dates);
  errors.Check(views);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},
              {"with", with},
              {"how_often", *how_often},
              {"where", OptText(*where)},
              {"support", *support},
              {"starts_on", FormatIsoDate(dates->first)},
              {"ends_on", OptDate(dates->second)},
              {"childs_views", OptText(*views)}};
}

Result<Json> BuildPrivateProviderUse(const Json& input, const std::string& child_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);
  CR_ASSIGN_OR_RETURN(std::string name, Text(input, "provider_name", "provider_name", "Enter the provider's name"));
  CR_ASSIGN_OR_RETURN(std::string kind, Choice(input, "kind", "kind", Codes(PrivateProviderKinds()),
                                               "Choose what kind of provider this is"));
  CR_ASSIGN_OR_RETURN(std::string urn, OptionalText(input, "ofsted_urn", "ofsted_urn", 20));
  if (!urn.empty()) {
    std::string digits = urn.rfind("SC", 0) == 0 ? urn.substr(2) : urn;
    if (digits.size() < 6 || digits.size() > 8 || digits.find_first_not_of("0123456789") != std::string::npos) {
      return Error::Validation("ofsted_urn", "Enter the Ofsted number as it appears on the report, like SC123456");
    }
  }
  CR_ASSIGN_OR_RETURN(std::string arrangement, Text(input, "arrangement", "arrangement",
                                                    "Say what the provider does for the child", kMaxLongText));
  CR_ASSIGN_OR_RETURN(auto dates, StartEnd(input, today, true));
  return Json{{"child_id", child_id},
              {"provider_name", name},
              {"kind", kind},
              {"ofsted_urn", OptText(urn)},
              {"arrangement", arrangement},
              {"starts_on", FormatIsoDate(dates.first)},
              {"ends_on", OptDate(dates.second)}};
}

}  // namespace childrecord
