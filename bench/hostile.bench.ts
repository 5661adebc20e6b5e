/**
 * Benchmark: the hostile sizes of issue 14, each at two sizes so that the
 * growth shows — reconcile with and without words, and the text report —
 * next to a plain JSON.parse of the same text, measured in one run so that
 * the ratios hold on a noisy, shared machine where absolute times do not:
 *
 * - claims that all give a different figure (one finding with as many
 *   sides), and as many figures from ten sources (one finding with ten
 *   sides, and one self finding per source);
 * - a chain of places 10 000 deep with claims along it: tolls that fit their
 *   wholes (containment asked at every depth, nothing found), and tolls that
 *   vary (parts exceeding their wholes, a few findings per toll); an actor
 *   chain as deep, with tolls that fit;
 * - incidents of random answers, up to 100 000 claims.
 *
 * For each: the time of each step and its ratio to JSON.parse, the heap a
 * kept result holds (after a collection, when node runs with --expose-gc),
 * per claim, and how the time per claim changes from the smaller size to
 * the larger (×1.0 is linear).
 *
 * Run: npm run bench
 */
import { formatReport, reconcile } from "../src/index.js";
import { actorChain, allDifferentFigures, fewSourcesManyFigures, placeChain, randomAnswers } from "../test/fuzz/hostileSizes.js";
import { meanTime } from "./timing.js";

const collect = (globalThis as { gc?: () => void }).gc;

/** The heap a value built by `make` holds once built, in bytes (after a collection when one can be asked for). */
function heapHeld(make: () => unknown): { bytes: number; kept: unknown } {
  settle();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  settle();
  return { bytes: process.memoryUsage().heapUsed - before, kept };
}

/** Full collections until the heap stops shrinking, so that garbage of earlier steps is not counted. */
function settle(): void {
  if (!collect) return;
  let used = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5 && process.memoryUsage().heapUsed < used; i++) {
    used = process.memoryUsage().heapUsed;
    collect();
  }
}

interface Measure {
  readonly claims: number;
  readonly jsonMs: number;
  readonly dataMs: number;
  readonly wordsMs: number;
  readonly reportMs: number;
}

function measure(label: string, document: object, claims: number): Measure {
  const text = JSON.stringify(document);
  const repeat = claims >= 50_000 ? 1 : 3;
  JSON.parse(text); // warm up the parser on this text
  const jsonMs = meanTime(() => JSON.parse(text), repeat, repeat > 1);
  const dataMs = meanTime(() => reconcile(JSON.parse(text), { words: false }), repeat, repeat > 1);
  const wordsMs = meanTime(() => reconcile(JSON.parse(text)), repeat, repeat > 1);
  // Small results are kept several times over, so that the heap they hold stands out of the collector's noise.
  const copies = Math.max(1, Math.floor(20_000 / claims));
  const { bytes: held, kept } = heapHeld(() => Array.from({ length: copies }, () => reconcile(JSON.parse(text))));
  const bytes = held / copies;
  const result = (kept as ReturnType<typeof reconcile>[])[0]!;
  let length = 0;
  const reportMs = meanTime(() => void (length = formatReport(result).length), repeat, repeat > 1);
  const row = (name: string, ms: number) =>
    `  ${name.padEnd(34)} ${ms.toFixed(1).padStart(9)} ms   ${(ms / jsonMs).toFixed(1).padStart(7)}× JSON.parse   ${((ms * 1000) / claims).toFixed(1).padStart(7)} µs per claim`;
  console.log(
    `\n${label}: ${claims.toLocaleString("en")} claims, ${(text.length / 2 ** 20).toFixed(1)} MiB of JSON, ${result.flags.length.toLocaleString("en")} findings`,
  );
  console.log(row("JSON.parse", jsonMs));
  console.log(row("JSON.parse + reconcile, no words", dataMs));
  console.log(row("JSON.parse + reconcile", wordsMs));
  console.log(row("formatReport, text", reportMs));
  console.log(
    `  result kept                        ${(bytes / 2 ** 20).toFixed(1).padStart(9)} MiB heap, ${Math.round(bytes / claims).toLocaleString("en")} bytes per claim${collect ? "" : " (no --expose-gc: without a collection, noisy)"}; report ${(length / 1024).toFixed(0)} KiB`,
  );
  return { claims, jsonMs, dataMs, wordsMs, reportMs };
}

function growth(small: Measure, large: Measure): void {
  const per = (m: Measure, key: "dataMs" | "wordsMs" | "reportMs") => m[key] / m.claims;
  const ratio = (key: "dataMs" | "wordsMs" | "reportMs") => `×${(per(large, key) / per(small, key)).toFixed(1)}`;
  console.log(
    `  ×${large.claims / small.claims} claims → time per claim: reconcile without words ${ratio("dataMs")}, with words ${ratio("wordsMs")}, text report ${ratio("reportMs")} (×1.0 is linear)`,
  );
}

const families: [string, (claims: number) => object, readonly [number, number]][] = [
  ["all different figures", (n) => allDifferentFigures(n), [1_000, 4_000]],
  ["different figures from 10 sources", (n) => fewSourcesManyFigures(n, 10), [1_000, 4_000]],
  ["place chain 10 000 deep, tolls that fit their wholes", (n) => placeChain(10_000, n, "nested"), [500, 2_000]],
  ["place chain 10 000 deep, tolls that vary", (n) => placeChain(10_000, n), [500, 2_000]],
  ["actor chain 10 000 deep, tolls that fit their wholes", (n) => actorChain(10_000, n, "nested"), [500, 2_000]],
  ["random answers", (n) => randomAnswers(n), [25_000, 100_000]],
];

for (const [label, build, [small, large]] of families) {
  const measures = [small, large].map((claims) => measure(label, build(claims), claims));
  growth(measures[0]!, measures[1]!);
}
