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
