/**
 * Benchmark: how fast parse + reconcile runs next to a plain JSON.parse of
 * the same text, measured in one run so that the ratio holds on a noisy,
 * shared machine where absolute times do not.
 *
 * - one incident of 10 000 claims (hundreds of questions, many contested;
 *   one count in five is given in words, for the lexicon to read);
 * - 10 000 incidents of 20 claims each, with 6 places each.
 *
 * Each figure is the fastest of a few rounds in which every variant runs in
 * turn, so that the machine's other work slows them alike; the result's heap
 * is measured between full collections (the bench script runs with
 * --expose-gc).
 *
 * The floor line says what no engine returning this shape can beat:
 * `JSON.parse` of the result's own JSON, the fastest way a JavaScript engine
 * builds that many objects, over `JSON.parse` of the input. A finding lists
 * every claim of each of its sides, twice (`claims` and `sides`), and every
 * claim has its provenance, so the result weighs three to four times its
 * input and building it alone costs about as many times `JSON.parse`.
 *
 * Run: npm run bench
 */
import { parseIncident, reconcile } from "../src/index.js";
import { FEW_PLACES, syntheticIncident } from "./synthetic.js";
import { heapHeldBy, interleavedBestTimes } from "./timing.js";

function measure(label: string, texts: readonly string[], claimCount: number, rounds: number) {
  // The floor under any engine that returns this shape: building the result alone, at JSON.parse's own speed, from its JSON.
  const resultTexts = texts.map((t) => JSON.stringify(reconcile(JSON.parse(t))));
  const dataTexts = texts.map((t) => JSON.stringify(reconcile(JSON.parse(t), { words: false })));
  const ms = interleavedBestTimes(
    {
      json: () => texts.forEach((t) => JSON.parse(t)),
      resultFloor: () => resultTexts.forEach((t) => JSON.parse(t)),
      dataFloor: () => dataTexts.forEach((t) => JSON.parse(t)),
      parse: () => texts.forEach((t) => parseIncident(JSON.parse(t))),
      reconcile: () => texts.forEach((t) => reconcile(JSON.parse(t))),
      data: () => texts.forEach((t) => reconcile(JSON.parse(t), { words: false })),
    },
    rounds,
  );
  // Enough results kept at once for their heap to stand out from the noise of a collection.
  const keptTexts = texts.slice(0, 500);
  const kept = heapHeldBy(() => keptTexts.map((t) => reconcile(JSON.parse(t))));
  const ratio = (value: number) => `(${(value / ms.json).toFixed(1)}× JSON.parse)`;
  console.log(`\n${label}`);
  console.log(`  JSON.parse                              ${ms.json.toFixed(1).padStart(8)} ms`);
  console.log(`  JSON.parse + parseIncident              ${ms.parse.toFixed(1).padStart(8)} ms   ${ratio(ms.parse)}`);
  console.log(`  JSON.parse + reconcile                  ${ms.reconcile.toFixed(1).padStart(8)} ms   ${ratio(ms.reconcile)}`);
  console.log(`  JSON.parse + reconcile, words: false    ${ms.data.toFixed(1).padStart(8)} ms   ${ratio(ms.data)}`);
  const bytes = (list: readonly string[]) => list.reduce((sum, t) => sum + t.length, 0);
  const inputBytes = bytes(texts);
  console.log(
    `  floor: JSON.parse of the result's own JSON ${ratio(ms.resultFloor)} with words, ${ratio(ms.dataFloor)} without (the result is ${(bytes(resultTexts) / inputBytes).toFixed(1)}×, ${(bytes(dataTexts) / inputBytes).toFixed(1)}× the input's bytes)`,
  );
  console.log(
    `  throughput                 ${Math.round(claimCount / (ms.reconcile / 1000)).toLocaleString("en")} claims/s, ${((ms.reconcile * 1000) / claimCount).toFixed(1)} µs per claim`,
  );
  const keptClaims = (claimCount / texts.length) * keptTexts.length;
  const held =
    kept.bytes === undefined
      ? "heap not measured (run with --expose-gc)"
      : `${(kept.bytes / 2 ** 20).toFixed(1)} MiB heap (${Math.round(kept.bytes / keptClaims)} bytes per claim)`;
  console.log(
    `  ${keptTexts.length === 1 ? "one result" : `${keptTexts.length} results`} kept${" ".repeat(keptTexts.length === 1 ? 16 : 12)}${held}, ${kept.value[0]!.flags.length} flags in the first`,
  );
  return (ms.reconcile * 1000) / claimCount;
}

const big = JSON.stringify(syntheticIncident(10_000, 1));
const bigResult = reconcile(JSON.parse(big));
console.log(
  `one incident: 10 000 claims, ${bigResult.questions.length} questions, ${bigResult.questions.filter((q) => q.status === "contested").length} contested`,
);
measure("one incident of 10 000 claims", [big], 10_000, 5);

const many = Array.from({ length: 10_000 }, (_, i) => JSON.stringify(syntheticIncident(20, i + 2, FEW_PLACES)));
measure("10 000 incidents of 20 claims", many, 200_000, 3);

console.log("\nper-claim cost as one incident grows (flat when the cost is linear)");
let previous: number | undefined;
for (const size of [1_000, 10_000, 100_000]) {
  const text = JSON.stringify(syntheticIncident(size, 7));
  const perClaim = measure(`one incident of ${size.toLocaleString("en")} claims`, [text], size, size >= 100_000 ? 2 : 5);
  if (previous !== undefined) console.log(`  ×10 claims: ×${((perClaim * 10) / previous).toFixed(1)} time`);
  previous = perClaim;
}
