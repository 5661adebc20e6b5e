/**
 * Benchmark: reading a CSV claims sheet takes time linear in its rows. A
 * synthetic incident (bench/synthetic.ts: a dozen sources, 121 nested places,
 * claims over four facets, one count in five given in words for the lexicon
 * to read) is written with toCsv at 10 000 and 100 000 claims and read back
 * with fromCsv; each time is given per 1 000 rows, beside the same incident as
 * JSON read with JSON.parse alone and with JSON.parse + parseIncident, and
 * beside papaparse splitting the text into cells, all measured in one run so
 * that the ratios hold on a noisy, shared machine where absolute times do not.
 *
 * Run: npm run bench
 */
import Papa from "papaparse";
import { fromCsv, parseIncident, toCsv } from "../src/index.js";
import { syntheticIncident } from "./synthetic.js";
import { bestTime } from "./timing.js";

/** The best of a few runs, so that a pause of the collector does not count as reading. */

const perThousand = (ms: number, rows: number) => `${((ms / rows) * 1000).toFixed(2).padStart(7)} ms / 1 000 rows`;
const results: { rows: number; csvMs: number; jsonMs: number }[] = [];
for (const [claims, repeat] of [
  [10_000, 5],
  [100_000, 3],
] as const) {
  const incident = parseIncident(syntheticIncident(claims, 1));
  const csv = toCsv(incident);
  const json = JSON.stringify(incident);
  const rows = csv.split("\r\n").length - 2;
  const check = fromCsv(csv);
  if (check.issues.length > 0 || check.incident.claims.length !== claims) throw new Error(`the sheet did not read back: ${check.issues.length} problems`);
  const csvMs = bestTime(() => fromCsv(csv), repeat);
  const cellsMs = bestTime(() => Papa.parse(csv, { delimiter: ",", header: false }), repeat);
  const jsonMs = bestTime(() => JSON.parse(json), repeat);
  const parsedMs = bestTime(() => parseIncident(JSON.parse(json)), repeat);
  const writeMs = bestTime(() => toCsv(incident), repeat);
  results.push({ rows, csvMs, jsonMs });
  console.log(
    `\n${claims.toLocaleString("en")} claims: ${rows.toLocaleString("en")} rows, ${(csv.length / 2 ** 20).toFixed(1)} MiB of CSV, ${(json.length / 2 ** 20).toFixed(1)} MiB of JSON`,
  );
  console.log(
    `  fromCsv                      ${csvMs.toFixed(0).padStart(6)} ms  ${perThousand(csvMs, rows)}   (${(csvMs / jsonMs).toFixed(0)}× JSON.parse, ${(csvMs / parsedMs).toFixed(1)}× JSON.parse + parseIncident)`,
  );
  console.log(`    of which papaparse's cells ${cellsMs.toFixed(0).padStart(6)} ms  ${perThousand(cellsMs, rows)}`);
  console.log(`  JSON.parse                   ${jsonMs.toFixed(0).padStart(6)} ms  ${perThousand(jsonMs, rows)}`);
  console.log(`  JSON.parse + parseIncident   ${parsedMs.toFixed(0).padStart(6)} ms  ${perThousand(parsedMs, rows)}`);
  console.log(`  toCsv                        ${writeMs.toFixed(0).padStart(6)} ms  ${perThousand(writeMs, rows)}`);
}
const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
const growth = large.csvMs / large.rows / (small.csvMs / small.rows);
console.log(`\nper row, 100 000 rows cost ${growth.toFixed(2)}× what 10 000 do (1.00 is linear)`);
