import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

describe("draftIncident reads an elected official as a local source", () => {
  it('gives "A local elected official in Tera … told AFP" a local source, as a mayor would be', () => {
    const draft = draftIncident("A local elected official in Tera, who asked not to be named, told AFP the attackers had killed 12 soldiers.", { lang: "en" });
    const sources = draft.claims.map((c) => draft.sources.find((s) => s.id === c.source));
    expect(sources.map((s) => [s?.name, s?.kind])).toEqual([["Local elected official", "local"]]);
  });

  it("gives « un membre du conseil municipal de Mourzouk » a local source, as a councillor would be", () => {
    const draft = draftIncident("Un membre du conseil municipal de Mourzouk affirme que deux chauffeurs ont été tués.", { lang: "fr" });
    const sources = draft.claims.map((c) => draft.sources.find((s) => s.id === c.source));
    expect(sources.map((s) => s?.kind)).toEqual(["local"]);
  });
});
