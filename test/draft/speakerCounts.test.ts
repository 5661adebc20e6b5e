import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

describe("draftIncident never lets the count of those who speak take the toll's place", () => {
  it('reads "Two security officials … put the death toll at 28" as 28 dead', () => {
    expect(draftLines("Two security officials, speaking on condition of anonymity, put the death toll at 28.", "en")).toEqual([
      "Security officials: killed = 28",
    ]);
  });

  it("reads « Trois habitants ont fait état de 12 morts » as 12 dead", () => {
    expect(draftLines("Trois habitants joints par l'AFP ont fait état de 12 morts.", "fr").filter((l) => l.includes("killed"))).toEqual([
      "Habitants: killed = 12",
    ]);
  });

  it('keeps a toll that only stands near its speakers ("Twelve soldiers were killed, two residents said")', () => {
    expect(draftLines("Twelve soldiers were killed, two residents said.", "en")).toEqual(['Residents: killed = {"phrase":"Twelve"}']);
  });

  it("keeps a toll before « et il dit »: a pronoun that speaks next is no one the count counts", () => {
    expect(draftLines("Le JNIM affirme avoir tué 28 soldats et il dit avoir emporté des armes.", "fr").filter((l) => l.includes("killed"))).toEqual([
      "JNIM: killed = 28",
    ]);
    expect(draftLines("Al-Shabaab said it killed 28 soldiers and it said it seized weapons.", "en").filter((l) => l.includes("killed"))).toEqual([
      "Al-Shabaab: killed = 28",
    ]);
  });
});
