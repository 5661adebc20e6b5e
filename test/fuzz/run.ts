/**
 * `npm run fuzz`: the fuzz suite at full size. It runs the promises of
 * {@link checkDocument} on ten thousand documents (mutated seeds and
 * generated incidents, with nesting up to 20 000 deep and strings up to
 * 1 MB), on every value JSON cannot hold, and on the hostile sizes of issue
 * 14; then prints how many cases of each origin it ran and how many failed
 * each promise, with the smallest failing case fast-check shrinks each kind
 * to. Exits with 1 when any promise failed.
 *
 *   npm run fuzz                      # 10 000 documents, seed 14
 *   npm run fuzz -- --runs 50000 --seed 7
 *
 * Times are printed for information only: no case fails for being slow.
 */
import fc from "fast-check";
import { checkDocument, type Failure } from "./checkDocument.js";
import { EXOTIC_VALUES } from "./exoticValues.js";
import { fuzzCase, LARGE, SEEDS, type FuzzCase } from "./fuzzCase.js";
import { HOSTILE_SIZES } from "./hostileSizes.js";
import { setOwn } from "./jsonData.js";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`--${name} takes a whole number, not ${process.argv[at + 1]}`);
  return value;
};
const runs = option("runs", 10_000);
const seed = option("seed", 14);

interface Tally {
  count: number;
  first: string;
  detail: string;
}
const failures = new Map<string, Tally>();
const origins = new Map<string, number>();
const operations = new Map<string, number>();
let accepted = 0;
let issues = 0;
const slowest: { ms: number; what: string }[] = [];
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function record(what: string, found: readonly Failure[], ms: number): void {
  for (const failure of found) {
    const tally = failures.get(failure.kind);
    if (tally) tally.count++;
    else failures.set(failure.kind, { count: 1, first: what, detail: failure.detail });
  }
  slowest.push({ ms, what });
  slowest.sort((a, b) => b.ms - a.ms);
  slowest.length = Math.min(slowest.length, 5);
}

function run(what: string, input: unknown): void {
  const start = performance.now();
  const outcome = checkDocument(input);
  if (outcome.accepted) accepted++;
  issues += outcome.issues;
  record(what, outcome.failures, performance.now() - start);
}

console.log(`contested fuzz: ${runs.toLocaleString("en")} documents, seed ${seed}`);
const started = performance.now();

// 1. Documents: mutated seeds and generated incidents.
let done = 0;
fc.check(
  fc.property(fuzzCase(LARGE), (fuzz: FuzzCase) => {
    bump(
      origins,
      fuzz.origin.startsWith("seed")
        ? fuzz.mutations.length > 0
          ? "mutated seed"
          : "seed"
        : fuzz.mutations.length > 0
          ? "mutated generated document"
          : "generated document",
    );
    for (const m of fuzz.mutations) bump(operations, m.op);
    if (fuzz.exotic) bump(operations, `exotic: ${fuzz.exotic.what}`);
    run(fc.stringify(fuzz), fuzz.input);
    if (++done % 1000 === 0) console.log(`  ${done.toLocaleString("en")} documents, ${[...failures.values()].reduce((n, t) => n + t.count, 0)} failures`);
    return true;
  }),
  { seed, numRuns: runs },
);

// 2. Every value JSON cannot hold, as the document and inside each seed.
let exoticCases = 0;
for (const [what, make] of Object.entries(EXOTIC_VALUES)) {
  run(`${what}, as the document`, make());
  exoticCases++;
  for (const [name, document] of Object.entries(SEEDS)) {
    for (const field of ["id", "sources", "x-tool"]) {
      const input = structuredClone(document) as object;
      setOwn(input, field, make());
      run(`${what}, as ${field} of seed ${name}`, input);
      exoticCases++;
    }
  }
}

// 3. The hostile sizes of issue 14.
const sizes: string[] = [];
for (const [what, build] of Object.entries(HOSTILE_SIZES)) {
  const input = build();
  const start = performance.now();
  const outcome = checkDocument(input, { languages: ["en"] });
  const ms = performance.now() - start;
  if (outcome.accepted) accepted++;
  issues += outcome.issues;
  record(what, outcome.failures, ms);
  const verdict = outcome.accepted ? "accepted" : `refused, ${outcome.issues.toLocaleString("en")} ${outcome.issues === 1 ? "issue" : "issues"}`;
  sizes.push(
    `  ${what.padEnd(44)} ${verdict.padEnd(22)} ${(ms / 1000).toFixed(1).padStart(6)} s  ${outcome.failures.length === 0 ? "ok" : `${outcome.failures.length} failures`}`,
  );
}

// 4. Shrink one case of each kind of failure among the documents.
const shrunk = new Map<string, string>();
for (const kind of failures.keys()) {
  const details = fc.check(
    fc.property(fuzzCase(LARGE), (fuzz: FuzzCase) => !checkDocument(fuzz.input).failures.some((f) => f.kind === kind)),
    { seed, numRuns: runs },
  );
  if (details.failed && details.counterexample) {
    const [fuzz] = details.counterexample;
    const failure = checkDocument(fuzz.input).failures.find((f) => f.kind === kind);
    shrunk.set(kind, `${fc.stringify(fuzz)} → ${failure?.detail ?? "(passes when run again)"}`);
  }
}

const total = runs + exoticCases + sizes.length;
console.log(
  `\n${total.toLocaleString("en")} cases in ${((performance.now() - started) / 1000).toFixed(0)} s: ${accepted.toLocaleString("en")} accepted, ${(total - accepted).toLocaleString("en")} refused with ${issues.toLocaleString("en")} issues`,
);
console.log("\nDocuments by origin");
for (const [origin, count] of [...origins].sort()) console.log(`  ${origin.padEnd(28)} ${count.toLocaleString("en").padStart(7)}`);
console.log(`  ${"values JSON cannot hold".padEnd(28)} ${exoticCases.toLocaleString("en").padStart(7)}`);
console.log(`  ${"hostile sizes".padEnd(28)} ${sizes.length.toLocaleString("en").padStart(7)}`);
console.log("\nMutations applied");
for (const [op, count] of [...operations].sort()) console.log(`  ${op.padEnd(40)} ${count.toLocaleString("en").padStart(7)}`);
console.log("\nHostile sizes");
console.log(sizes.join("\n"));
console.log("\nSlowest cases (for information: no case fails for its time)");
for (const { ms, what } of slowest) console.log(`  ${(ms / 1000).toFixed(2).padStart(6)} s  ${oneLine(what, 160)}`);

console.log(`\nFailures by kind${failures.size === 0 ? ": none" : ""}`);
for (const [kind, tally] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`  ${String(tally.count).padStart(6)}  ${kind}`);
  console.log(`      first: ${oneLine(tally.first, 300)}\n      → ${tally.detail}`);
  const minimal = shrunk.get(kind);
  if (minimal) console.log(`      smallest: ${oneLine(minimal, 1200)}`);
}
process.exitCode = failures.size === 0 ? 0 : 1;

function oneLine(text: string, max: number): string {
  const line = text.replace(/\s*\n\s*/gu, " ");
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
