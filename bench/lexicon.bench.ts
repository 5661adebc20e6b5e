/**
 * Benchmark: the phrase lexicon reads in time linear in the length of the
 * text. Each text is read by parseQuantity and readPhrase and timed next to
 * JSON.parse of the same text as a JSON string, in one run; the ratio stays
 * flat as the text grows a thousandfold when reading is linear. The last
 * texts are built to trap a backtracking reader (long runs of numbers and
 * modifiers with nothing to close them).
 *
 * Run: npm run bench
 */
import { parseQuantity, readPhrase } from "../src/index.js";
import { timeWithin } from "./timing.js";

const SENTENCE =
  "Le Jnim avance un bilan de plusieurs dizaines de soldats maliens tués et deux faits prisonniers ; " +
  "les assaillants auraient été « repoussés » et « mis en déroute », selon l’armée, qui n’a pas souhaité apporter de précisions ni de bilan. ";

function measure(label: string, text: string) {
  const json = JSON.stringify(text);
  const jsonMs = timeWithin(() => JSON.parse(json), 200);
  const quantityMs = timeWithin(() => parseQuantity(text, "fr"), 200);
  const phraseMs = timeWithin(() => readPhrase(text, "fr"), 200);
  const kb = text.length / 1024;
  console.log(
    `  ${label.padEnd(34)} ${kb.toFixed(0).padStart(6)} KiB   readPhrase ${phraseMs.toFixed(2).padStart(9)} ms (${(phraseMs / jsonMs).toFixed(0).padStart(5)}× JSON.parse, ${(phraseMs / kb).toFixed(3)} ms/KiB)   parseQuantity ${(quantityMs / jsonMs).toFixed(0).padStart(5)}× JSON.parse`,
  );
}

console.log("\nlexicon: reading time as the text grows");
for (const copies of [4, 40, 400, 4000]) measure(`seed-like sentences ×${copies}`, SENTENCE.repeat(copies));
console.log("\nlexicon: texts built to trap a backtracking reader");
for (const copies of [1000, 10_000]) {
  measure(`"1 " ×${copies}`, "1 ".repeat(copies));
  measure(`"au moins plus de " ×${copies}`, "au moins plus de ".repeat(copies));
  measure(`"n'a pas " ×${copies}`, "n'a pas ".repeat(copies));
}
