/**
 * The demo: reconciles the five seed incidents and prints their reports —
 * for each question its status and positions, each claim's chain (its
 * source and the relays it reached us through), hedge and quote; then the
 * findings with their neutral notes, what independent origins agree on, the
 * coherent readings (the alternative accounts of each group of claims that
 * contradict one another) and a summary.
 *
 * Run: npm run demo            (English)
 *      npm run demo -- fr      (French)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatReport, reconcile } from "../src/index.js";

const lang = process.argv[2] === "fr" ? "fr" : "en";
const seedsDir = join(import.meta.dirname, "..", "seeds");

for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".json")).sort()) {
  const result = reconcile(JSON.parse(readFileSync(join(seedsDir, file), "utf8")), { lang });
  console.log(formatReport(result));
}
