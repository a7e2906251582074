#pragma once

#include <vector>

#include "features/chronology/chronology_service.h"
#include "features/feature_module.h"

namespace childrecord {

// R20 in the pages:
//   GET      /children/{id}/chronology                        the Chronology tab: a timeline, filtered by
//                                                             kind and dates, 100 a page, oldest or newest first
//   GET      /children/{id}/chronology.pdf                    the court's PDF (a read of the whole chronology)
//   GET/POST /children/{id}/chronology/new                    add an item by hand
//   GET/POST /children/{id}/chronology/from-entry/{entry}     promote an entry ("Add to the chronology" on
//                                                             the entry's page), pre-filled from it
//   GET/POST /children/{id}/chronology/impact/{ref}           the impact on the child of one item ("/" in
//                                                             the reference written "~")
// The handlers borrow `context` and `service`, which outlive them.
std::vector<FeatureEndpoint> ChronologyPageEndpoints(AppContext& context, ChronologyService& service);

}  // namespace childrecord
