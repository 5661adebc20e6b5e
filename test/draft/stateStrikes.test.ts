import { describe, expect, it } from "vitest";
import { perpetratorLines } from "./draftLines.js";

describe("draftIncident tells whose forces struck from the words of the strike", () => {
  it('makes "a junta fighter jet bombed" the junta\'s deed before the junta has spoken', () => {
    expect(
      perpetratorLines("At least 23 people were killed when a junta fighter jet bombed a monastery in Let Htoke Taw village on Monday, a rescue worker said."),
    ).toEqual(['Rescue worker: perpetrator = "junta"']);
  });

  it("makes \"A Myanmar military airstrike\" the deed of Myanmar's forces, by the country's name", () => {
    expect(
      perpetratorLines("A Myanmar military airstrike on a village in the Sagaing region killed at least 24 people on Sunday, a local resistance group said."),
    ).toEqual(['Local resistance group: perpetrator = "myanmar"']);
  });

  it('makes "A Russian guided aerial bomb struck the village" Russia\'s deed', () => {
    expect(
      perpetratorLines("A Russian guided aerial bomb struck the village of Petrivske on Tuesday, killing nine people, Governor Oleh Syniehubov said."),
    ).toEqual(['Oleh Syniehubov (Governor): perpetrator = "russia"']);
  });

  it('hears the army\'s own "the military had carried out "a precise air strike"" as its deed, in an article that names no country', () => {
    expect(
      perpetratorLines(
        'At least 23 people were killed in an air strike on Let Htoke Taw on Monday, a rescue worker said. State media reported on Tuesday that the military had carried out "a precise air strike" on "a terrorist training camp" near the village.',
      ),
    ).toEqual(['State media: perpetrator = "military"']);
  });

  it("leaves \"troops killed two of the attackers\" and « l'intervention d'un hélicoptère russe » no author: they fought the attack off", () => {
    expect(perpetratorLines("Gunmen ambushed a patrol near Qatun Rumi on Sunday. The army said troops killed two of the attackers.")).not.toContain(
      'Army: perpetrator = "army"',
    );
    expect(
      perpetratorLines(
        "Les assaillants ont ouvert le feu vers 3 heures avant d'être repoussés grâce à l'intervention d'un hélicoptère russe, selon des sources militaires.",
        "fr",
      ).some((l) => l.includes("russ")),
    ).toBe(false);
  });

  it('reads "a Nigerian bomb disposal unit" as no strike', () => {
    expect(perpetratorLines("A Nigerian bomb disposal unit defused a second device near the market, police said.")).toEqual([]);
  });
});
