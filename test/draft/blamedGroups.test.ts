import { describe, expect, it } from "vitest";
import { perpetratorLines } from "./draftLines.js";

describe("draftIncident names the group a speaker blames, however the group is introduced", () => {
  it('reads "blamed a cell of the Islamic State group" as the Islamic State', () => {
    expect(perpetratorLines("In a statement, the SDF blamed a cell of the Islamic State group and said the attackers used machine guns.")).toEqual([
      'SDF: perpetrator = "islamic-state"',
    ]);
  });

  it("reads « impute l'attaque aux miliciens de la Coopérative pour le développement du Congo (CODECO) » as the CODECO, its French name in lower case", () => {
    expect(
      perpetratorLines(
        "Au moins 23 personnes ont été tuées lundi à Rutsi. Le colonel Patrick Kasongo impute l'attaque aux miliciens de la Coopérative pour le développement du Congo (CODECO).",
        "fr",
      ),
    ).toEqual(['Patrick Kasongo: perpetrator = "codeco"']);
  });

  it("reads a group no list knows after its men and « de la » (« aux miliciens de la Coalition pour la défense du peuple (CDPX) »)", () => {
    expect(
      perpetratorLines(
        "Au moins 23 personnes ont été tuées lundi à Rutsi, selon l'armée, qui attribue l'attaque aux miliciens de la Coalition pour la défense du peuple (CDPX).",
        "fr",
      ),
    ).toEqual(['Armée: perpetrator = "cdpx"']);
  });

  it('reads "blamed the paramilitary Rapid Support Forces (RSF)" as the RSF', () => {
    expect(perpetratorLines("The Sudan Doctors Network blamed the paramilitary Rapid Support Forces (RSF) for Thursday's attack.")).toEqual([
      'Sudan Doctors Network: perpetrator = "rsf"',
    ]);
  });

  it('reads "militants from the Ansar Khalid Group" as an armed group no list knows, and "analysts from the International Crisis Group" as none', () => {
    expect(perpetratorLines("Militants from the Ansar Khalid Group attacked an army post on Monday, the military said.")).toEqual([
      'Military: perpetrator = "ansar-khalid-group"',
    ]);
    expect(perpetratorLines("Analysts from the International Crisis Group said the attack on the post was planned.")).toEqual([]);
  });

  it("reads who the attackers were when they are said to include, or believed to be, a group's men", () => {
    expect(perpetratorLines("Residents said the attackers included members of a local Moro Islamic Liberation Front (MILF) base command.")).toEqual([
      'Residents: perpetrator = "milf"',
    ]);
    expect(perpetratorLines("Residents said the attackers were believed to be members of the Tribal Army.")).toEqual([
      'Residents: perpetrator = "tribal-army"',
    ]);
    expect(perpetratorLines("Residents said the attackers were believed to be armed herders.")).toEqual(['Residents: perpetrator = "herders"']);
  });

  it('reads what an inquiry\'s findings point to as the author (« désignent », "pointed to")', () => {
    expect(perpetratorLines("The police said initial findings pointed to the Bangsamoro Islamic Freedom Fighters (BIFF).")).toEqual([
      'Police: perpetrator = "biff"',
    ]);
    expect(perpetratorLines("Selon la police, les premiers éléments de l'enquête désignent le Front de libération du Macina (FLM).", "fr")).toEqual([
      'Police: perpetrator = "flm"',
    ]);
  });

  it("reads a French name in lower case whose last words are « du » and a place (« le Front pour le salut du Tibesti (FST) »)", () => {
    expect(perpetratorLines("Le Front pour le salut du Tibesti (FST) a revendiqué l'attaque du poste.", "fr")).toEqual(['FST: perpetrator = "fst"']);
  });

  it("reads « la katiba Okba Ibn Nafaa » as an armed group by its own word, whose claim makes it the author", () => {
    expect(perpetratorLines("La katiba Okba Ibn Nafaa, branche tunisienne d'AQMI, a revendiqué l'attaque.", "fr")).toEqual([
      'Okba Ibn Nafaa: perpetrator = "okba-ibn-nafaa"',
    ]);
  });

  it('reads the groups of Peru, the Philippines and Balochistan by their names ("terrorist remnants" of the Shining Path, "Fitna al-Hindustan")', () => {
    expect(perpetratorLines('The army said four soldiers were killed. It blamed "terrorist remnants" of the Shining Path.')).toEqual([
      'Army: perpetrator = "shining-path"',
    ]);
    expect(perpetratorLines("Police said the attack was carried out by the Abu Sayyaf.")).toEqual(['Police: perpetrator = "abu-sayyaf"']);
    expect(perpetratorLines("The ISPR said terrorists of the so-called Fitna al-Hindustan attacked the camp.")[0]).toMatch(/^ISPR: perpetrator = /);
  });

  it("reads a group's full name written before its acronym", () => {
    expect(
      perpetratorLines(
        "At least 20 people were killed, said Ruffin Ngoy, a camp leader. He blamed the Cooperative for the Development of Congo (CODECO) for the attack.",
      ),
    ).toEqual(['Ruffin Ngoy (leader): perpetrator = "codeco"']);
  });

  it("reads « une attaque attribuée aux rebelles ADF » as the ADF, past the group's noun", () => {
    expect(perpetratorLines("Selon la société civile, une attaque attribuée aux rebelles ADF a fait au moins 12 morts.", "fr")).toEqual([
      'Société civile: perpetrator = "adf"',
    ]);
  });

  it("reads « une attaque de Boko Haram » as Boko Haram, and « l'attaque de Kidal » as no one", () => {
    expect(perpetratorLines("Selon le gouverneur, il s'agit d'une attaque de Boko Haram.", "fr")).toEqual(['Gouverneur: perpetrator = "boko-haram"']);
    expect(perpetratorLines("Selon le gouverneur, l'attaque de Kidal a fait 12 morts.", "fr")).toEqual([]);
  });

  it("still reads an accusation of something else as no authorship", () => {
    expect(perpetratorLines("The army accused the Rapid Support Forces (RSF) of looting the town after the shelling.")).toEqual([]);
  });
});
