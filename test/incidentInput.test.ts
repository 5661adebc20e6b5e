import { describe, expect, expectTypeOf, it } from "vitest";
import type { ClaimInput, ConflictFacet, ConflictIncidentInput, IncidentInput } from "../src/index.js";
import { conflict, parseIncident, reconcile } from "../src/index.js";

/**
 * The input types are checked by the type-check (`tsc --noEmit`, part of
 * `npm test`): each expectTypeOf below fails to compile when the types stop
 * catching what they must catch. The runtime assertions keep the literal
 * types in step with the vocabulary.
 */
const incident = {
  contested: 1,
  id: "demo",
  places: [{ id: "camp", name: "Camp" }],
  sources: [
    { id: "rfi", name: "RFI", kind: "media" },
    { id: "em", name: "État-major", kind: "party", actor: "fama" },
  ],
  actors: [{ id: "fama", name: "FAMa" }],
  claims: [
    { id: "a", source: "rfi", about: { facet: "control", place: "camp" }, value: "captured", hedge: "reported" },
    { id: "b", source: "em", about: { facet: "killed", group: "soldiers" }, value: { approx: 50 }, said: "2023-11-24" },
    { id: "c", source: "em", about: { facet: "means" }, value: ["shelling", "a means no list names"] },
    { id: "d", source: "rfi", about: { facet: "occurred" }, value: { from: "2023-11-24", to: "2023-11-25" }, note: "a tool's own field" },
  ],
} satisfies ConflictIncidentInput;

describe("IncidentInput", () => {
  it("types a valid incident, which parseIncident and reconcile accept as it is", () => {
    expectTypeOf(incident).toExtend<IncidentInput>();
    expectTypeOf(incident).toExtend<IncidentInput<ConflictFacet>>();
    expectTypeOf(parseIncident).toBeCallableWith(incident);
    expectTypeOf(reconcile).toBeCallableWith(incident);
    expect(reconcile(incident).flags.map((f) => f.kind)).toContain("single-source");
  });

  it("catches a source kind or a hedge it does not know, for any vocabulary", () => {
    type Source = { id: "x"; name: "X"; kind: "media" };
    type Claim = { id: "c"; source: "x"; about: { facet: "anything" }; value: 3 };
    type Doc<S, C> = { contested: 1; id: "i"; sources: S[]; claims: C[] };
    expectTypeOf<Doc<Source, Claim>>().toExtend<IncidentInput>();
    expectTypeOf<Doc<Omit<Source, "kind"> & { kind: "press" }, Claim>>().not.toExtend<IncidentInput>();
    expectTypeOf<Doc<Source, Claim & { hedge: "maybe" }>>().not.toExtend<IncidentInput>();
    expectTypeOf<Doc<Source, Omit<Claim, "value"> & { value: { aprox: 50 } }>>().not.toExtend<IncidentInput>();
    expectTypeOf<{ contested: 1; id: "i"; claims: [] }>().not.toExtend<IncidentInput>();
  });

  it("with the built-in vocabulary's facets, catches a source kind, a facet, a category value or a hedge it does not know", () => {
    type Source = { id: "x"; name: "X"; kind: "media" };
    type Claim = { id: "c"; source: "x"; about: { facet: "control" }; value: "captured" };
    type Doc<S, C> = { contested: 1; id: "i"; sources: S[]; claims: C[] };
    expectTypeOf<Doc<Source, Claim>>().toExtend<ConflictIncidentInput>();
    expectTypeOf<Doc<Omit<Source, "kind"> & { kind: "press" }, Claim>>().not.toExtend<ConflictIncidentInput>();
    expectTypeOf<Doc<Source, Omit<Claim, "about"> & { about: { facet: "kiled" } }>>().not.toExtend<ConflictIncidentInput>();
    expectTypeOf<Doc<Source, Omit<Claim, "value"> & { value: "capturd" }>>().not.toExtend<ConflictIncidentInput>();
    expectTypeOf<Doc<Source, Claim & { hedge: "maybe" }>>().not.toExtend<ConflictIncidentInput>();
  });

  it("types each facet's value by its kind: a count for a quantity, names for a set, an ISO time or range for a time", () => {
    type Typed = ClaimInput<ConflictFacet>;
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "killed" }; value: { aprox: 50 } }>().not.toExtend<Typed>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "killed" }; value: "captured" }>().not.toExtend<Typed>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "killed" }; value: "withheld" }>().toExtend<Typed>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "status" }; value: "civilians" }>().toExtend<Typed>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "means" }; value: ["shelling", "a name no list has"] }>().toExtend<Typed>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "occurred" }; value: { from: "2023"; to: "2024" } }>().toExtend<Typed>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "occurred" }; value: 12 }>().not.toExtend<Typed>();
  });

  it("takes another vocabulary's facets when given them, and any facet by default", () => {
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "cases" }; value: 12 }>().toExtend<ClaimInput<"cases" | "deaths">>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "casse" }; value: 12 }>().not.toExtend<ClaimInput<"cases" | "deaths">>();
    expectTypeOf<{ id: "k"; source: "s"; about: { facet: "anything" }; value: "x" }>().toExtend<ClaimInput>();
  });

  it("names the built-in vocabulary's facets as literal types, the same as the vocabulary's", () => {
    expectTypeOf<"killed">().toExtend<ConflictFacet>();
    expectTypeOf<"kiled">().not.toExtend<ConflictFacet>();
    const facets: readonly ConflictFacet[] = [
      "occurred",
      "location",
      "perpetrator",
      "target",
      "means",
      "control",
      "killed",
      "wounded",
      "captured-persons",
      "missing",
      "neutralized",
      "status",
      "seized",
      "destroyed",
      "looted",
      "motive",
    ];
    expect([...facets].sort()).toEqual(Object.keys(conflict.facets).sort());
  });
});
