import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

const facts = (text: string, lang: "fr" | "en") => {
  const draft = draftIncident(text, { lang });
  return draft.claims.filter((c) => c.about.facet === "killed").map((c) => JSON.stringify(c.value));
};

describe("draftIncident keeps the toll told before a comparison with other incidents", () => {
  it('keeps "killing at least 13 officers in one of the deadliest attacks … this year"', () => {
    expect(
      facts("Gunmen ambushed a police convoy, killing at least 13 officers in one of the deadliest attacks on the police this year, officials said.", "en"),
    ).toEqual(['{"atLeast":13}']);
  });

  it("drops what the comparison itself tells of the other incidents", () => {
    expect(
      facts("The blast killed 9 people, one of the deadliest attacks in the region since an ambush in June killed 30 soldiers, police said.", "en"),
    ).toEqual(["9"]);
  });

  it("keeps the toll before « l'une des attaques les plus meurtrières de l'année »", () => {
    expect(facts("Selon l'armée, 12 soldats ont été tués, l'une des attaques les plus meurtrières depuis le début de l'année.", "fr")).toEqual(["12"]);
  });

  it("still drops a sentence that opens on another time (« Cette année, 300 personnes ont été tuées »)", () => {
    expect(facts("So far this year, 300 people have been killed in the region, officials said.", "en")).toEqual([]);
  });
});

describe("draftIncident reads « the attack » as this incident told again", () => {
  it('keeps "Two policemen are missing since the attack"', () => {
    const draft = draftIncident('"Two other policemen are missing since the attack," a senior police officer said.', { lang: "en" });
    expect(draft.claims.map((c) => [c.about.facet, c.value])).toContainEqual(["missing", { phrase: "Two" }]);
  });

  it('still leaves out what came "since an attack in June"', () => {
    expect(facts("Thirty people have been killed in the district since an attack in June, police said.", "en")).toEqual([]);
  });
});

describe('draftIncident reads a tally "since then" as another time', () => {
  it('drafts nothing from "More than 2,400 people have been killed in the country since then"', () => {
    expect(facts("The army seized power in 2023. More than 2,400 people have been killed in the country since then, according to ACLED.", "en")).toEqual([]);
  });

  it("drafts nothing from « Plus de 2 400 personnes ont été tuées depuis lors »", () => {
    expect(facts("Plus de 2 400 personnes ont été tuées depuis lors, selon l'ONG Acled.", "fr")).toEqual([]);
  });
});

describe('draftIncident keeps the toll told before "another attack" in the same sentence', () => {
  it('keeps the 31 soldiers and drops the "dozens dead" of "another separate attack"', () => {
    expect(
      facts(
        "At least 31 soldiers were killed on Monday in an attack by suspected jihadists, the army said, with security sources telling AFP that another separate attack had left dozens dead.",
        "en",
      ),
    ).toEqual(['{"atLeast":31}']);
  });

  it('still drops a sentence that opens on "another attack"', () => {
    expect(facts("Another attack killed 12 people in the north on Sunday, police said.", "en")).toEqual([]);
  });
});
