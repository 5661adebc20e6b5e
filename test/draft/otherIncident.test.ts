import { describe, expect, it } from "vitest";
import { timeCuesOf } from "../../src/draft/otherIncident.js";
import type { LexiconLanguage } from "../../src/lexicon/language.js";
import { tokenize } from "../../src/lexicon/tokenize.js";

const cues = (text: string, lang: LexiconLanguage, year?: number) => timeCuesOf(tokenize(text, lang), lang, year);

describe("timeCuesOf", () => {
  it("reads a follow-up operation on another day as another incident", () => {
    expect(cues("Il affirme que des frappes aériennes menées le lendemain ont permis de neutraliser plusieurs dizaines de terroristes.", "fr").elsewhere).toBe(
      true,
    );
    expect(cues("Une opération de ratissage lancée les jours suivants a permis d'interpeller six suspects.", "fr").elsewhere).toBe(true);
    expect(cues("The army said air strikes carried out the next day killed 30 militants.", "en").elsewhere).toBe(true);
    expect(cues("He said troops had killed six militants in a follow-up search operation.", "en").elsewhere).toBe(true);
  });

  it("leaves this incident's words told the next day as they are", () => {
    expect(cues("Le lendemain, l'armée a annoncé un bilan de douze morts.", "fr").elsewhere).toBe(false);
    expect(cues("The next day, the army said 12 soldiers had been killed.", "en").elsewhere).toBe(false);
  });

  it("reads a follow-up clash, a month told as last, and a tally since a conflict began as another incident", () => {
    expect(cues("Soldiers pursuing the rebels killed two of them in a follow-up clash in a neighboring village.", "en").elsewhere).toBe(true);
    expect(cues("Last December, an ambush in Agusan del Sur killed three soldiers.", "en").elsewhere).toBe(true);
    expect(cues("En décembre dernier, une embuscade avait tué trois soldats.", "fr").elsewhere).toBe(true);
    expect(cues("More than 300 people have been killed since ethnic violence broke out in the State.", "en").elsewhere).toBe(true);
    expect(cues("The violence broke out on Monday, killing 12 people.", "en").elsewhere).toBe(false);
  });

  it("reads another year, and a stretch of years up to now, as another time", () => {
    expect(cues("En 2022, une attaque avait fait 40 morts.", "fr", 2026).elsewhere).toBe(true);
    expect(cues("More than 2,000 people have been killed since 2017.", "en", 2026).elsewhere).toBe(true);
    expect(cues("Twelve soldiers were killed on Monday, the army said.", "en", 2026).elsewhere).toBe(false);
  });

  it("sets aside a clause on the group named that tells of its past, and keeps the rest of the sentence this incident's", () => {
    const blamed = cues("He blamed AQAP, which has stepped up its attacks on southern forces this year.", "en");
    expect(blamed.elsewhere).toBe(false);
    expect(blamed.asides).toHaveLength(1);
    const accused = cues("Il accuse le JNIM, qui a multiplié les attaques dans la région depuis janvier.", "fr");
    expect(accused.elsewhere).toBe(false);
    expect(cues("The attack, which was the third this year, killed 12 people.", "en").elsewhere).toBe(true);
  });

  it("reads a day that opens an earlier telling of the toll (« avait fait état ») as this incident's", () => {
    expect(cues("Lundi, le ministre avait fait état d'un bilan provisoire de 11 morts.", "fr").elsewhere).toBe(false);
    expect(cues("Lundi, sept soldats avaient été tués près de la frontière.", "fr").elsewhere).toBe(true);
  });

  it("reads a week, a month or a year before as another incident, but not the day before", () => {
    expect(cues("A week earlier, two policemen guarding a polio vaccination team were shot dead.", "en").elsewhere).toBe(true);
    expect(cues("A year ago, gunmen killed 30 villagers in the same district.", "en").elsewhere).toBe(true);
    expect(cues("Une semaine plus tôt, deux policiers avaient été tués à Djibo.", "fr").elsewhere).toBe(true);
    expect(cues("Un mois auparavant, une embuscade avait fait six morts.", "fr").elsewhere).toBe(true);
    expect(cues("A day earlier, gunmen killed 12 people in the village.", "en").elsewhere).toBe(false);
  });
});
