#pragma once

// The features of childrecord, one line each (the userver way: features register in one list).
// Adding a feature is a folder src/features/<name>/ and one line here; docs/architecture.md
// ("How to add a feature") lists what the folder holds. Each feature defines, in namespace
// childrecord::features::<name>:
//   FeatureEvents Events();                    in <name>_events.cc (pure: record/projection.h)
//   FeatureModule Module(AppContext& context); in <name>_module.cc (features/feature_module.h)
// The pure rules library reads the list for Events() (feature_events.cc) and the application for
// Module() (app/modules.cc); the build puts a feature's *_rules.cc and *_events.cc in the pure
// library and its other files in childrecord_core.
// The order is the order of the Overview's sections and of what its access-log row says it showed
// (SPEC §4: one row per record a page read): entries come first, so a page view reads and lists the
// latest entries right after the people, before the features' own sections.
#define CHILDRECORD_FEATURES(FEATURE) \
  FEATURE(children)                   \
  FEATURE(entries)                    \
  FEATURE(transfer)                   \
  FEATURE(access_log)                 \
  FEATURE(search)                     \
  FEATURE(closure)                    \
  FEATURE(allocation)                 \
  FEATURE(accounts)                   \
  FEATURE(identity)                   \
  FEATURE(documents)                  \
  FEATURE(people)                     \
  FEATURE(language)                   \
  FEATURE(restriction)                \
  FEATURE(referral)                   \
  FEATURE(home)                       \
  FEATURE(summary)                    \
  FEATURE(assessment)                 \
  FEATURE(plan)                       \
  FEATURE(chronology)                 \
  FEATURE(compliance)                 \
  FEATURE(genogram)
