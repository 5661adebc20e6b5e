import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The sources of a draft's counts of the dead, with their kinds. */
function sources(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  const killed = draft.claims.filter((c) => c.about.facet === "killed");
  return [...new Set(killed.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? ""))];
}

describe("draftIncident reads who heads a body as a speaker for it", () => {
  it("gives « a indiqué à Radio Okapi le président de la société civile locale, X » to that person", () => {
    expect(
      sources("Au moins 22 civils ont été tués, a indiqué samedi à Radio Okapi le président de la société civile locale, Jonas Kasereka Mumbere.", "fr"),
    ).toEqual(["Jonas Kasereka Mumbere (président de la société civile)"]);
  });

  it('gives "the chairman of the local council said" to the chairman', () => {
    expect(sources("Twelve villagers were killed, the chairman of the local council said.", "en")).toHaveLength(1);
  });
});
