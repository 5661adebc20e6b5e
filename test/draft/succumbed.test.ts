import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The counts of a draft as "facet = value". */
function counts(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return draft.claims.filter((c) => c.about.facet === "killed" || c.about.facet === "wounded").map((c) => `${c.about.facet} = ${JSON.stringify(c.value)}`);
}

describe("draftIncident never counts the wounded who died of their wounds as wounded", () => {
  it('drafts no wounded for "three succumbed to injuries" (no possessive)', () => {
    expect(counts("Five civilians died on the spot, while three succumbed to injuries in hospital, witnesses said.")).toEqual(['killed = {"phrase":"Five"}']);
  });

  it('still drafts none for "two later died of their wounds", and the wounded told apart', () => {
    expect(counts("Eight people were killed and 12 wounded, police said. Two later died of their wounds, a doctor said.")).toEqual([
      'killed = {"phrase":"Eight"}',
      "wounded = 12",
    ]);
  });
});

describe("draftIncident never counts wounded who died as wounded", () => {
  it('drafts no wounded for "after two wounded soldiers died in hospital"', () => {
    expect(counts("The toll rose on Tuesday after two wounded soldiers died in hospital, a military source said.")).toEqual([]);
  });

  it('still counts "Two wounded soldiers were evacuated" as wounded', () => {
    expect(counts("Two wounded soldiers were evacuated, a military source said.")).toEqual(['wounded = {"phrase":"Two"}']);
  });
});
