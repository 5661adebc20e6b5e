// Generated from the `conflict` vocabulary by `npm run docs` (scripts/docs.ts): do not edit.
// test/generated.test.ts fails when it no longer matches the vocabulary.

/**
 * The facets of the built-in vocabulary `conflict`, as literal types.
 *
 * @example
 * const facet: ConflictFacet = "killed";
 */
export type ConflictFacet = "occurred" | "location" | "perpetrator" | "target" | "means" | "control" | "killed" | "wounded" | "captured-persons" | "missing" | "neutralized" | "status" | "seized" | "destroyed" | "looted" | "motive";

/** The kind of each facet of `conflict`. */
export interface ConflictFacetKinds {
  readonly "occurred": "time";
  readonly "location": "place";
  readonly "perpetrator": "actor";
  readonly "target": "text";
  readonly "means": "set";
  readonly "control": "category";
  readonly "killed": "quantity";
  readonly "wounded": "quantity";
  readonly "captured-persons": "quantity";
  readonly "missing": "quantity";
  readonly "neutralized": "quantity";
  readonly "status": "category";
  readonly "seized": "quantity";
  readonly "destroyed": "quantity";
  readonly "looted": "quantity";
  readonly "motive": "text";
}

/** The names each category or set facet of `conflict` lists (a set marked open takes others too). */
export interface ConflictValues {
  readonly "means": "vbied" | "suicide-attack" | "shelling" | "mortar" | "rocket" | "heavy-weapons" | "small-arms" | "airstrike" | "drone" | "ied" | "ambush" | "arson";
  readonly "control": "captured" | "held" | "repelled" | "withdrew" | "retaken";
  readonly "status": "civilians" | "combatants" | "soldiers";
}

/** The facets of `conflict` whose sets take names beyond those listed. */
export type ConflictOpenFacet = "means";

/** The groups of people `conflict` knows. */
export type ConflictGroup = "soldiers" | "combatants" | "persons" | "civilians" | "children" | "women";

/** The items `conflict` counts. */
export type ConflictItem = "vehicles" | "motorcycles" | "weapons" | "ammunition" | "equipment" | "tanks" | "drones" | "aircraft" | "boats" | "camps" | "depots" | "houses" | "shops" | "schools" | "buildings" | "villages" | "granaries" | "food" | "livestock" | "fuel-tanks" | "vbieds" | "ieds";
