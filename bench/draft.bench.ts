/**
 * Benchmark: drafting an incident from an article takes time linear in the
 * article's length. The articles of the evaluation set (eval/draft/articles,
 * but for the final set, kept unseen until the end), French and English, are
 * joined into texts of growing size and drafted in one run; each time is set
 * beside JSON.parse of the same text as a JSON string, and per KiB, so that a
 * flat ratio shows linear reading.
 *
 * Then one hostile sentence with no full stop, a clause with verbs of saying
 * repeated to 50 and 200 KiB (« L'armée a dit que 3 ont été tués, des
 * responsables ont indiqué que 4 … », "The army said 3 were killed,
 * officials said 4 …", and quotations): its time per KiB at both sizes and
 * their ratio, which stays near 1 when a long sentence is read in linear
 * time (it was 22 s for 233 KiB when each verb searched the sentence again).
 *
 * Run: npm run bench
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { draftIncident } from "../src/index.js";
import { bestTime, timeWithin } from "./timing.js";

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

console.log("\ndraftIncident: one sentence with no full stop, full of verbs of saying");
const LONG_SENTENCES = [
  ["fr", "L'armée a dit que 3 ont été tués, des responsables ont indiqué que 4 ont été tués, des habitants ont affirmé que 5 ont été tués, "],
  ["en", "The army said 3 were killed, officials said 4 were killed, residents said 5 were killed, "],
  ["en", '"3 dead" the army said, "4 killed" '],
] as const;
for (const [lang, clause] of LONG_SENTENCES) {
  const perKib = [50, 200].map((kib) => {
    const text = `${clause
      .repeat(Math.ceil((kib * 1024) / clause.length))
      .slice(0, kib * 1024 - 1)
      .replace(/[\s,"]+$/u, "")}.`;
    const ms = bestTime(() => draftIncident(text, { lang }), 2);
    console.log(`  ${lang} ${String(kib).padStart(5)} KiB   ${ms.toFixed(0).padStart(8)} ms   ${(ms / kib).toFixed(2)} ms/KiB   ${clause.slice(0, 32)}…`);
    return ms / kib;
  });
  console.log(`  ${lang}  200 KiB / 50 KiB, per KiB: ${(perKib[1]! / perKib[0]!).toFixed(2)}× (1× is linear)`);
}
