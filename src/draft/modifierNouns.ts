import type { LexiconLanguage } from "../lexicon/language.js";

/**
 * Nouns of places, buildings and vehicles that turn an English speaker noun
 * before them into a modifier ("the main government hospital", "a police
 * station", "an army convoy", "military positions"): such a phrase names a
 * thing, never someone who speaks. French puts the noun first (« l'hôpital
 * du gouvernement »), where the speaker noun is a complement already.
 */
export const MODIFIED_NOUNS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(),
  en: new Set([
    "hospital",
    "hospitals",
    "clinic",
    "school",
    "schools",
    "building",
    "buildings",
    "station",
    "stations",
    "base",
    "bases",
    "camp",
    "camps",
    "post",
    "posts",
    "outpost",
    "checkpoint",
    "checkpoints",
    "checkpost",
    "convoy",
    "convoys",
    "vehicle",
    "vehicles",
    "truck",
    "trucks",
    "van",
    "patrol",
    "patrols",
    "position",
    "positions",
    "barracks",
    "compound",
    "facility",
    "facilities",
    "helicopter",
    "helicopters",
    "aircraft",
    "jet",
    "jets",
    "plane",
    "planes",
    "drone",
    "drones",
    "uniform",
    "uniforms",
    "territory",
    "troops",
    "forces",
  ]),
};
