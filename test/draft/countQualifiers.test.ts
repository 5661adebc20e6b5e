import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The counts of a draft as "facet = value". */
function counts(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return draft.claims.filter((c) => c.about.facet === "killed" || c.about.facet === "wounded").map((c) => `${c.about.facet} = ${JSON.stringify(c.value)}`);
}

describe("draftIncident reads an increment or the state of a part as no count of its own", () => {
  it('drafts no toll of one for "one more passenger had died", only the new toll', () => {
    expect(counts("The governor later put the death toll at nine, saying one more passenger had died in hospital.")).toEqual(['killed = {"phrase":"nine"}']);
  });

  it('drafts no toll of seven for "seven more bodies were found"', () => {
    expect(counts("Residents said seven more bodies were found on Sunday.")).toEqual([]);
  });

  it('drafts no wounded for "two of them were in critical condition"', () => {
    expect(counts("Eleven people were injured, police said, two of them in critical condition.")).toEqual(['wounded = {"phrase":"Eleven"}']);
  });

  it('drafts no wounded for "five of the injured were in critical condition", in English or French', () => {
    expect(counts("Twelve people were injured in the blast. Five of the injured were in critical condition, the doctor said.")).toEqual([
      'wounded = {"phrase":"Twelve"}',
    ]);
    const french = draftIncident("Trois des blessés sont dans un état critique, selon le médecin.", { lang: "fr" });
    expect(french.claims).toEqual([]);
  });

  it('still reads "more than 10" as a count, and "12 of them soldiers" as a part', () => {
    expect(counts("More than 10 people were killed, police said.")).toEqual(['killed = {"atLeast":11}']);
    expect(counts("The attack killed 20 people, 12 of them soldiers, the army said.")).toContain("killed = 20");
  });
});

describe('draftIncident reads "N more" at the end of a phrase as the others', () => {
  it('counts the wounded in "killed five and wounded 20 more, police said"', () => {
    expect(counts("The attack killed five and wounded 20 more, police said.")).toEqual(['killed = {"phrase":"five"}', "wounded = 20"]);
  });
});
