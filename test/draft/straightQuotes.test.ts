import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { splitSentences } from "../../src/draft/splitSentences.js";

const texts = (text: string) => splitSentences(text, "en").map((s) => s.text);

describe("splitSentences keeps a quotation in straight quotes with its speaker", () => {
  it('keeps "… killed. … wounded," the governor said. in one sentence', () => {
    expect(texts('"Twelve people were killed. Many more were wounded," the governor said. The army sent troops.')).toEqual([
      '"Twelve people were killed. Many more were wounded," the governor said.',
      "The army sent troops.",
    ]);
  });

  it("ends a sentence at a quotation closed with a full stop", () => {
    expect(texts('He said: "We held the town." The army sent troops.')).toEqual(['He said: "We held the town."', "The army sent troops."]);
  });

  it("ends sentences as before where the line never closes the quotation", () => {
    expect(texts('"We held the town. They left at dawn. Nobody came back.')).toEqual(['"We held the town.', "They left at dawn.", "Nobody came back."]);
  });
});

describe("draftIncident gives a quotation of several sentences to the speaker named after it", () => {
  it("never gives the first quoted sentence to the outlet", () => {
    const draft = draftIncident('MAIDUGURI, Nigeria (AP) — "Twelve people were killed. Many more were wounded," Governor Babagana Zulum said.', { lang: "en" });
    const killed = draft.claims.filter((c) => c.about.facet === "killed");
    expect(killed.map((c) => draft.sources.find((s) => s.id === c.source)?.name)).toEqual(["Babagana Zulum (Governor)"]);
  });
});
