import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { draftLines, perpetratorLines } from "./draftLines.js";

describe("draftIncident hears a voice of a side named by its men", () => {
  it('hears "a notorious bandit leader, Dogo Sule, claimed responsibility" from Dogo Sule, speaking for the bandits', () => {
    expect(
      perpetratorLines("Gunmen killed 14 people in Gidan Dawa on Monday. A notorious bandit leader, Dogo Sule, claimed responsibility for the attack."),
    ).toEqual(['Dogo Sule (bandit leader): perpetrator = "bandits"']);
  });

  it('hears "a man who identified himself as Dankarami, a bandit leader, claimed responsibility" from Dankarami, for the bandits', () => {
    expect(
      perpetratorLines(
        "Gunmen killed 23 people in Dan Marke on Sunday. In a video, a man who identified himself as Dankarami, a bandit leader operating in the area, claimed responsibility for the attack.",
      ),
    ).toEqual(['Dankarami (bandit leader): perpetrator = "bandits"']);
  });

  it("hears « un porte-parole de la CODECO se présentant sous le nom de Mateso » deny, as Mateso for the CODECO", () => {
    const draft = draftIncident(
      "Des miliciens ont attaqué le site de Rutsi lundi. Un porte-parole de la CODECO se présentant sous le nom de Mateso a démenti toute implication du mouvement dans l'attaque.",
      { lang: "fr" },
    );
    const denial = draft.claims.find((c) => c.about.facet === "perpetrator");
    expect(draft.sources.find((s) => s.id === denial?.source)?.name).toBe("Mateso (porte-parole de la CODECO)");
    expect(denial?.not).toBe(true);
  });

  it('hears `a Gran Grif leader known as "Ti Zo" said his men had attacked` as Ti Zo, for Gran Grif', () => {
    expect(
      perpetratorLines(
        'Gunmen killed 12 people in Savane Brûlée on Sunday, the mayor said. In a video, a Gran Grif leader known as "Ti Zo" said his men had attacked a base of self-defense brigades.',
      ),
    ).toEqual(['Ti Zo (Gran Grif leader): perpetrator = "gran-grif"']);
  });

  it("hears « un porte-parole de l'AAKG se présentant comme « le capitaine Zoungbia » » as the rebel, never as the army's captain", () => {
    const drafted = draftLines(
      "Des miliciens de l'Azande Ani Kpi Gbé (AAKG) ont attaqué le quartier peul de Mboki lundi. Un porte-parole de l'AAKG se présentant comme « le capitaine Zoungbia » a revendiqué l'attaque.",
      "fr",
    );
    expect(drafted).toContain('Capitaine Zoungbia (porte-parole de l\'AAKG): perpetrator = "aakg"');
    expect(drafted.some((l) => l.startsWith("Capitaine:"))).toBe(false);
  });

  it('hears "a separatist commander who calls himself "General Sagard" claimed the attack" as General Sagard, for the separatists, never as the speaker before', () => {
    const drafted = perpetratorLines(
      'Gunmen attacked a checkpoint in Bamenda on Monday, the army spokesman said. A separatist commander who calls himself "General Sagard" claimed the attack in a video.',
    );
    expect(drafted).toEqual(['General Sagard (separatist commander): perpetrator = "separatists"']);
  });

  it("speaks for the armed group last named (« Le M23 a pris Rubaya. Un chef rebelle a affirmé… »)", () => {
    const drafted = draftLines("Le M23 a attaqué Rubaya lundi. Un chef rebelle a affirmé que sept soldats avaient été tués.", "fr");
    expect(drafted.some((l) => l.startsWith("M23") && l.includes("killed"))).toBe(true);
  });

  it('keeps "a rebel spokesman" a voice of no known side when the article names no rebels', () => {
    expect(draftLines("Gunmen attacked Rubaya on Monday. A rebel spokesman said seven soldiers were killed.", "en")).toContain(
      'Rebel spokesman: killed = {"phrase":"seven"}',
    );
  });
});
