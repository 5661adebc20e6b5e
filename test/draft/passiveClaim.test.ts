import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

describe("draftIncident reads the agent of a claim told in the passive as who speaks", () => {
  it("gives « L'attaque a été revendiquée lundi par le JNIM, qui affirme avoir tué 50 militaires » to the JNIM", () => {
    expect(draftLines("L'attaque a été revendiquée lundi par le JNIM, qui affirme avoir tué 50 militaires.", "fr")).toEqual([
      "JNIM: killed = 50",
      'JNIM: perpetrator = "jnim"',
    ]);
  });

  it('gives "The attack was claimed by Islamic State, which said it killed 50 soldiers" to the group', () => {
    expect(draftLines("The attack was claimed by Islamic State, which said it killed 50 soldiers.", "en")).toEqual([
      "Islamic State: killed = 50",
      'Islamic State: perpetrator = "islamic-state"',
    ]);
  });

  it('leaves a claim told in a participle to the sentence\'s speaker ("…, claimed on Sunday by Islamic State, the army said")', () => {
    expect(draftLines("Twelve soldiers were killed in the attack, claimed on Sunday by Islamic State, the army said.", "en")).toEqual([
      'Army: killed = {"phrase":"Twelve"}',
    ]);
  });
});
