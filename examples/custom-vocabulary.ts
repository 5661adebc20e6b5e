/**
 * The same engine on another domain: a disputed election result, with a
 * vocabulary defined as plain data.
 *
 * Run: npx tsx examples/custom-vocabulary.ts
 */
import { strict as assert } from "node:assert";
import { defineVocabulary, reconcile } from "../src/index.js";

const elections = defineVocabulary({
  name: "elections",
  facets: {
    turnout: { kind: "quantity", description: "votes cast" },
    "votes-for": { kind: "quantity", description: "votes for `party`", partOf: ["turnout"] },
    winner: { kind: "actor" },
    outcome: { kind: "category", values: ["certified", "annulled", "contested-in-court"], exclusive: [["certified", "annulled"]] },
    held: { kind: "time" },
  },
});

const result = reconcile(
  {
    contested: 1,
    id: "district-7",
    actors: [
      { id: "blue", name: "Blue Party" },
      { id: "green", name: "Green List", aliases: ["Greens"] },
    ],
    places: [{ id: "district-7", name: "District 7" }],
    sources: [
      { id: "commission", name: "Electoral commission", kind: "government" },
      { id: "observers", name: "Observer mission", kind: "international" },
      { id: "greens", name: "Green List press office", kind: "party", actor: "green" },
    ],
    claims: [
      { id: "c-turnout", source: "commission", about: { facet: "turnout", place: "district-7" }, value: 41200 },
      { id: "o-turnout", source: "observers", about: { facet: "turnout", place: "district-7" }, value: { approx: 40000, tolerance: 1500 } },
      { id: "g-votes", source: "greens", about: { facet: "votes-for", party: "green", place: "district-7" }, value: { atLeast: 45000 } },
      { id: "c-outcome", source: "commission", about: { facet: "outcome", place: "district-7" }, value: "certified" },
      { id: "g-outcome", source: "greens", about: { facet: "outcome", place: "district-7" }, value: "annulled" },
      { id: "c-winner", source: "commission", about: { facet: "winner", place: "district-7" }, value: "blue" },
      { id: "g-winner", source: "greens", about: { facet: "winner", place: "district-7" }, value: "Greens" },
    ],
  },
  { vocabulary: elections },
);

for (const flag of result.flags.filter((f) => f.severity === "contradiction")) console.log(`${flag.kind}: ${flag.note}`);

assert.deepEqual(
  result.flags
    .filter((f) => f.severity === "contradiction")
    .map((f) => f.kind)
    .sort(),
  ["exceeds-whole", "exclusive", "exclusive"],
);
// One exceeds-whole finding for the Greens' figure, against both turnouts it exceeds (the commission's and the observers').
assert.deepEqual(result.flags.find((f) => f.kind === "exceeds-whole")?.sides, [["g-votes"], ["c-turnout", "o-turnout"]]);
// The commission's and the observers' turnouts overlap (41 200 lies in 38 500–41 500): no contradiction between them,
// but the turnout is still contested, since the Greens' vote count exceeds it.
assert.equal(result.flags.filter((f) => f.kind === "disjoint").length, 0);
assert.equal(result.questions.find((q) => q.key === "turnout|place=district-7")?.status, "contested");
