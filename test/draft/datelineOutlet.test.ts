import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

describe("draftIncident never makes the dateline's outlet a speaker of the lead", () => {
  it('proposes nothing for a lead whose speaker it cannot name ("(AP) — The bureau said …")', () => {
    const draft = draftIncident("MORELIA, Mexico (AP) — The bureau said that 14 officers died.", { lang: "en" });
    expect(draft.claims).toEqual([]);
  });

  it("still gives the lead to the speaker it names", () => {
    const draft = draftIncident("MORELIA, Mexico (AP) — Fourteen officers died in the ambush, police said.", { lang: "en" });
    expect(draft.claims.map((c) => [draft.sources.find((s) => s.id === c.source)?.name, c.via])).toContainEqual(["Police", ["ap"]]);
  });
});

describe("draftIncident reads an outlet no list knows from the sources it reached", () => {
  it("makes « joint par Alwihda Info » the article's own outlet, not a speaker", () => {
    const draft = draftIncident(
      "Au moins 19 morts à Tamkalé\n\nAlwihda Info – N'Djamena, mardi 28 novembre 2028\n\nLe chef de canton de Koukou, joint par Alwihda Info, avance un bilan de 24 morts.",
      { lang: "fr" },
    );
    const outlets = draft.sources.filter((s) => s.name === "Alwihda Info");
    expect(outlets).toHaveLength(1);
    expect(outlets[0]).toMatchObject({ kind: "media" });
    expect(draft.claims.map((c) => [draft.sources.find((s) => s.id === c.source)?.name, c.value, c.via])).toEqual([["Chef de canton", 24, [outlets[0]!.id]]]);
  });
});
