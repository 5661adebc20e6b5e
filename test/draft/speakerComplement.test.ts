import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** Each drafted claim as "source: facet", the way a reviewer scans who said what. */
function speakers(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims.map((c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet}`);
}

describe("draftIncident finds the speaker before a long complement of place", () => {
  it('gives the words to "a doctor at the District Headquarters Hospital in Tank"', () => {
    expect(speakers("A doctor at the District Headquarters Hospital in Tank said seven soldiers were killed.", "en")).toEqual(["Doctor: killed"]);
  });

  it("gives the words to « un médecin de l'hôpital régional de la ville de Tank »", () => {
    expect(speakers("Un médecin de l'hôpital régional de la ville de Tank a déclaré que sept soldats ont été tués.", "fr")).toEqual(["Médecin: killed"]);
  });

  it('gives the words to "a doctor at the San Jose university hospital in Popayan, who asked not to be named,": the place, then an apposition', () => {
    expect(speakers("A doctor at the San Jose university hospital in Popayan, who asked not to be named, said seven soldiers were wounded.", "en")).toEqual([
      "Doctor: wounded",
    ]);
  });

  it("gives the words to « le médecin-chef de l'hôpital de district de Mokolo, qui a requis l'anonymat, »", () => {
    expect(speakers("Le médecin-chef de l'hôpital de district de Mokolo, qui a requis l'anonymat, indique avoir reçu 26 blessés.", "fr")).toEqual([
      "Médecin-chef: wounded",
    ]);
  });

  it('hears a health body when it is cited or opens its clause (« citant le centre de santé de référence de Bandiagara », "the hospital said")', () => {
    expect(speakers("La radio Studio Tamani, citant le centre de santé de référence de Bandiagara, fait état de 31 blessés.", "fr")).toEqual([
      "Centre de santé: wounded",
    ]);
    expect(speakers("The hospital said seven soldiers were wounded.", "en")).toEqual(["Hospital: wounded"]);
  });

  it("hears a magistrate's finding (« a pour sa part dressé dimanche le constat de 22 cadavres »)", () => {
    expect(speakers("Le juge de paix de Liancourt, Me Wilner Jean-Baptiste, a pour sa part dressé dimanche le constat de 22 cadavres.", "fr")).toEqual([
      "Me Wilner Jean-Baptiste: killed",
    ]);
  });

  it("never passes over a clause between the noun and the verb: the words stay nobody's", () => {
    expect(speakers("Villagers who fled the area where the gunmen struck overnight on Sunday and Monday said seven soldiers were killed.", "en")).not.toContain(
      "Article: killed",
    );
  });
});

describe("draftIncident reads the unit between a role and its force", () => {
  it("gives the words to « le commandant du groupement de gendarmerie d'Anosy, le lieutenant-colonel Rivo Andrianaivo », and « l'officier » after him", () => {
    expect(
      speakers(
        "Selon le commandant du groupement de gendarmerie d'Anosy, le lieutenant-colonel Rivo Andrianaivo, trois villageois ont été tués. Un gendarme est porté disparu, a reconnu l'officier.",
        "fr",
      ),
    ).toEqual(["Rivo Andrianaivo (commandant du groupement de gendarmerie): killed", "Rivo Andrianaivo (commandant du groupement de gendarmerie): missing"]);
  });
});
