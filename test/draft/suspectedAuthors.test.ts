import { describe, expect, it } from "vitest";
import { draftIncident, type LexiconLanguage } from "../../src/index.js";

/** A draft's claims as `Source: facet = value (hedge)`. */
function lines(text: string, lang: LexiconLanguage): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims.map(
    (c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}${c.hedge ? ` (${c.hedge})` : ""}`,
  );
}

describe('draftIncident puts the doubt of « présumés » and "suspected" on the authors only', () => {
  it("keeps the toll asserted when the attackers are « présumés »", () => {
    expect(lines("Au moins quinze soldats ont été tués lundi lors d'une attaque de jihadistes présumés, selon l'armée.", "fr")).toEqual([
      'Armée: killed = {"phrase":"Au moins quinze"}',
    ]);
  });

  it('keeps the toll asserted when the attackers are "alleged", and never reads "Alleged militants" as someone alleging', () => {
    expect(lines("Alleged militants killed twelve soldiers, the army said.", "en")).toEqual(['Army: killed = {"phrase":"twelve"}']);
  });

  it("still hedges a toll the words put in doubt", () => {
    expect(lines("Quinze soldats auraient été tués par des jihadistes, selon l'armée.", "fr")).toEqual(['Armée: killed = {"phrase":"Quinze"} (unconfirmed)']);
    expect(lines("Twelve soldiers were allegedly killed, the army said.", "en")).toEqual(['Army: killed = {"phrase":"Twelve"} (unconfirmed)']);
  });

  it.each([
    ["Fifteen soldiers were killed by suspected members of Boko Haram, the army said.", "en"],
    ["Suspected Boko Haram fighters killed fifteen soldiers, the army said.", "en"],
    ["Quinze soldats ont été tués par des membres présumés de Boko Haram, selon l'armée.", "fr"],
  ] as const)("names the group in doubt as the perpetrator, unconfirmed: %s", (text, lang) => {
    expect(lines(text, lang).filter((l) => l.includes("perpetrator"))).toEqual([expect.stringMatching(/perpetrator = "boko-haram" \(unconfirmed\)$/)]);
  });
});

describe("draftIncident reads the group that killed or took the victims as the perpetrator", () => {
  it.each([
    ["Fifteen soldiers were killed by Boko Haram, the army said.", "en"],
    ["Quinze soldats ont été tués par Boko Haram, selon l'armée.", "fr"],
  ] as const)("« %s »", (text, lang) => {
    expect(lines(text, lang).filter((l) => l.includes("perpetrator"))).toEqual([expect.stringMatching(/perpetrator = "boko-haram"$/)]);
  });

  it("never makes forces that killed attackers the authors of the attack", () => {
    expect(lines("Twelve militants were killed by Nigerian troops, the army said.", "en").filter((l) => l.includes("perpetrator"))).toEqual([]);
  });
});
