import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The claims of a draft as "source: facet = value". */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims.map((c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
}

describe("draftIncident reads the agent of a claim told in the passive as who speaks", () => {
  it("gives « L'attaque a été revendiquée lundi par le JNIM, qui affirme avoir tué 50 militaires » to the JNIM", () => {
    expect(lines("L'attaque a été revendiquée lundi par le JNIM, qui affirme avoir tué 50 militaires.", "fr")).toEqual([
      "JNIM: killed = 50",
      'JNIM: perpetrator = "jnim"',
    ]);
  });

  it('gives "The attack was claimed by Islamic State, which said it killed 50 soldiers" to the group', () => {
    expect(lines("The attack was claimed by Islamic State, which said it killed 50 soldiers.", "en")).toEqual([
      "Islamic State: killed = 50",
      'Islamic State: perpetrator = "islamic-state"',
    ]);
  });

  it('leaves a claim told in a participle to the sentence\'s speaker ("…, claimed on Sunday by Islamic State, the army said")', () => {
    expect(lines("Twelve soldiers were killed in the attack, claimed on Sunday by Islamic State, the army said.", "en")).toEqual([
      'Army: killed = {"phrase":"Twelve"}',
    ]);
  });
});
