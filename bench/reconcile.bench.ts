/**
 * Benchmark: how fast parse + reconcile runs next to a plain JSON.parse of
 * the same text, measured in one run so that the ratio holds on a noisy,
 * shared machine where absolute times do not.
 *
 * - one incident of 10 000 claims (hundreds of questions, many contested;
 *   one count in five is given in words, for the lexicon to read);
 * - 10 000 incidents of 20 claims each, with 6 places each.
 *
 * Run: npm run bench
 */
import { parseIncident, reconcile } from "../src/index.js";
import { FEW_PLACES, syntheticIncident } from "./synthetic.js";
import { meanTime } from "./timing.js";

function measure(label: string, texts: readonly string[], claimCount: number, repeat: number) {
  const jsonMs = meanTime(() => texts.forEach((t) => JSON.parse(t)), repeat);
  const parseMs = meanTime(() => texts.forEach((t) => parseIncident(JSON.parse(t))), repeat);
  const reconcileMs = meanTime(() => texts.forEach((t) => reconcile(JSON.parse(t))), repeat);
  const dataMs = meanTime(() => texts.forEach((t) => reconcile(JSON.parse(t), { words: false })), repeat);
  const before = process.memoryUsage().heapUsed;
  const kept = texts.slice(0, 1).map((t) => reconcile(JSON.parse(t)));
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const flags = kept[0]!.flags.length;
  const perClaim = (heapMb * 2 ** 20) / (claimCount / texts.length);
  console.log(`\n${label}`);
  console.log(`  JSON.parse                              ${jsonMs.toFixed(1).padStart(8)} ms`);
  console.log(`  JSON.parse + parseIncident              ${parseMs.toFixed(1).padStart(8)} ms   (${(parseMs / jsonMs).toFixed(1)}× JSON.parse)`);
  console.log(`  JSON.parse + reconcile                  ${reconcileMs.toFixed(1).padStart(8)} ms   (${(reconcileMs / jsonMs).toFixed(1)}× JSON.parse)`);
  console.log(`  JSON.parse + reconcile, words: false    ${dataMs.toFixed(1).padStart(8)} ms   (${(dataMs / jsonMs).toFixed(1)}× JSON.parse)`);
  console.log(
    `  throughput                 ${Math.round(claimCount / (reconcileMs / 1000)).toLocaleString("en")} claims/s, ${((reconcileMs * 1000) / claimCount).toFixed(1)} µs per claim`,
  );
  console.log(`  one result kept            ${heapMb.toFixed(1)} MiB heap (${Math.round(perClaim)} bytes per claim), ${flags} flags`);
  return (reconcileMs * 1000) / claimCount;
}

const big = JSON.stringify(syntheticIncident(10_000, 1));
const bigResult = reconcile(JSON.parse(big));
console.log(
  `one incident: 10 000 claims, ${bigResult.questions.length} questions, ${bigResult.questions.filter((q) => q.status === "contested").length} contested`,
);
measure("one incident of 10 000 claims", [big], 10_000, 5);

const many = Array.from({ length: 10_000 }, (_, i) => JSON.stringify(syntheticIncident(20, i + 2, FEW_PLACES)));
measure("10 000 incidents of 20 claims", many, 200_000, 1);

console.log("\nper-claim cost as one incident grows (flat when the cost is linear)");
let previous: number | undefined;
for (const size of [1_000, 10_000, 100_000]) {
  const text = JSON.stringify(syntheticIncident(size, 7));
  const perClaim = measure(`one incident of ${size.toLocaleString("en")} claims`, [text], size, size >= 100_000 ? 1 : 3);
  if (previous !== undefined) console.log(`  ×10 claims: ×${((perClaim * 10) / previous).toFixed(1)} time`);
  previous = perClaim;
}
