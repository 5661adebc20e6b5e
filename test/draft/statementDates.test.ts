import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

const lead = "MAIDUGURI, Nigeria (Reuters) - Three soldiers were killed when fighters attacked a base in Gajiram on Saturday, 7 June 2025, the army said.\n\n";

/** The claims of a draft as "source: facet = value". */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims.map((c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
}

describe("draftIncident tells the day a statement was posted from the day of the incident", () => {
  it('keeps a claim "in a statement posted on its Telegram channels on Sunday" about Saturday\'s attack', () => {
    expect(
      lines(
        `${lead}ISWAP claimed responsibility for the attack in a statement posted on its Telegram channels on Sunday, saying its fighters had killed 20 soldiers.`,
        "en",
      ),
    ).toContain("ISWAP: killed = 20");
  });

  it("still reads an event dated on another day as another incident (« un raid mené vendredi contre le village voisin »)", () => {
    const fr = "BAMAKO, 9 juin 2025 (AFP) - Trois soldats ont été tués samedi 7 juin dans une attaque contre une base, a indiqué l'armée.\n\n";
    expect(lines(`${fr}Le maire affirme par ailleurs qu'un raid mené le 2 juin contre le village voisin avait fait six morts.`, "fr")).not.toContain(
      'Maire: killed = {"phrase":"six"}',
    );
  });
});
