/**
 * Builds an incident step by step, keeping every edit as patches: an audit
 * trail that can be stored, replayed from the start, or undone.
 *
 * Run: npx tsx examples/build-with-patches.ts
 */
import { strict as assert } from "node:assert";
import { addClaimsWithPatches, applyIncidentPatches, editIncidentWithPatches, parseIncident, reconcile, type Patch } from "../src/index.js";

const start = parseIncident({
  contested: 1,
  id: "niafunke-camp",
  places: [{ id: "camp", name: "Camp militaire de Niafunké" }],
  actors: [
    { id: "fama", name: "FAMa" },
    { id: "jnim", name: "JNIM" },
  ],
  sources: [
    { id: "jnim", name: "Communiqué du JNIM", kind: "party", actor: "jnim" },
    { id: "em", name: "État-major", kind: "party", actor: "fama" },
  ],
  claims: [],
});

const trail: Patch[][] = [];
let incident = start;

({ incident } = record(
  addClaimsWithPatches(incident, [
    { id: "took", source: "jnim", about: { facet: "control", place: "camp" }, value: "captured", quote: "pris le contrôle du camp", hedge: "claimed" },
  ]),
));
console.log(
  "after the group's statement:",
  reconcile(incident).questions.map((q) => `${q.key}: ${q.status}`),
);

({ incident } = record(
  addClaimsWithPatches(incident, [{ id: "repelled", source: "em", about: { facet: "control", place: "camp" }, value: "repelled", quote: "repoussés" }]),
));
console.log(
  "after the army's communiqué:",
  reconcile(incident)
    .flags.filter((f) => f.kind === "exclusive")
    .map((f) => f.note),
);

({ incident } = record(
  editIncidentWithPatches(incident, (draft) => {
    draft.title = "Attaque du camp de Niafunké";
  }),
));

const replayed = trail.reduce((current, patches) => applyIncidentPatches(current, patches), start);
assert.deepEqual(replayed, incident);
console.log(`replayed ${trail.length} edits from the audit trail: identical`);
console.log("the trail, as JSON:", JSON.stringify(trail.flat()).slice(0, 160), "…");

function record<T extends { patches: readonly Patch[] }>(edit: T): T {
  trail.push([...edit.patches]);
  return edit;
}
