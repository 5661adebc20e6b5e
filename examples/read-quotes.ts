/**
 * A review aid built on the lexicon: reads the quote of every seed claim
 * with readPhrase and sets what the words suggest beside what the analyst
 * coded, so that a second reader can see at a glance where the coding and
 * the words agree, and where a claim deserves another look. The lexicon only
 * proposes; nothing here changes an incident.
 *
 * Run: npx tsx examples/read-quotes.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIncident, readPhrase, type Claim, type PhraseCandidate } from "../src/index.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
/** The facets readPhrase proposes; dates, places, actors, targets and motives it does not read. */
const READ = new Set(["control", "means", "killed", "wounded", "captured-persons", "missing", "neutralized", "looted", "seized", "destroyed"]);
let agree = 0;
let review = 0;

for (const file of readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const incident = parseIncident(JSON.parse(readFileSync(join(seedsDir, file), "utf8")));
  console.log(`\n${incident.title ?? incident.id}`);
  for (const claim of incident.claims) {
    const lang = claim.lang ?? incident.lang;
    if (claim.quote === undefined || lang === undefined || !READ.has(claim.about.facet)) continue;
    const reading = readPhrase(claim.quote, lang);
    const match = reading.candidates.some((c) => sameFacet(c, claim));
    if (match) agree += 1;
    else review += 1;
    const proposed = reading.candidates.map(describe).join("; ") || "nothing it reads";
    const hedge = reading.hedge ? ` [${reading.hedge.hedge}: « ${reading.hedge.words} »]` : "";
    console.log(`  ${match ? "✓" : "?"} ${claim.id.padEnd(26)} coded ${claim.about.facet}${claim.not ? " (not)" : ""}; the words suggest ${proposed}${hedge}`);
  }
}
console.log(`\n${agree} quotes agree with their coding; ${review} to look at again.`);

function sameFacet(candidate: PhraseCandidate, claim: Claim): boolean {
  if (candidate.facet !== claim.about.facet) return false;
  if (candidate.facet === "control") return candidate.value === claim.value && (candidate.not ?? false) === (claim.not ?? false);
  return true;
}

function describe(candidate: PhraseCandidate): string {
  const value = candidate.value === undefined ? "" : ` ${typeof candidate.value === "string" ? candidate.value : JSON.stringify(candidate.value)}`;
  return `${candidate.facet}${candidate.not ? " not" : ""}${value}`;
}
