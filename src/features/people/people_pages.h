#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/people/people_service.h"

namespace childrecord::features::people {

// The People tab (R3, R5, R7, R13): everyone in the child's life grouped by how they matter, who
// lives in the home and who holds parental responsibility, family time, private providers and
// the history of changes. Handlers borrow `context` and `service`, which outlive them.
std::vector<FeatureEndpoint> PeopleTabEndpoints(AppContext& context, PeopleService& service);

// The forms that add to the People tab: add a person, change a person's details, arrange family
// time, add a private provider. Each keeps what was typed on an error.
std::vector<FeatureEndpoint> PeopleFormEndpoints(AppContext& context, PeopleService& service);

}  // namespace childrecord::features::people
