import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { draftIncident, splitSentences } from "../../src/index.js";

const samples = join(import.meta.dirname, "..", "..", "examples", "workbench", "samples");

describe("splitSentences, the drafter's sentences as the package exports them", () => {
  it("returns each sentence with its offsets and paragraph, a rank's dots inside it", () => {
    expect(splitSentences("Lt. Col. Musa Bello said three soldiers died.\nResidents said 40.", "en")).toEqual([
      { start: 0, end: 45, text: "Lt. Col. Musa Bello said three soldiers died.", paragraph: 0 },
      { start: 46, end: 64, text: "Residents said 40.", paragraph: 1 },
    ]);
  });

  it("keeps a title and a quotation with the words that attribute them", () => {
    const text = "Selon M. Diallo, 12 soldats ont été tués. « Nous avons tenu. Ils sont partis », dit-il.";
    expect(splitSentences(text, "fr").map((s) => s.text)).toEqual([
      "Selon M. Diallo, 12 soldats ont été tués.",
      "« Nous avons tenu. Ils sont partis », dit-il.",
    ]);
  });

  it.each([
    ["damboa-base-attack.en.txt", "en"],
    ["tessit-camp-attack.fr.txt", "fr"],
  ] as const)("holds the evidence of every claim drafted from %s within one sentence", (file, lang) => {
    const text = readFileSync(join(samples, file), "utf8");
    const sentences = splitSentences(text, lang);
    const draft = draftIncident(text, { lang });
    expect(draft.claims.length).toBeGreaterThan(0);
    for (const { evidence } of draft.claims) expect(sentences.filter((s) => s.start <= evidence.start && evidence.end <= s.end)).toHaveLength(1);
  });
});
