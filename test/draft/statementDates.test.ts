import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

const lead = "MAIDUGURI, Nigeria (Reuters) - Three soldiers were killed when fighters attacked a base in Gajiram on Saturday, 7 June 2025, the army said.\n\n";

describe("draftIncident tells the day a statement was posted from the day of the incident", () => {
  it('keeps a claim "in a statement posted on its Telegram channels on Sunday" about Saturday\'s attack', () => {
    expect(
      draftLines(
        `${lead}ISWAP claimed responsibility for the attack in a statement posted on its Telegram channels on Sunday, saying its fighters had killed 20 soldiers.`,
        "en",
      ),
    ).toContain("ISWAP: killed = 20");
  });

  it("still reads an event dated on another day as another incident (« un raid mené vendredi contre le village voisin »)", () => {
    const fr = "BAMAKO, 9 juin 2025 (AFP) - Trois soldats ont été tués samedi 7 juin dans une attaque contre une base, a indiqué l'armée.\n\n";
    expect(draftLines(`${fr}Le maire affirme par ailleurs qu'un raid mené le 2 juin contre le village voisin avait fait six morts.`, "fr")).not.toContain(
      'Maire: killed = {"phrase":"six"}',
    );
  });

  it("dates the claim, not the deed, with a day that opens the sentence (« Mercredi, l'Iswap a revendiqué l'attaque »)", () => {
    expect(draftLines(`${lead}On Tuesday, the state information minister told reporters the death toll had risen to 52.`, "en")).toContain(
      "Information minister: killed = 52",
    );
    const fr = "NIAMEY, 2 février 2028 (AFP) - Au moins huit soldats ont été tués lundi 31 janvier dans l'attaque d'une position militaire.\n\n";
    expect(draftLines(`${fr}Mercredi, l'organisation État islamique en Afrique de l'Ouest (Iswap) a revendiqué l'attaque.`, "fr")).toContain(
      'État islamique en Afrique de l\'Ouest (Iswap): perpetrator = "iswap"',
    );
  });

  it("still dates a strike the speaker tells after that day as a later one", () => {
    expect(draftLines(`${lead}On Wednesday, the army said it had carried out an airstrike near the base that killed eight militants.`, "en")).not.toContain(
      'Army: killed = {"phrase":"eight"}',
    );
  });

  it("dates the claim, not the deed, with a day after the deed it claims (« a revendiqué l'opération dès lundi »)", () => {
    const fr = "NIAMEY, 2 février 2028 (AFP) - Au moins huit soldats ont été tués samedi 29 janvier dans l'attaque d'une position militaire.\n\n";
    expect(draftLines(`${fr}Le JNIM avait revendiqué l'opération dès lundi.`, "fr")).toContain('JNIM: perpetrator = "jnim"');
    expect(draftLines(`${fr}Le JNIM a revendiqué l'attaque de lundi contre un autre poste.`, "fr")).not.toContain('JNIM: perpetrator = "jnim"');
  });

  it("dates the words, not the deed, with the day a statement was read (« dans une déclaration lue dimanche soir à la radio »)", () => {
    const fr =
      "CONAKRY, 9 septembre 2031 (AFP) - Des hommes armés ont attaqué samedi 6 septembre un site d'orpaillage, tuant onze personnes, selon la police.\n\n";
    expect(
      draftLines(`${fr}Dans une déclaration lue dimanche soir à la radio, le gouverneur de la région a attribué l'attaque à des coupeurs de route.`, "fr"),
    ).toContain('Gouverneur: perpetrator = "coupeurs-de-route"');
  });

  it("reads a month before people shot dead as another incident, and places the attack in its settlement", () => {
    const en =
      "TEGUCIGALPA, March 11 (Reuters) - Gunmen killed seven farmers on Sunday evening at the Nueva Esperanza settlement in the municipality of Tocoa, a police spokesman said.\n\n";
    const drafted = draftLines(`${en}In January, two activists were shot dead in the neighbouring municipality of Trujillo.`, "en");
    expect(drafted).toContain('Police spokesman: location = "nueva-esperanza"');
    expect(drafted.filter((line) => line.includes('"two"'))).toEqual([]);
  });

  it('dates a clash by the day the lead gives it ("a clash … that left six servicemen dead on September 28")', () => {
    const text =
      "BISHKEK -- Kyrgyzstan and Tajikistan gave conflicting accounts of a clash on their border that left at least six servicemen dead on September 28, 2032.";
    expect(draftLines(text, "en").some((line) => line.endsWith('occurred = "2032-09-28"'))).toBe(true);
  });

  it("dates the reaching, not the deed, with « Joint mercredi par l'agence TAP »", () => {
    const fr =
      "La Presse – Publié le 14/04/2032\n\nDeux militaires ont été tués mardi matin par l'explosion d'une mine, a annoncé le ministère de la Défense.\n\n";
    const drafted = draftLines(
      `${fr}Joint mercredi par l'agence TAP, le colonel Mohamed Zekri a précisé que l'explosion s'était produite « vers 9 h 30 ».`,
      "fr",
    );
    expect(drafted.some((line) => line.endsWith('occurred = "2032-04-13T09:30"'))).toBe(true);
  });
});
