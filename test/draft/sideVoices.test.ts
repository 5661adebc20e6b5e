import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

/** The perpetrator lines of a draft. */
const perpetrators = (text: string, lang: "en" | "fr" = "en") => draftLines(text, lang).filter((line) => line.includes(": perpetrator = "));

describe("draftIncident hears a voice of a side named by its men", () => {
  it('gives "a notorious bandit leader, Dogo Sule, claimed responsibility" to the bandits', () => {
    expect(
      perpetrators("Gunmen killed 14 people in Gidan Dawa on Monday. A notorious bandit leader, Dogo Sule, claimed responsibility for the attack."),
    ).toEqual(['Bandits: perpetrator = "bandits"']);
  });

  it('gives "a separatist commander who calls himself "General Sagard" claimed the attack" to the separatists, never to the speaker before', () => {
    const drafted = perpetrators(
      'Gunmen attacked a checkpoint in Bamenda on Monday, the army spokesman said. A separatist commander who calls himself "General Sagard" claimed the attack in a video.',
    );
    expect(drafted).toEqual(['Separatists: perpetrator = "separatists"']);
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
