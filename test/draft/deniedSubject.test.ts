import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The claims of a draft as "source: facet = value (hedge)". */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims.map(
    (c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}${c.hedge ? ` (${c.hedge})` : ""}`,
  );
}

describe('draftIncident reads "no group claimed" as nobody\'s claim', () => {
  it('drafts no claim of responsibility for "no group had claimed responsibility", and no hedge on the army\'s count', () => {
    expect(
      lines("Islamic State fighters are active in the area. Eleven soldiers were killed, the army said, but no group had claimed responsibility.", "en"),
    ).toEqual(['Army: killed = {"phrase":"Eleven"}']);
  });

  it("gives the words of a sentence whose only subject is denied to no one", () => {
    expect(lines("Islamic State fighters are active in the area.\nThe ambush bears its hallmarks, but no group has claimed it.", "en")).toEqual([]);
  });

  it("reads « aucun groupe n'a revendiqué l'attaque » the same way", () => {
    expect(lines("Le JNIM est actif dans la zone. Aucun groupe n'a revendiqué l'attaque.", "fr")).toEqual([]);
  });
});
