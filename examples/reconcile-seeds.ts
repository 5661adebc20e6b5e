/**
 * The demo: reconciles the five seed incidents and prints their reports,
 * leading with what matters — a summary of the five, then the incidents
 * that hold contradictions, then the others. Each report starts with its
 * summary (contradictions, figures against a refusal, questions answered by
 * a single origin, agreements across parties), then the contested
 * questions, each claim's chain (its source and the relays it reached us
 * through), hedge and quote; then the findings with their neutral notes,
 * what independent origins agree on, the coherent readings (the alternative
 * accounts of each group of claims that contradict one another) and the
 * other questions.
 *
 * Run: npm run demo            (English)
 *      npm run demo -- fr      (French)
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatReports, reconcile } from "../src/index.js";

const lang = process.argv[2] === "fr" ? "fr" : "en";
const seedsDir = join(import.meta.dirname, "..", "seeds");

const files = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const results = files.map((file) => reconcile(JSON.parse(readFileSync(join(seedsDir, file), "utf8")), { lang }));
process.stdout.write(formatReports(results));
