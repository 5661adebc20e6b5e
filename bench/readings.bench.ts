/**
 * Benchmark: how fast readings() finds the coherent accounts of a large
 * incident, next to a plain JSON.parse of its text and to reconcile(),
 * measured in one run so that the ratios hold on a noisy, shared machine.
 *
 * - the synthetic incident of 10 000 claims (hundreds of contested
 *   questions, with parts and wholes joining many of them);
 * - a contrived worst case: 60 figures, each overlapping only its
 *   neighbours, whose alternatives grow exponentially, to show the bound.
 *
 * Run: npm run bench
 */
import { readings, reconcile } from "../src/index.js";
import { syntheticIncident } from "./synthetic.js";
import { meanTime } from "./timing.js";

const text = JSON.stringify(syntheticIncident(10_000, 1));
const result = reconcile(JSON.parse(text));
const jsonMs = meanTime(() => JSON.parse(text), 5);
const reconcileMs = meanTime(() => reconcile(JSON.parse(text)), 3);
const readingsMs = meanTime(() => readings(result), 5);
const read = readings(result);
const largest = read.components.reduce((a, b) => (b.claims.length > a.claims.length ? b : a));
const contested = result.questions.filter((q) => q.status === "contested").length;

console.log(`\nreadings of one incident of 10 000 claims (${result.questions.length} questions, ${contested} contested)`);
console.log(`  JSON.parse              ${jsonMs.toFixed(1).padStart(8)} ms`);
console.log(`  JSON.parse + reconcile  ${reconcileMs.toFixed(1).padStart(8)} ms   (${(reconcileMs / jsonMs).toFixed(1)}× JSON.parse)`);
console.log(
  `  readings                ${readingsMs.toFixed(1).padStart(8)} ms   (${(readingsMs / jsonMs).toFixed(1)}× JSON.parse, ${(readingsMs / reconcileMs).toFixed(2)}× reconcile)`,
);
console.log(`  components              ${read.components.length}, the largest of ${largest.claims.length} claims over ${largest.questions.length} questions`);
console.log(
  `  listed                  ${read.components.filter((c) => c.exact).length} components in full; ${read.components.filter((c) => !c.exact).length} with more than 64 alternatives, counted not listed`,
);
console.log(`  unopposed claims        ${read.unopposed.claims.length}`);

/**
 * A whole of 10 against 30 parts, each given as 5 by one source and 50 by
 * another: every part's 50 contradicts its 5 and exceeds the whole, so the
 * accounts number 2^30 — the whole with every 5, or any mix of fives and
 * fifties without the whole. Enumeration stops at the bound.
 */
const towns = Array.from({ length: 30 }, (_, i) => `town-${i}`);
const explosive = reconcile({
  contested: 1,
  id: "explosive",
  places: [{ id: "region", name: "Region" }, ...towns.map((t) => ({ id: t, name: t, in: "region" }))],
  sources: [
    { id: "a", name: "A", kind: "media" },
    { id: "b", name: "B", kind: "media" },
  ],
  claims: [
    { id: "whole", source: "a", about: { facet: "killed", place: "region" }, value: 10 },
    ...towns.flatMap((t) => [
      { id: `${t}-low`, source: "a", about: { facet: "killed", place: t }, value: 5 },
      { id: `${t}-high`, source: "b", about: { facet: "killed", place: t }, value: 50 },
    ]),
  ],
});
const explosiveMs = meanTime(() => readings(explosive), 5);
const explosiveRead = readings(explosive);
console.log(`\nworst case: a whole against 30 parts given two ways (2^30 accounts)`);
console.log(
  `  readings                ${explosiveMs.toFixed(1).padStart(8)} ms; ${explosiveRead.components.length} component, at least ${explosiveRead.count} alternatives listed as none (exact: ${explosiveRead.exact})`,
);
