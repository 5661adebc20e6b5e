import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident never takes a speaker noun that qualifies a thing as a speaker", () => {
  it('never gives a quotation to "Government" in "…, the main government hospital in the city told Reuters"', () => {
    const text =
      'PESHAWAR (Reuters) - "Ninety people have been wounded," Jameel Shah, a spokesman for Lady Reading Hospital, the main government hospital in the city told Reuters.';
    expect(draftSources(text)).not.toContain("Government");
  });

  it('never gives the words to "police" in "near a police station, witnesses said"', () => {
    expect(draftSources("Five people were killed near a police station, witnesses said.")).toEqual(["Witnesses"]);
  });

  it('still reads the same nouns as speakers where they name no thing ("the government said", "police said")', () => {
    expect(draftSources("Five people were killed, the government said.")).toEqual(["Government"]);
    expect(draftSources("Five people were killed near the army base, police said.")).toEqual(["Police"]);
  });
});
