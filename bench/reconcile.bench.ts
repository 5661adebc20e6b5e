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

const SOURCES = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, kind: i % 3 === 0 ? "party" : "media", ...(i % 3 === 0 ? { actor: i % 2 ? "fama" : "jnim" } : {}) }));
const PLACES = [
  { id: "region", name: "Region" },
  ...Array.from({ length: 40 }, (_, i) => ({ id: `town-${i}`, name: `Town ${i}`, in: "region" })),
  ...Array.from({ length: 80 }, (_, i) => ({ id: `camp-${i}`, name: `Camp ${i}`, in: `town-${i % 40}` })),
];

/** Counts given in words, read by the lexicon when the incident is parsed. */
const PHRASES = ["une cinquantaine", "plusieurs dizaines", "au moins 12", "près de 1 200", "une vingtaine de soldats", "entre 20 et 30"];

/** A deterministic pseudo-random sequence, so every run measures the same incident. */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Small incidents name a handful of places, as real ones do; the big one names all 121. */
const FEW_PLACES = PLACES.filter((p) => ["region", "town-0", "town-1", "camp-0", "camp-1", "camp-40"].includes(p.id));

function syntheticIncident(claims: number, seed: number, placeList = PLACES): object {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const places = placeList.map((p) => p.id);
  return {
    contested: 1,
    id: `synthetic-${seed}`,
    lang: "fr",
    actors: [
      { id: "fama", name: "FAMa" },
      { id: "jnim", name: "JNIM" },
    ],
    places: placeList,
    sources: SOURCES,
    claims: Array.from({ length: claims }, (_, i) => {
      const source = pick(SOURCES).id;
      const said = `2023-11-${String(20 + Math.floor(next() * 8)).padStart(2, "0")}`;
      const base = { id: `c${i}`, source, said, quote: "…" };
      switch (Math.floor(next() * 4)) {
        case 0:
          return { ...base, about: { facet: "killed", party: pick(["fama", "jnim"]), place: pick(places) }, value: next() < 0.1 ? "withheld" : next() < 0.2 ? { phrase: pick(PHRASES) } : { approx: Math.floor(next() * 80) } };
        case 1:
          return { ...base, about: { facet: "control", place: pick(places) }, value: pick(["captured", "held", "repelled", "withdrew"]), ...(next() < 0.1 ? { not: true } : {}) };
        case 2:
          return { ...base, about: { facet: "means", place: pick(places) }, value: [pick(["vbied", "shelling", "drone", "mortar"])] };
        default:
          return { ...base, about: { facet: "occurred" }, value: said };
      }
    }),
  };
}

function time(run: () => void, repeat: number): number {
  run();
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run();
  return (performance.now() - start) / repeat;
}

function measure(label: string, texts: readonly string[], claimCount: number, repeat: number) {
  const jsonMs = time(() => texts.forEach((t) => JSON.parse(t)), repeat);
  const parseMs = time(() => texts.forEach((t) => parseIncident(JSON.parse(t))), repeat);
  const reconcileMs = time(() => texts.forEach((t) => reconcile(JSON.parse(t))), repeat);
  const before = process.memoryUsage().heapUsed;
  const kept = texts.slice(0, 1).map((t) => reconcile(JSON.parse(t)));
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  const flags = kept[0]!.flags.length;
  console.log(`\n${label}`);
  console.log(`  JSON.parse                 ${jsonMs.toFixed(1).padStart(8)} ms`);
  console.log(`  JSON.parse + parseIncident ${parseMs.toFixed(1).padStart(8)} ms   (${(parseMs / jsonMs).toFixed(1)}× JSON.parse)`);
  console.log(`  JSON.parse + reconcile     ${reconcileMs.toFixed(1).padStart(8)} ms   (${(reconcileMs / jsonMs).toFixed(1)}× JSON.parse)`);
  console.log(`  throughput                 ${Math.round(claimCount / (reconcileMs / 1000)).toLocaleString("en")} claims/s`);
  console.log(`  one result kept            ${heapMb.toFixed(1)} MiB heap, ${flags} flags`);
}

const big = JSON.stringify(syntheticIncident(10_000, 1));
const bigResult = reconcile(JSON.parse(big));
console.log(`one incident: 10 000 claims, ${bigResult.questions.length} questions, ${bigResult.questions.filter((q) => q.status === "contested").length} contested`);
measure("one incident of 10 000 claims", [big], 10_000, 5);

const many = Array.from({ length: 10_000 }, (_, i) => JSON.stringify(syntheticIncident(20, i + 2, FEW_PLACES)));
measure("10 000 incidents of 20 claims", many, 200_000, 1);
