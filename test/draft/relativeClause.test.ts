import { describe, expect, it } from "vitest";
import { inRelativeClause, relativeClauseAround } from "../../src/draft/relativeClause.js";
import { tokenize } from "../../src/lexicon/tokenize.js";

const clauseAt = (text: string, word: string, toSentenceEnd = true) => {
  const tokens = tokenize(text, "en");
  const span = relativeClauseAround(
    tokens,
    tokens.findIndex((t) => t.text === word),
    toSentenceEnd,
  );
  return (
    span &&
    tokens
      .slice(span[0], span[1])
      .map((t) => t.text)
      .join(" ")
  );
};

describe("relativeClauseAround", () => {
  it("finds a clause set off by commas, and one that an apposition opens and the sentence closes", () => {
    expect(clauseAt("The group, to which the ADF pledged allegiance in 2019, claimed the attack.", "2019")).toBe("to which the ADF pledged allegiance in 2019");
    expect(clauseAt("He blamed the attack on the GLF, an armed group that rejected a peace deal signed in 2022.", "2022")).toBe(
      "an armed group that rejected a peace deal signed in 2022",
    );
  });

  it("leaves reported speech, a clause on an event, and a clause the sentence goes on after", () => {
    expect(clauseAt("Isse, the commissioner, told The Associated Press that the fighting began Saturday morning.", "Saturday")).toBeUndefined();
    expect(clauseAt("Gunmen killed 12 people, an attack that recalled the massacre of 2022.", "2022")).toBeUndefined();
    expect(clauseAt("The war between the army and the RSF, which broke out in April 2023, has killed thousands.", "2023")).toBeUndefined();
  });

  it("runs to the sentence's end only when asked, as for a year: a day there may be the incident's own", () => {
    expect(clauseAt("Police blamed the GLF, which attacked the village on Monday.", "Monday", false)).toBeUndefined();
    expect(clauseAt("Police blamed the GLF, which was founded in 2019.", "2019")).toBe("which was founded in 2019");
  });

  it("answers inRelativeClause alike", () => {
    const tokens = tokenize("The group, to which the ADF pledged allegiance in 2019, claimed it.", "en");
    expect(
      inRelativeClause(
        tokens,
        tokens.findIndex((t) => t.text === "2019"),
      ),
    ).toBe(true);
    expect(
      inRelativeClause(
        tokens,
        tokens.findIndex((t) => t.text === "claimed"),
      ),
    ).toBe(false);
  });
});
