/**
 * Two analysts coded the same RFI article about the Niafunké–Goundam attacks,
 * each on their own (seeds/niafunke-goundam-2023-11-24.json, and
 * test/fixtures/niafunke-goundam-second-coder.json). compareEncodings is the
 * double-coding check: where they differ, claim by claim, and how far they
 * agree per facet. mergeIncidents puts both into one incident, every claim
 * once, whose reconciliation holds the findings of both.
 *
 * Run: npx tsx examples/double-coding.ts
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compareEncodings, formatComparison, mergeIncidents, reconcile } from "../src/index.js";

const read = (...path: string[]): unknown => JSON.parse(readFileSync(join(import.meta.dirname, "..", ...path), "utf8"));
const first = read("seeds", "niafunke-goundam-2023-11-24.json");
const second = read("test", "fixtures", "niafunke-goundam-second-coder.json");

const check = compareEncodings(first, second);
console.log(formatComparison(check));
assert.deepEqual(
  check.differ.map((pair) => [pair.a, pair.differences.map((d) => d.field)]),
  [
    ["jnim-niafunke-means", ["value"]],
    ["jnim-took-camp", ["hedge"]],
    ["em-repelled-niafunke", ["scope"]],
  ],
);

const merged = mergeIncidents(first, second);
console.log(
  `Merged: ${merged.incident.claims.length} claims (${merged.sameClaims.length} both coders made, kept once); ids renamed: ${merged.collisions.map((c) => `${c.id} → ${c.renamed}`).join(", ")}.`,
);
const kinds = (flags: readonly { kind: string }[]) => new Set(flags.map((f) => f.kind));
for (const kind of [...kinds(reconcile(first).flags), ...kinds(reconcile(second).flags)]) assert.ok(kinds(reconcile(merged.incident).flags).has(kind));
