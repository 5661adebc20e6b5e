import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

describe("draftIncident reads intelligence officials as security sources", () => {
  it('gives "two intelligence officials said" a party source of the state\'s side', () => {
    const draft = draftIncident("Nine policemen were killed in the blast, two intelligence officials said.", { lang: "en" });
    const sources = draft.claims.map((c) => draft.sources.find((s) => s.id === c.source));
    expect(sources.map((s) => [s?.name, s?.kind])).toEqual([["Intelligence officials", "party"]]);
  });
});
