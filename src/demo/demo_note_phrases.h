#pragma once

// Internal to the demo's note writers (demo_notes.cc): the phrases case notes are built from and
// how a phrase's {placeholders} ({child}, {they}, {parent}, {school}, ...) are filled from a
// NoteContext. Everything here is invented.

#include <string>
#include <string_view>
#include <vector>

#include "demo/demo_notes.h"
#include "demo/demo_random.h"

namespace childrecord::demo::phrases {

using Texts = std::vector<std::string_view>;

// Babies and toddlers (under 4), children (under 12) and teenagers: what a child can tell us,
// and so which phrases suit them.
enum class Band { kBaby, kChild, kTeen };
Band BandOf(const NoteContext& c);

// The template with every {placeholder} replaced from the context.
std::string Fill(std::string_view tmpl, const NoteContext& c);

// A random template of `texts` whose placeholders the context can fill (none about a school for a
// baby at home, none about a brother or sister for an only child), filled; "" when none fits.
std::string Pick(Rng& rng, const Texts& texts, const NoteContext& c);

// `baby`, `child` or `teen`, by the child's band.
const Texts& ByBand(const NoteContext& c, const Texts& baby, const Texts& child, const Texts& teen);

// Whether the child was seen, and seen alone, on a visit (or why not).
std::string SeenLine(Rng& rng, const NoteContext& c, bool at_school);

// What the child said, or what their behaviour told us.
extern const Texts kBabyVoice, kChildVoice, kTeenVoice;
// What is going well, at home or in care.
extern const Texts kStrengths, kCareStrengths;
// What we are worried about.
extern const Texts kWorries, kBabyWorries, kTeenWorries;
// What the parent or carer said.
extern const Texts kParentViews;
// What needs to happen next, and the practitioner's analysis.
extern const Texts kNextSteps, kAnalysis;
// Why and where a visit happened.
extern const Texts kVisitPurposes, kPlaces;

}  // namespace childrecord::demo::phrases
