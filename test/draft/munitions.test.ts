import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The counts of the dead a draft proposes. */
function killed(text: string, lang: "fr" | "en"): unknown[] {
  return draftIncident(text, { lang })
    .claims.filter((c) => c.about.facet === "killed")
    .map((c) => c.value);
}

describe("draftIncident never reads a count of munitions as a count of the dead", () => {
  it("reads « deux projectiles se sont abattus …, tuant 12 personnes » as 12 dead, not two", () => {
    expect(killed("Selon des sources locales, deux projectiles se sont abattus sur le village, tuant 12 personnes.", "fr")).toEqual([12]);
  });

  it('reads "Two bombs hit the market, killing 12 people" as 12 dead, not two', () => {
    expect(killed("Two bombs hit the market, killing 12 people, police said.", "en")).toEqual([12]);
  });
});
