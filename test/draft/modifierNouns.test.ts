import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The sources of a draft's claims. */
function sources(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return [...new Set(draft.claims.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? ""))];
}

describe("draftIncident never takes a speaker noun that qualifies a thing as a speaker", () => {
  it('never gives a quotation to "Government" in "…, the main government hospital in the city told Reuters"', () => {
    const text =
      'PESHAWAR (Reuters) - "Ninety people have been wounded," Jameel Shah, a spokesman for Lady Reading Hospital, the main government hospital in the city told Reuters.';
    expect(sources(text)).not.toContain("Government");
  });

  it('never gives the words to "police" in "near a police station, witnesses said"', () => {
    expect(sources("Five people were killed near a police station, witnesses said.")).toEqual(["Witnesses"]);
  });

  it('still reads the same nouns as speakers where they name no thing ("the government said", "police said")', () => {
    expect(sources("Five people were killed, the government said.")).toEqual(["Government"]);
    expect(sources("Five people were killed near the army base, police said.")).toEqual(["Police"]);
  });
});
