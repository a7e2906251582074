#pragma once

#include <memory>
#include <vector>

#include "features/feature_module.h"
#include "features/referral/referral_service.h"

namespace childrecord {

// R1 in the pages: the First Contact Team accepts a referral.
//   GET/POST /children/new           the referral: the child's names, date of birth and NHS number,
//                                    when the referral came, from whom and why, and the team; every
//                                    error at once. With no error, the records that may be the same
//                                    child are looked for: none, and the record opens (its
//                                    Overview, "?opened=1"); some, and they are shown
//   POST     /children/new/decision  the choice on the possible matches (what was typed travels in
//                                    hidden fields): "This is the same child" (an open record: go to
//                                    it; a closed one: reopen it on the referral), or "None of
//                                    these" with why, which opens the new record
// Both decided as opening a record (AccessAction::kOpenRecord). The handlers borrow `context` and
// `referrals`, which outlive them.
std::vector<FeatureEndpoint> ReferralPageEndpoints(AppContext& context, ReferralService& referrals);

// The confirmations on the record's Overview after the pages above sent the reader there.
std::vector<OverviewSection> ReferralOverviewSections();

}  // namespace childrecord
