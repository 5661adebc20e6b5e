import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

const lead = "BUNIA, Congo (Reuters) - At least 31 people were killed in an overnight attack on a camp, local officials said on Sunday.\n\n";

describe("draftIncident gives the lead of unnamed officials to the official named next, when clearly the same", () => {
  it("gives the lead's toll to the administrator who gives the same figure again", () => {
    const drafted = draftLines(`${lead}"So far we have recovered 31 bodies," territory administrator Ruffin Ngoy told Reuters.`);
    expect(drafted.filter((l) => l.includes("killed"))).toEqual(['Ruffin Ngoy (administrator): killed = {"atLeast":31}']);
  });

  it("keeps the lead's speaker when the named official gives other figures", () => {
    const drafted = draftLines(`${lead}Territory administrator Ruffin Ngoy said 20 bodies were found in one village and 11 in another.`);
    expect(drafted).toContain('Local officials: killed = {"atLeast":31}');
  });

  it("gives the lead's toll to the administrator who counts only a group among the dead", () => {
    const drafted = draftLines(`${lead}Territory administrator Ruffin Ngoy told Reuters that among the dead were five children.`);
    expect(drafted).toContain('Ruffin Ngoy (administrator): killed = {"atLeast":31}');
    expect(drafted.some((l) => l.startsWith("Local officials"))).toBe(false);
  });

  it("gives the lead of an unnamed rights group to the rights group named next, past a byline paragraph", () => {
    const drafted = draftLines(
      [
        "Au moins 24 personnes ont été tuées samedi à Pérodin, selon une organisation locale de défense des droits humains.",
        "Avec notre correspondant à Port-au-Prince, Jean-Marc Hérard",
        "La Fondation pour la défense des droits de l'Artibonite (FDDA) dit avoir recensé ces victimes à partir des témoignages des familles.",
      ].join("\n\n"),
      "fr",
    );
    expect(drafted).toContain('FDDA: killed = {"atLeast":24}');
  });

  it("gives the lead to the body named after a paragraph the outlet tells in its own voice", () => {
    const drafted = draftLines(
      [
        "Au moins 24 personnes ont été tuées samedi à Pérodin, selon une organisation locale de défense des droits humains.",
        "Les bandits ont incendié une soixantaine de maisons.",
        "La Fondation pour la défense des droits de l'Artibonite (FDDA) dit avoir recensé ces victimes à partir des témoignages des familles.",
      ].join("\n\n"),
      "fr",
    );
    expect(drafted).toContain('FDDA: killed = {"atLeast":24}');
  });

  it("keeps the lead's speaker when a paragraph in which someone else speaks stands before the body named", () => {
    const drafted = draftLines(
      [
        "Au moins 24 personnes ont été tuées samedi à Pérodin, selon une organisation locale de défense des droits humains.",
        "Selon des habitants, les bandits ont incendié une soixantaine de maisons.",
        "La Fondation pour la défense des droits de l'Artibonite (FDDA) dit avoir recensé ces victimes à partir des témoignages des familles.",
      ].join("\n\n"),
      "fr",
    );
    expect(drafted).toContain('Organisation locale de défense des droits: killed = {"atLeast":24}');
  });

  it("keeps the lead's speaker when the next speaker is of another voice (the army after officials)", () => {
    const drafted = draftLines(`${lead}"We recovered 31 bodies," army spokesman Captain Jules Mbala said.`);
    expect(drafted).toContain('Local officials: killed = {"atLeast":31}');
  });

  it('gives the lead of "the district commissioner" to the district commissioner named next, whatever figures he gives', () => {
    const drafted = draftLines(
      "MOGADISHU (Reuters) - At least 14 people were killed in a suicide bombing, the district commissioner said.\n\nDistrict Commissioner Abdi Farah told Reuters that 23 others were wounded.",
    );
    expect(drafted).toContain('Abdi Farah (District Commissioner): killed = {"atLeast":14}');
  });

  it('gives the lead of "a local militia leader" to the militia leader named next', () => {
    const drafted = draftLines(
      "MAIDUGURI (AP) - Fighters killed at least 20 farmers on Saturday, according to a local militia leader.\n\nThe attackers opened fire on the farmers, said Babakura Kolo, a leader of the Civilian Joint Task Force.",
    );
    expect(drafted).toContain('Babakura Kolo (leader of the Civilian Joint Task Force): killed = {"atLeast":20}');
  });

  it('gives the lead of plain "officials" to the force whose statement the next paragraph cites', () => {
    const drafted = draftLines(
      "IMPHAL - Three Assam Rifles personnel were killed when militants ambushed a convoy on Monday, officials said.\n\nAccording to a statement issued by the Assam Rifles on Tuesday, the militants detonated an improvised explosive device.",
    );
    expect(drafted).toContain('Assam Rifles: killed = {"phrase":"Three"}');
  });

  it("gives the lead of civilian authorities to the security secretary named next", () => {
    const drafted = draftLines(
      "Gunmen ambushed a police convoy on Sunday, killing at least 13 officers, state authorities have said.\n\nThe gunmen also dropped explosives from drones, Michoacán's public security secretary, Gen. Raúl Ochoa Zamudio, told reporters.",
    );
    expect(drafted.some((line) => line.startsWith("Raúl Ochoa Zamudio") && line.endsWith('killed = {"atLeast":13}'))).toBe(true);
  });

  it("gives the lead of « le porte-parole du ministère » to the spokesman named next, whatever body the role serves", () => {
    const drafted = draftLines(
      "Neuf civils ont été tués dans la nuit de jeudi à vendredi lors d'une attaque sur la colline de Kagazi, a annoncé vendredi le porte-parole du ministère de l'Intérieur et de la Sécurité publique.\n\nDans un message publié sur X, le porte-parole, Egide Niyongabo, impute l'attaque à des rebelles, qui ont selon lui également blessé six personnes.",
      "fr",
    );
    expect(drafted).toContain('Egide Niyongabo (porte-parole): killed = {"phrase":"Neuf"}');
  });

  it("keeps the lead of one person when the person named next holds another role", () => {
    const drafted = draftLines(
      "MAIDUGURI (AP) - Fighters killed at least 20 farmers on Saturday, a police officer said.\n\nGovernor Umar Zulum said 23 others were wounded.",
    );
    expect(drafted).toContain('Police officer: killed = {"atLeast":20}');
  });
  it("gives the lead of plain officials to one of them who speaks next, unnamed but for his office", () => {
    const drafted = draftLines(
      "MIRAMSHAH: Six people were killed when a quadcopter dropped explosives on a house in Hurmaz village on Monday, officials said.\n\nA district administration official, who requested anonymity as he was not authorised to speak to the media, told Dawn that the children had been playing in the courtyard. Two women were among the injured, he said.",
    );
    expect(drafted).toContain('District administration official: killed = {"phrase":"Six"}');
  });
});
