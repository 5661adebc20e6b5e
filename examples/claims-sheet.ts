/**
 * A claims sheet, as a team keeps it in a spreadsheet: the Niafunké–Goundam
 * seed as CSV (examples/niafunke-goundam-2023-11-24.csv, written by toCsv),
 * read back to the very incident, then edited as an analyst would edit it —
 * a figure changed, a claim added, a source's name mistyped — and read again:
 * the edits come in, the typo is refused with its row and column, and the
 * report of the new version says what changed since the first.
 *
 * Run: npx tsx examples/claims-sheet.ts
 */
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatReport, formatSheetIssue, fromCsv, parseIncident, reconcile } from "../src/index.js";

const sheet = readFileSync(join(import.meta.dirname, "niafunke-goundam-2023-11-24.csv"), "utf8");
const seed: unknown = JSON.parse(readFileSync(join(import.meta.dirname, "..", "seeds", "niafunke-goundam-2023-11-24.json"), "utf8"));

// The sheet is the seed: every claim, source, actor and place, as they were.
const first = fromCsv(sheet);
assert.deepEqual([first.issues, first.created], [[], []]);
assert.deepEqual(first.incident, parseIncident(seed));
console.log(`${first.incident.claims.length} claims read back from the sheet, unchanged.`);

// An analyst's edits, made in the spreadsheet: local sources now say about sixty,
// a count of wounded comes in, and a new row names "Sources locale" (a typo).
const lines = sheet.split("\r\n");
const at = lines.findIndex((line) => line.startsWith("claim,local-toll,"));
lines[at] = lines[at]!.replace(",une cinquantaine,", ",~60,");
lines.splice(
  at + 1,
  0,
  "claim,local-wounded,Sources locales,local,RFI,,wounded,fama,soldiers,niafunke,,,,une vingtaine,,reported,une vingtaine de blessés,,,,,,,,,,,",
);
lines.splice(at + 2, 0, "claim,local-missing,Sources locale,local,RFI,,missing,fama,soldiers,niafunke,,,,3,,reported,trois disparus,,,,,,,,,,,");
const edited = fromCsv(lines.join("\r\n"));

console.log("\nProblems in the edited sheet:");
for (const issue of edited.issues) console.log(`  ${formatSheetIssue(issue)}`);
assert.deepEqual(
  edited.issues.map((i) => [i.row, i.column, i.code]),
  [[at + 3, "source", "near-name"]],
);
assert.deepEqual(edited.incident.claims.find((c) => c.id === "local-toll")?.value, { approx: 60 });
assert.ok(edited.incident.claims.some((c) => c.id === "local-wounded"));

// The new version's report says what changed since the first.
const report = formatReport(reconcile(edited.incident), { since: reconcile(first.incident) });
const since = report.split("\n").filter((line) => line.startsWith("Δ"));
console.log("\nSince the first version:");
for (const line of since) console.log(`  ${line}`);
assert.ok(since.some((line) => line.includes("about 60")));
