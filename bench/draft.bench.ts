/**
 * Benchmark: drafting an incident from an article takes time linear in the
 * article's length. The articles of the evaluation set (eval/draft/articles,
 * but for the final set, kept unseen until the end), French and English, are
 * joined into texts of growing size and drafted in one run; each time is set
 * beside JSON.parse of the same text as a JSON string, and per KiB, so that a
 * flat ratio shows linear reading.
 *
 * Run: npm run bench
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { draftIncident } from "../src/index.js";
import { timeWithin } from "./timing.js";

const root = join(import.meta.dirname, "..", "eval", "draft", "articles");

function articles(lang: "fr" | "en"): string {
  const texts: string[] = [];
  for (const set of readdirSync(root).filter((name) => name !== "final")) {
    for (const file of readdirSync(join(root, set))) {
      if (file.startsWith(`${lang}-`) && file.endsWith(".txt")) texts.push(readFileSync(join(root, set, file), "utf8"));
    }
  }
  return texts.join("\n\n");
}

console.log("\ndraftIncident: drafting time as the article grows");
for (const lang of ["fr", "en"] as const) {
  const base = articles(lang);
  for (const kib of [10, 100, 1000]) {
    const text = base.repeat(Math.ceil((kib * 1024) / base.length)).slice(0, kib * 1024);
    const json = JSON.stringify(text);
    const jsonMs = timeWithin(() => JSON.parse(json), 300);
    let claims = 0;
    const draftMs = timeWithin(() => {
      claims = draftIncident(text, { lang }).claims.length;
    }, 300);
    console.log(
      `  ${lang} ${String(kib).padStart(5)} KiB   ${draftMs.toFixed(1).padStart(8)} ms   ${(draftMs / kib).toFixed(2)} ms/KiB   ${(draftMs / jsonMs).toFixed(0).padStart(6)}× JSON.parse   ${claims} claims`,
    );
  }
}
